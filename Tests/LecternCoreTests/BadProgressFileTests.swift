import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// Learner files damaged or edited in ways the progress tests do not already cover: empty files, wrong types, wild
/// numbers, duplicated and out-of-order records, records about questions the course lost, bytes that are not text.
/// Each must open without a crash, keep every good record, and say what it did.
@Suite(.removingTemporaryFolders) struct BadProgressFileTests {
    typealias F = ProgressFixtures

    /// A learner with `good` answers appended through the store and closed (snapshot written).
    private func learner(good: Int = 3) throws -> (directory: URL, store: LearnerStore) {
        let directory = try F.folder()
        let store = try F.open(directory)
        for index in 0..<good {
            try store.append(F.review("q\(index)", at: F.start.addingTimeInterval(Double(index) * 60)))
        }
        store.close()
        return (directory, store)
    }

    /// A review line as the log holds it, with `field` replaced by the raw JSON `value`.
    private static func reviewLine(_ field: String, _ value: String) -> String {
        var fields = [
            "answeredAt": "1735689600", "confidence": "null", "contentHash": "\"h1\"", "credit": "1", "hintsUsed": "0",
            "kind": "\"typed\"", "latency": "4", "mode": "\"quiz\"", "outcome": "\"correct\"", "questionID": "\"q9\"",
            "rating": "3", "response": "\"Baghdad\"", "type": "\"review\"", "v": "1",
        ]
        fields[field] = value
        return "{" + fields.sorted { $0.key < $1.key }.map { "\"\($0.key)\":\($0.value)" }.joined(separator: ",") + "}"
    }

    @Test func anEmptySnapshotFileIsRebuiltFromTheLog() throws {
        let (directory, store) = try learner()
        let state = try F.open(directory).snapshot
        try Data().write(to: store.snapshotURL)

        let reopened = try F.open(directory)
        #expect(reopened.mode == .readWrite)
        #expect(reopened.snapshot == state)
        #expect(reopened.notices.contains { $0.contains("snapshot.json could not be read") }, "\(reopened.notices)")
        #expect(try reopened.verify().isSound)
    }

