import Foundation
import LecternCore
import Testing

@Suite(.removingTemporaryFolders) struct ProgressSnapshotTests {
    typealias F = ProgressFixtures

    @Test(arguments: [11, 12, 13] as [UInt64])
    func incrementalStateEqualsAFullRebuildAfterManyRandomRecords(seed: UInt64) throws {
        let directory = try F.folder()
        let store = try F.open(directory)
        let records = F.randomRecords(700, seed: seed)
        for record in records { try store.append(record) }
        let incremental = store.snapshot

        let report = try store.rebuild(now: F.start)
        #expect(!report.stateChanged)
        #expect(report.records == 700)
        #expect(store.snapshot == incremental)

        // The same replay function over the records as the file holds them (dates pass through seconds since 1970).
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        let stored = try F.text(store.logURL).split(separator: "\n").map { line in
            try decoder.decode(ProgressRecord.self, from: Data(line.utf8))
        }
        #expect(stored.count == records.count)
        var replayed = ProgressSnapshot.replaying(stored)
        replayed.logOffset = incremental.logOffset
        #expect(replayed == incremental)
        #expect(try store.verify().stateMatchesLog)
        #expect(incremental.questions.values.contains { $0.lapses > 0 })
    }

    @Test func theSnapshotFileEqualsTheReplayOfTheLog() throws {
        let directory = try F.folder()
        let store = try F.open(directory)
        for record in F.randomRecords(100, seed: 5) { try store.append(record) }
        try store.checkpoint()
        let decoded = try JSONDecoder().decode(ProgressSnapshot.self, from: F.bytes(store.snapshotURL))
        #expect(decoded == store.snapshot)
        #expect(try store.verify().snapshotFile == .matches)
        #expect(decoded.schemaVersion == 1)
        #expect(decoded.settings.dailyNewLimit == 20)
    }

    @Test func verifySaysTheSnapshotFileIsBehindBetweenCheckpoints() throws {
        let directory = try F.folder()
        let store = try F.open(directory)
        for record in F.randomRecords(10, seed: 14) { try store.append(record) }
        try store.checkpoint()
        for record in F.randomRecords(3, seed: 15) { try store.append(record) }
        let report = try store.verify()
        #expect(report.snapshotFile == .behind(records: 3))
        #expect(report.isSound)
        #expect(report.records == 13)
        #expect(report.lines == 13)
    }

    @Test func startUpReplaysOnlyTheLogBeyondTheSnapshot() throws {
        let directory = try F.folder()
        let store = try F.open(directory)
        try store.append(F.review("first", at: F.start, latency: 1.5))
        for record in F.randomRecords(20, seed: 6) { try store.append(record) }
        store.close()
        let covered = try F.open(directory).snapshot
        // Edit the first line in place (same length): a start-up that reread the whole log would see it.
        let log = try F.text(store.logURL)
        try F.write(log.replacingOccurrences(of: "\"latency\":1.5,", with: "\"latency\":9.5,"), to: store.logURL)
        try F.append(F.text(store.logURL).split(separator: "\n").last.map { $0 + "\n" } ?? "", to: store.logURL)

        let reopened = try F.open(directory)
        #expect(reopened.snapshot.logOffset.records == covered.logOffset.records + 1)
        let timeWithoutEdit = reopened.snapshot.totals.timeSpent
        let report = try reopened.rebuild(now: F.start)
        #expect(report.stateChanged)
        #expect(reopened.snapshot.totals.timeSpent - timeWithoutEdit == 8)
    }

    @Test func aDamagedSnapshotIsRebuiltFromTheLogAndSetAside() throws {
        let directory = try F.folder()
        let store = try F.open(directory)
        for record in F.randomRecords(40, seed: 8) { try store.append(record) }
        let state = store.snapshot
        store.close()
        try F.write("{\"schemaVersion\": 1, \"questions\": [", to: store.snapshotURL)

        let reopened = try F.open(directory)
        #expect(reopened.mode == .readWrite)
        #expect(reopened.snapshot == state)
        #expect(reopened.notices.contains { $0.contains("snapshot.json could not be read") })
        let decoded = try JSONDecoder().decode(ProgressSnapshot.self, from: F.bytes(reopened.snapshotURL))
        #expect(decoded == state)
        let names = try FileManager.default.contentsOfDirectory(atPath: reopened.folder.path)
        #expect(names.contains { $0.hasSuffix(".set-aside.json") })
    }

