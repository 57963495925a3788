import Foundation
import LecternCore
import LecternReadline
import LecternShell

extension FuzzHarness {
    /// Bytes piped to the shell: read line by line by `PlainLineReader` (byte 0 sets its chunk size, 1 to 256
    /// bytes, to move every boundary) and each line made safe to print. Every line comes back once, whole or
    /// refused, and nothing printable holds a control character other than a newline.
    public static func terminalText(_ bytes: [UInt8], in folder: URL = workFolder) throws(FuzzFailure) {
        guard let first = bytes.first else { return }
        let input = Array(bytes.dropFirst())
        let file = folder.appendingPathComponent("input")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        do {
            try Data(input).write(to: file)
        } catch {
            throw FuzzFailure("cannot write \(file.path): \(error)")
        }
        let descriptor = open(file.path, O_RDONLY | O_CLOEXEC)
        try check(descriptor >= 0, "cannot open \(file.path)")
        defer { close(descriptor) }

        let reader = PlainLineReader(fileDescriptor: descriptor, chunkSize: Int(first) + 1)
        var expected = input.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if input.last == UInt8(ascii: "\n") || input.isEmpty { expected.removeLast() }
        for line in expected {
            let got = reader.readLine(prompt: "")
            let bytes = line.last == UInt8(ascii: "\r") ? line.dropLast() : line
            switch got {
            case let .line(text):
                try check(Array(text.utf8) == Array(bytes), "line read as \(text.debugDescription)")
                try checkSafe(DisplayText(text).string)
            case let .rejected(reason):
                try check(
                    bytes.count > LineLimits.maximumBytes || String(validating: bytes, as: UTF8.self) == nil,
                    "a good line of \(bytes.count) bytes was refused: \(reason)")
            case .interrupted, .interruptedOnEmptyLine, .endOfInput:
                throw FuzzFailure("\(got) before the last line")
            }
        }
        try check(reader.readLine(prompt: "") == .endOfInput, "more lines than the input holds")
        try checkSafe(DisplayText(String(decoding: input, as: UTF8.self)).string)
    }

    /// No C0 or C1 control character, nor DEL, nor bidi control, other than a newline.
    static func checkSafe(_ text: String) throws(FuzzFailure) {
        for scalar in text.unicodeScalars where scalar != "\n" {
            try check(
                !(scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) || DisplayText.isBidiControl(scalar.value)),
                "control \(scalar.value) kept")
        }
    }
}