    @Test func aSnapshotWithFieldsOfTheWrongTypeIsSetAsideAndRebuilt() throws {
        let (directory, store) = try learner()
        let state = try F.open(directory).snapshot
        try F.write(#"{"schemaVersion": 1, "questions": "all of them", "totals": [1, 2, 3]}"#, to: store.snapshotURL)

        let reopened = try F.open(directory)
        #expect(reopened.mode == .readWrite)
        #expect(reopened.snapshot == state)
        let names = try FileManager.default.contentsOfDirectory(atPath: reopened.folder.path)
        #expect(names.contains { $0.hasSuffix(".set-aside.json") }, "\(names)")
    }

    @Test func anEmptyLogWithASnapshotThatClaimsRecordsStartsFromNothing() throws {
        let (directory, store) = try learner()
        try Data().write(to: store.logURL)

        let reopened = try F.open(directory)
        #expect(reopened.mode == .readWrite)
        #expect(reopened.snapshot.totals.answers == 0)
        #expect(reopened.notices.contains { $0.contains("does not match") }, "\(reopened.notices)")
        try reopened.append(F.review("q1", at: F.start))
        #expect(try reopened.verify().isSound)
    }

    @Test func anEmptyLogAndNoSnapshotIsANewLearner() throws {
        let directory = try F.folder()
        let folder = directory.appendingPathComponent("ada")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data().write(to: folder.appendingPathComponent(LearnerStore.logName))

        let store = try F.open(directory)
        #expect(store.mode == .readWrite)
        #expect(store.notices.isEmpty)
        #expect(store.snapshot.totals.answers == 0)
    }

    /// Values no Lectern writes, each alone on the last line after good records.
    static let wildLines: [String] = [
        reviewLine("latency", "1e308"),
        reviewLine("latency", "-3"),
        reviewLine("answeredAt", "1e308"),
        reviewLine("answeredAt", "-1e308"),
        reviewLine("answeredAt", "99999999999999999999"),
        reviewLine("hintsUsed", "99999999999999999999"),
        reviewLine("rating", "99999999999999999999"),
        reviewLine("rating", "\"good\""),
        reviewLine("credit", "\"full\""),
        reviewLine("questionID", "42"),
        #"{"at":1,"name":"desiredRetention","type":"setting","v":1,"value":1e308}"#,
        #"{"at":1,"name":"dailyNewLimit","type":"setting","v":1,"value":99999999999999999999}"#,
        #"{"at":null,"isComplete":false,"lessonID":"l1","page":-5,"type":"reading","v":1}"#,
        #"{"at":1,"isComplete":"yes","lessonID":"l1","page":0,"type":"reading","v":1}"#,
        #"{"at":1,"note":"x","questionID":"q1","type":"flag","v":"1"}"#,
        "[1, 2, 3]",
    ]

    @Test(arguments: wildLines)
    func aWildValueOnTheLastLineIsMovedAsideAndNeverApplied(line: String) throws {
        let (directory, store) = try learner()
        let state = try F.open(directory).snapshot
        try F.append(line + "\n", to: store.logURL)

        let reopened = try F.open(directory)
        #expect(reopened.mode == .readWrite)
        #expect(reopened.snapshot == state, "the wild line changed the state")
        #expect(reopened.snapshot.totals.timeSpent.isFinite)
        let notice = try #require(reopened.notices.first)
        #expect(notice.contains("line 4") && notice.contains("could not be read"), "\(notice)")
        #expect(!notice.contains("crash"), "a whole line is not a write cut short: \(notice)")
        #expect(try F.text(reopened.corruptURL).contains(line + "\n"))
        // Still writable, and the snapshot (with its finite totals) is written.
        try reopened.append(F.review("after", at: F.start.addingTimeInterval(3600)))
        reopened.close()
        #expect(try F.open(directory).verify().isSound)
    }

    @Test func twoHugeLatenciesNoLongerLockTheLearnerOut() throws {
        // Before: 1e308 + 1e308 made the total time infinite, the snapshot could not be encoded, and every open failed.
        let (directory, store) = try learner()
        try F.append(Self.reviewLine("latency", "1e308") + "\n" + Self.reviewLine("latency", "1e308") + "\n", to: store.logURL)

        let reopened = try F.open(directory)
        guard case let .readOnly(.needsRepair(_, lines, cause)) = reopened.mode else {
            Issue.record("expected needs-repair, got \(reopened.mode)")
            return
        }
        #expect(lines == [4, 5])
        #expect(cause.contains("latency"), "\(cause)")
        let report = try reopened.repair(now: F.start)
        #expect(report.movedLines == [4, 5])
        #expect(reopened.mode == .readWrite)
        #expect(reopened.snapshot.totals.answers == 3)
    }

    @Test func aWildValueInTheMiddleOpensReadOnlyNamingTheLineUntilRepair() throws {
        let (directory, store) = try learner()
        var lines = try F.text(store.logURL).split(separator: "\n").map(String.init)
        lines.insert(#"{"at":1,"name":"desiredRetention","type":"setting","v":1,"value":1e308}"#, at: 1)
        try F.write(lines.joined(separator: "\n") + "\n", to: store.logURL)
        let before = try F.contents(of: store.folder)

        let reopened = try F.open(directory)
        guard case let .readOnly(.needsRepair(_, badLines, cause)) = reopened.mode else {
            Issue.record("expected needs-repair, got \(reopened.mode)")
            return
        }
        #expect(badLines == [2])
        #expect(cause.contains("desiredRetention"), "\(cause)")
        #expect(reopened.snapshot.settings.desiredRetention == 0.9)
        #expect(try F.contents(of: store.folder) == before, "nothing may change before repair")
    }

    @Test func aDuplicatedRecordCountsAsTwoAnswersAndTheStoreStaysSound() throws {
        let (directory, store) = try learner(good: 1)
        let line = try F.text(store.logURL)
        try F.append(line + line, to: store.logURL)

        let reopened = try F.open(directory)
        #expect(reopened.mode == .readWrite)
        #expect(reopened.notices.isEmpty, "\(reopened.notices)")
        #expect(reopened.snapshot.totals.answers == 3)
        #expect(reopened.snapshot.questions["q0"]?.reviews == 3)
        #expect(try reopened.verify().isSound)
    }

    @Test func answersWhoseClockWentBackwardsReplayToFiniteDueDates() throws {
        let directory = try F.folder()
        let store = try F.open(directory)
        let later = F.start.addingTimeInterval(30 * 86_400)
        try store.append(F.review("q1", at: later))
        try store.append(F.review("q1", at: F.start))  // the clock was set back a month
        try store.append(F.review("q1", at: F.start.addingTimeInterval(-86_400), rating: .again, outcome: .incorrect))
        store.close()

        let reopened = try F.open(directory)
        let card = try #require(reopened.snapshot.questions["q1"]?.card)
        #expect(card.stability.isFinite && card.stability > 0)
        #expect(card.difficulty.isFinite)
        #expect(card.due.timeIntervalSince1970.isFinite)
        #expect(try reopened.verify().isSound)
        let course = try CourseLoader.load(from: CourseFixture.minimal)
        let report = LearnerReport(course: course, bank: QuestionBank(course: course), snapshot: reopened.snapshot, now: F.start)
        #expect(report.questions.allSatisfy { ($0.retrievability ?? 0) >= 0 && ($0.retrievability ?? 0) <= 1 })
    }

    @Test func aRecordForAQuestionTheCourseNoLongerHasIsKeptListedAndNotAsked() throws {
        let course = try CourseLoader.load(from: CourseFixture.minimal)
        let bank = QuestionBank(course: course)
        let directory = try F.folder()
        let store = try F.open(directory)
        try store.append(F.review("a-question-since-deleted", at: F.start, rating: .again, outcome: .incorrect))
        store.close()

        let reopened = try F.open(directory)
        let hashes = Dictionary(uniqueKeysWithValues: bank.questions.map { ($0.id, $0.contentHash) })
        let report = try reopened.verify(knownQuestionIDs: Set(hashes.keys), currentHashes: hashes)
        #expect(report.unknownQuestions.map(\.questionID) == ["a-question-since-deleted"])
        #expect(report.description.contains("kept"))
        let plan = ReviewQueue.plan(bank: bank, course: course, snapshot: reopened.snapshot, now: F.start.addingTimeInterval(86_400 * 30))
        #expect(!plan.due.contains { $0.id == "a-question-since-deleted" })
        #expect(try F.text(reopened.logURL).contains("a-question-since-deleted"), "its history is never deleted")
    }

    @Test func bytesThatAreNotUTF8InTheMiddleOfTheLogOpenReadOnlyUntilRepair() throws {
        let (directory, store) = try learner()
        var data = try F.bytes(store.logURL)
        let firstNewline = try #require(data.firstIndex(of: 0x0A))
        data.insert(contentsOf: [0xFF, 0xFE, 0x00, 0xC3, 0x0A], at: data.index(after: firstNewline))
        try data.write(to: store.logURL)

        let reopened = try F.open(directory)
        guard case let .readOnly(.needsRepair(_, lines, _)) = reopened.mode else {
            Issue.record("expected needs-repair, got \(reopened.mode)")
            return
        }
        #expect(lines == [2])
        #expect(reopened.snapshot.totals.answers == 3, "the readable records are still shown")
        _ = try reopened.repair(now: F.start)
        let corrupt = try F.bytes(reopened.corruptURL)
        #expect(corrupt.range(of: Data([0xFF, 0xFE, 0x00, 0xC3, 0x0A])) != nil, "the bytes are kept as they were")
        #expect(try reopened.verify().isSound)
    }

    @Test func aTailOfZeroBytesLeftByAPowerCutIsMovedAside() throws {
        // ext4 can leave a file's new length with zeroed blocks after a power cut: a tail of NUL bytes, no newline.
        let (directory, store) = try learner()
        let good = try F.bytes(store.logURL)
        try (good + Data(repeating: 0, count: 300)).write(to: store.logURL)

        let reopened = try F.open(directory)
        #expect(reopened.mode == .readWrite)
        #expect(reopened.snapshot.totals.answers == 3)
        #expect(try F.bytes(reopened.logURL) == good)
        #expect(reopened.notices.first?.contains("cut short") == true, "\(reopened.notices)")
    }
}
