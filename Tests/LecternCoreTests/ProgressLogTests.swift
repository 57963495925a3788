import Foundation
import LecternCore
import Testing

@Suite(.removingTemporaryFolders) struct ProgressLogTests {
    typealias F = ProgressFixtures

    @Test func aReviewLineHasSortedKeysTypeVersionAndExplicitNulls() throws {
        let directory = try F.folder()
        let store = try F.open(directory)
        try store.append(F.review("q1", at: F.start, rating: nil, outcome: .skipped))
        let line = try F.text(store.logURL)
        #expect(line.hasSuffix("}\n"))
        #expect(line.filter { $0 == "\n" }.count == 1)
        let keys = ["answeredAt", "confidence", "contentHash", "credit", "hintsUsed", "kind", "latency", "mode",
                    "outcome", "overridden", "questionID", "rating", "response", "sourceShown", "type", "v"]
        let positions = try keys.map { key in try #require(line.range(of: "\"\(key)\":")).lowerBound }
        #expect(positions == positions.sorted())
        #expect(line.contains("\"rating\":null"))
        #expect(line.contains("\"type\":\"review\""))
        #expect(line.contains("\"v\":2"))
        #expect(line.contains("\"overridden\":false") && line.contains("\"sourceShown\":false"))
    }

    @Test func datesReadBackExactlyAsTheyWereStored() throws {
        let directory = try F.folder()
        let store = try F.open(directory)
        var generator = SplitMix64(seed: 7)
        for _ in 0..<200 {
            let date = Date(timeIntervalSinceReferenceDate: Double.random(in: 0...1e9, using: &generator))
            try store.append(F.review("q", at: date))
        }
        let before = store.snapshot
        store.close()
        let lines = try F.text(store.logURL).split(separator: "\n")
        let reopened = try F.open(directory)
        #expect(reopened.snapshot == before)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .secondsSince1970
        for line in lines {
            let record = try decoder.decode(ProgressRecord.self, from: Data(line.utf8))
            #expect(String(decoding: try encoder.encode(record), as: UTF8.self) == String(line))
        }
    }

    @Test func appendingThenReopeningGivesTheSameState() throws {
        let directory = try F.folder()
        let store = try F.open(directory)
        for record in F.randomRecords(150, seed: 1) {
            try store.append(record)
        }
        try store.record(LessonPosition(page: 2, isComplete: false), in: "intro")
        let state = store.snapshot
        #expect(state.totals.answers > 0)
        #expect(store.position(in: "intro") == LessonPosition(page: 2, isComplete: false))
        store.close()
        let reopened = try F.open(directory)
        #expect(reopened.mode == .readWrite)
        #expect(reopened.snapshot == state)
        #expect(reopened.notices.isEmpty)
    }

    @Test func aTornLastLineIsMovedToTheCorruptFileAndEarlierRecordsKept() throws {
        let directory = try F.folder()
        let store = try F.open(directory)
        for record in F.randomRecords(10, seed: 2) { try store.append(record) }
        let state = store.snapshot
        let good = try F.bytes(store.logURL)
        store.close()
        try F.append("{\"answeredAt\":1735689600,\"contentHa", to: store.logURL)

        let reopened = try F.open(directory, now: F.start.addingTimeInterval(60))
        #expect(reopened.mode == .readWrite)
        #expect(reopened.snapshot == state)
        #expect(try F.bytes(reopened.logURL) == good)
        let corrupt = try F.text(reopened.corruptURL)
        #expect(corrupt.contains("line 11"))
        #expect(corrupt.contains("{\"answeredAt\":1735689600,\"contentHa\n"))
        let notice = try #require(reopened.notices.first)
        #expect(notice.contains("line 11"))
        #expect(notice.contains("kept all 10 earlier records"))
        try reopened.append(F.review("after", at: F.start.addingTimeInterval(120)))
        #expect(try reopened.verify().isSound)
    }

    @Test func aWholeLastRecordWithoutItsNewlineIsKeptAndTheNewlineAdded() throws {
        let directory = try F.folder()
        let store = try F.open(directory)
        for record in F.randomRecords(3, seed: 3) { try store.append(record) }
        store.close()
        var data = try F.bytes(store.logURL)
        data.removeLast()
        try data.write(to: store.logURL)

        let reopened = try F.open(directory)
        #expect(reopened.mode == .readWrite)
        #expect(reopened.snapshot.logOffset.records == 3)
        #expect(try F.bytes(reopened.logURL).last == 0x0A)
        try reopened.append(F.review("q9", at: F.start.addingTimeInterval(1e6)))
        #expect(try reopened.verify().isSound)
    }

    @Test func garbageInTheMiddleOpensReadOnlyAndTouchesNothingUntilRepair() throws {
        let directory = try F.folder()
        let store = try F.open(directory)
        for record in F.randomRecords(8, seed: 4) { try store.append(record) }
        let expected = store.snapshot
        store.close()
        var lines = try F.text(store.logURL).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.insert("not json at all", at: 3)
        lines.insert("{\"type\":\"review\",\"v\":1}", at: 6)
        try F.write(lines.joined(separator: "\n"), to: store.logURL)
        let learnerFolder = store.folder
        let before = try F.contents(of: learnerFolder)

        let damaged = try F.open(directory)
        guard case let .readOnly(.needsRepair(path, badLines, cause)) = damaged.mode else {
            Issue.record("expected needs-repair, got \(damaged.mode)")
            return
        }
        #expect(path == damaged.logURL.path)
        #expect(badLines == [4, 7])
        #expect(cause.contains("not a JSON record"))
        #expect(throws: ProgressError.self) { try damaged.append(F.review("q1", at: F.start)) }
        do {
            try damaged.append(F.review("q1", at: F.start))
        } catch {
            #expect(error.description.contains("run repair"))
            #expect(error.description.contains("lines 4, 7"))
        }
        #expect(try F.contents(of: learnerFolder) == before)

        let report = try damaged.repair(now: F.start.addingTimeInterval(3600))
        #expect(report.movedLines == [4, 7])
        #expect(report.keptRecords == 8)
        #expect(report.description.contains("moved 2 unreadable lines (lines 4, 7)"))
        #expect(report.description.contains("kept all 8 readable records"))
        #expect(damaged.mode == .readWrite)
        #expect(damaged.snapshot == expected)
        let corrupt = try F.text(damaged.corruptURL)
        #expect(corrupt.contains("line 4"))
        #expect(corrupt.contains("not json at all\n"))
        #expect(corrupt.contains("line 7"))
        #expect(corrupt.contains("missing field"))
        try damaged.append(F.review("q1", at: F.start.addingTimeInterval(1e7)))
        #expect(try damaged.verify().isSound)
    }

    @Test func anInvalidRecordIsRefusedBeforeAnythingIsWritten() throws {
        let directory = try F.folder()
        let store = try F.open(directory)
        #expect(throws: ProgressError.invalidRecord("credit 2.0 is not between 0 and 1")) {
            var record = F.review("q1", at: F.start)
            record.credit = 2
            try store.append(record)
        }
        #expect(throws: ProgressError.self) {
            try store.append(.setting(.init(name: .desiredRetention, value: 1.5, at: F.start)))
        }
        #expect(DurableFile.size(of: store.logURL) ?? 0 == 0)
    }
}
