import Foundation
import Testing

@testable import LecternCore

/// Scanning the log a piece at a time finds exactly what reading it whole finds, wherever the pieces end.
@Suite(.removingTemporaryFolders) struct ProgressScanTests {
    typealias F = ProgressFixtures

    /// A log with every kind of line: records, blank lines, an unreadable line, a line from a newer Lectern, a line
    /// longer than the pieces, and (as asked) a last line without its newline.
    private func log(lastLine: String) throws -> [UInt8] {
        var lines = try F.randomRecords(40, seed: 7).map { String(decoding: try ReviewLog.encode($0, path: "log"), as: UTF8.self) }
        lines.insert("", at: 3)
        lines.insert("  \r", at: 9)
        lines.insert("{\"type\":\"review\",\"v\":99}", at: 20)
        lines.insert("not json at all", at: 25)
        lines.insert(String(repeating: "x", count: 3_000), at: 30)
        return Array((lines.joined(separator: "\n") + "\n" + lastLine).utf8)
    }

    private func expectSame(_ pieces: ReviewLog.Scan, _ entries: [ReviewLog.Entry], as whole: ReviewLog.Scan, _ label: String) {
        #expect(entries == whole.entries, "\(label): entries")
        #expect(pieces.entries.isEmpty, "\(label): a streaming scan keeps no entries")
        #expect(pieces.badLines == whole.badLines, "\(label): bad lines")
        #expect(pieces.newerLines.map { [$0.line, $0.version] } == whole.newerLines.map { [$0.line, $0.version] }, "\(label)")
        #expect(pieces.end == whole.end, "\(label): end")
        #expect(pieces.lacksFinalNewline == whole.lacksFinalNewline, "\(label): final newline")
        #expect(pieces.blankLines == whole.blankLines, "\(label): blank lines")
        #expect(pieces.lastLine == whole.lastLine, "\(label): last line")
        #expect(pieces.lastRecordLine == whole.lastRecordLine, "\(label): last record line")
        #expect(pieces.tornTail == whole.tornTail, "\(label): torn tail")
    }

    @Test(arguments: ["", "{\"type\":\"rev", try! String(decoding: ReviewLog.encode(F.randomRecords(1, seed: 3)[0], path: "log"), as: UTF8.self)])
    func piecesOfAnySizeReadAsTheWholeLog(lastLine: String) throws {
        let bytes = try log(lastLine: lastLine)
        let url = try F.folder().appendingPathComponent("review-log.jsonl")
        try Data(bytes).write(to: url)
        let whole = ReviewLog.scan(bytes, from: .start)
        #expect(whole.entries.count >= 40 && whole.badLines.count >= 2 && whole.newerLines.count == 1)
        for piece in [1, 2, 7, 64, 281, 4_096, 1 << 20] {
            var entries: [ReviewLog.Entry] = []
            let pieces = try ReviewLog(url: url).scan(piece: piece) { entries.append($0) }
            expectSame(pieces, entries, as: whole, "pieces of \(piece) bytes")
        }
        // From a position part of the way in, as a store reads the log's tail past its snapshot.
        let middle = whole.entries[12].end
        let tail = ReviewLog.scan(Array(bytes[middle.bytes...]), from: middle)
        var entries: [ReviewLog.Entry] = []
        let pieces = try ReviewLog(url: url).scan(from: middle, piece: 5) { entries.append($0) }
        expectSame(pieces, entries, as: tail, "the tail in pieces of 5 bytes")
    }

    @Test func aMissingLogScansAsEmpty() throws {
        let url = try F.folder().appendingPathComponent("review-log.jsonl")
        var visited = 0
        let scan = try ReviewLog(url: url).scan(piece: 3) { _ in visited += 1 }
        #expect(visited == 0 && scan.lastLine == 0 && scan.end == .start && scan.badLines.isEmpty)
    }
}
