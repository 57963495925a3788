import Foundation
import LecternReadline
import LecternShell
import Testing

/// Feeds `bytes` through a real pipe, written from another thread so inputs larger than the pipe buffer work.
private final class PipedInput {
    let reader: PlainLineReader
    private let readEnd: Int32

    init(_ bytes: [UInt8], chunkSize: Int = 64 * 1024) throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        readEnd = ends[0]
        let writeEnd = ends[1]
        reader = PlainLineReader(fileDescriptor: readEnd, chunkSize: chunkSize)
        DispatchQueue.global().async {
            var offset = 0
            while offset < bytes.count {
                let written = bytes[offset...].withUnsafeBytes { write(writeEnd, $0.baseAddress, $0.count) }
                if written <= 0 { break }
                offset += written
            }
            close(writeEnd)
        }
    }

    convenience init(_ text: String, chunkSize: Int = 64 * 1024) throws {
        try self.init(Array(text.utf8), chunkSize: chunkSize)
    }

    deinit {
        close(readEnd)
    }

    func next() -> LineInput {
        reader.readLine(prompt: "ignored> ")
    }

    func all() -> [LineInput] {
        var inputs: [LineInput] = []
        while true {
            let input = next()
            inputs.append(input)
            if input == .endOfInput { return inputs }
        }
    }
}

@Suite struct PlainLineReaderTests {
    @Test func linesComeBackInOrderWithoutTheirNewlines() throws {
        let input = try PipedInput("lessons\nstudy 1\nquit\n")
        #expect(input.all() == [.line("lessons"), .line("study 1"), .line("quit"), .endOfInput])
    }

    @Test func endOfInputRepeatsOnceReached() throws {
        let input = try PipedInput("one\n")
        _ = input.all()
        #expect(input.next() == .endOfInput)
    }

    @Test func emptyInputIsEndOfInputAtOnce() throws {
        let input = try PipedInput("")
        #expect(input.all() == [.endOfInput])
    }

    @Test func emptyLinesAreLines() throws {
        let input = try PipedInput("\n\nx\n")
        #expect(input.all() == [.line(""), .line(""), .line("x"), .endOfInput])
    }

    @Test func carriageReturnBeforeNewlineIsDropped() throws {
        let input = try PipedInput("help\r\nactors\r\n")
        #expect(input.all() == [.line("help"), .line("actors"), .endOfInput])
    }

    @Test func finalLineWithoutNewlineIsStillReturned() throws {
        let input = try PipedInput("first\nlast")
        #expect(input.all() == [.line("first"), .line("last"), .endOfInput])
    }

    @Test func multibyteTextSplitAcrossReadsStaysWhole() throws {
        let input = try PipedInput("héllo wörld\nÉvin 😀\n", chunkSize: 3)
        #expect(input.all() == [.line("héllo wörld"), .line("Évin 😀"), .endOfInput])
    }

    @Test func lineAtTheLimitWithCRLFIsAccepted() throws {
        let longest = String(repeating: "a", count: LineLimits.maximumBytes)
        let input = try PipedInput(longest + "\r\nnext\n", chunkSize: 1000)
        #expect(input.all() == [.line(longest), .line("next"), .endOfInput])
    }

    @Test func megabyteLineIsRejectedAndTheNextLineReadsFine() throws {
        let huge = [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 20)
        let input = try PipedInput([UInt8]("before\n".utf8) + huge + [UInt8]("\nafter\n".utf8))
        #expect(input.next() == .line("before"))
        let rejected = input.next()
        guard case .rejected(let reason) = rejected else {
            Issue.record("expected .rejected, got \(rejected)")
            return
        }
        #expect(reason.contains("\(1 << 20)"))
        #expect(input.next() == .line("after"))
        #expect(input.next() == .endOfInput)
    }

    @Test func overlongFinalLineWithoutNewlineIsRejected() throws {
        let input = try PipedInput(String(repeating: "y", count: LineLimits.maximumBytes + 10), chunkSize: 512)
        let inputs = input.all()
        #expect(inputs.count == 2)
        if case .rejected = inputs.first {} else { Issue.record("expected .rejected first, got \(inputs)") }
        #expect(inputs.last == .endOfInput)
    }

    @Test func invalidUTF8IsRejectedAndReadingGoesOn() throws {
        let input = try PipedInput([0x66, 0xFF, 0xFE, 0x0A] + Array("ok\n".utf8))
        #expect(input.next() == LineLimits.decode([0x66, 0xFF, 0xFE]))
        if case .rejected = LineLimits.decode([0x66, 0xFF, 0xFE]) {} else { Issue.record("decode accepted bad UTF-8") }
        #expect(input.next() == .line("ok"))
        #expect(input.next() == .endOfInput)
    }
}