    @Test func aMissingSnapshotIsRebuiltFromTheLog() throws {
        let directory = try F.folder()
        let store = try F.open(directory)
        for record in F.randomRecords(40, seed: 9) { try store.append(record) }
        let state = store.snapshot
        store.close()
        try FileManager.default.removeItem(at: store.snapshotURL)

        let reopened = try F.open(directory)
        #expect(reopened.snapshot == state)
        #expect(FileManager.default.fileExists(atPath: reopened.snapshotURL.path))
    }

    @Test func aSnapshotThatNoLongerMatchesTheLogIsReplacedByTheReplay() throws {
        let directory = try F.folder()
        let store = try F.open(directory)
        for record in F.randomRecords(30, seed: 10) { try store.append(record) }
        store.close()
        // The log loses its last line: the snapshot now claims records the log does not hold.
        let lines = try F.text(store.logURL).split(separator: "\n").dropLast()
        try F.write(lines.joined(separator: "\n") + "\n", to: store.logURL)

        let reopened = try F.open(directory)
        #expect(reopened.snapshot.logOffset.records == 29)
        #expect(reopened.notices.contains { $0.contains("does not match") })
        #expect(try reopened.verify().stateMatchesLog)
    }

    @Test func aLeechIsMarkedAtEightLapses() throws {
        let directory = try F.folder()
        let store = try F.open(directory)
        var date = F.start
        try store.append(F.review("hard", at: date, rating: .easy))
        for _ in 0..<8 {
            date = date.addingTimeInterval(30 * 86_400)
            try store.append(F.review("hard", at: date, rating: .again, outcome: .incorrect))
            date = date.addingTimeInterval(86_400)
            try store.append(F.review("hard", at: date, rating: .easy))
        }
        let question = try #require(store.snapshot.questions["hard"])
        #expect(question.lapses == 8)
        #expect(question.isLeech)
        #expect(question.reviews == 17)
    }

    @Test func aSkippedAnswerCountsInTotalsButLeavesTheCardAlone() throws {
        let directory = try F.folder()
        let store = try F.open(directory)
        try store.append(F.review("q", at: F.start, rating: .good))
        let card = store.snapshot.questions["q"]?.card
        try store.append(F.review("q", at: F.start.addingTimeInterval(60), rating: nil, outcome: .skipped))
        #expect(store.snapshot.questions["q"]?.card == card)
        #expect(store.snapshot.questions["q"]?.lastOutcome == .skipped)
        #expect(store.snapshot.totals.answers == 2)
        #expect(store.snapshot.totals.correct == 1)
    }

    @Test func anEditedQuestionIsFlaggedAsChangedAndKeepsItsHistory() throws {
        let directory = try F.folder()
        let store = try F.open(directory)
        try store.append(F.review("q", at: F.start, hash: "old"))
        try store.append(F.review("q", at: F.start.addingTimeInterval(86_400), hash: "old"))
        #expect(store.changedSinceLastReview(questionID: "q", currentHash: "new"))
        #expect(!store.changedSinceLastReview(questionID: "q", currentHash: "old"))
        #expect(!store.changedSinceLastReview(questionID: "never-seen", currentHash: "new"))
        try store.append(F.review("q", at: F.start.addingTimeInterval(2 * 86_400), hash: "new"))
        #expect(store.snapshot.questions["q"]?.reviews == 3)
        #expect(!store.changedSinceLastReview(questionID: "q", currentHash: "new"))

        let report = try store.verify(knownQuestionIDs: ["other"], currentHashes: ["q": "newer"])
        #expect(report.unknownQuestions == [.init(questionID: "q", records: 3)])
        #expect(report.contentChanges == [.init(questionID: "q", changesInHistory: 1, changedSinceLastReview: true)])
        #expect(report.description.contains("records for questions not in the course (kept)"))
    }

    @Test func aDesiredRetentionSettingChangesLaterIntervals() throws {
        let directory = try F.folder()
        let store = try F.open(directory)
        try store.append(F.review("a", at: F.start, rating: .easy))
        try store.append(.setting(.init(name: .desiredRetention, value: 0.8, at: F.start)))
        try store.append(.setting(.init(name: .dailyNewLimit, value: 5, at: F.start)))
        try store.append(F.review("b", at: F.start, rating: .easy))
        let a = try #require(store.snapshot.questions["a"]?.card)
        let b = try #require(store.snapshot.questions["b"]?.card)
        #expect(b.due > a.due)
        #expect(store.snapshot.settings == .init(desiredRetention: 0.8, dailyNewLimit: 5))
    }
}
