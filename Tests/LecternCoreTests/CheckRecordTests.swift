import Foundation
import LecternTestSupport
import Testing

@testable import LecternCore

/// The `check` record: a learner's self-check on a lesson's "check yourself" prompt. Written as JSONEncoder writes
/// it, read back by the log, replayed without touching the schedule or the totals, counted by `progress verify`,
/// and written as version 4 so that an older Lectern takes the line for a newer one, never for a damaged one.
@Suite(.removingTemporaryFolders)
struct CheckRecordTests {
    typealias F = ProgressFixtures

    static let check = ProgressRecord.Check(
        lessonID: "a-common-enemy", promptIndex: 1, response: "the \"Taliban\" é", hadIt: false, at: F.start)

    @Test func theLineIsJSONEncodersAtVersionFourAndReadsBack() throws {
        let record = ProgressRecord.check(Self.check)
        let line = try #require(ReviewLog.fastEncode(record))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .secondsSince1970
        #expect(line == Array(try encoder.encode(record)), "\(String(decoding: line, as: UTF8.self))")
        let text = String(decoding: line, as: UTF8.self)
        #expect(text.hasPrefix(#"{"at":1735689600.123456,"hadIt":false,"lessonID":"a-common-enemy","promptIndex":1,"#))
        #expect(text.hasSuffix(#""type":"check","v":4}"#))
        guard case let .record(read) = ReviewLog.decode(line[...]) else {
            Issue.record("the check line did not read: \(text)")
            return
        }
        #expect(read == record.asReadBack)
    }

    @Test func aLineOfTheNextVersionIsNewerNotDamaged() {
        let line = #"{"at":1735689600.5,"hadIt":true,"lessonID":"l1","promptIndex":0,"response":"x","type":"check","v":5}"#
        guard case .newer(5) = ReviewLog.decode(Array(line.utf8)[...]) else {
            Issue.record("a version 5 line was not reported as newer")
            return
        }
    }

    @Test(arguments: [
        ProgressRecord.Check(lessonID: "", promptIndex: 0, response: "x", hadIt: true, at: F.start),
        ProgressRecord.Check(lessonID: "l1", promptIndex: -1, response: "x", hadIt: true, at: F.start),
        ProgressRecord.Check(lessonID: "l1", promptIndex: 0, response: "  ", hadIt: true, at: F.start),
        ProgressRecord.Check(lessonID: "l1", promptIndex: 0, response: "x", hadIt: true, at: Date(timeIntervalSince1970: -1)),
    ])
    func aCheckThatCannotBeRightIsRefusedBeforeAnythingIsWritten(check: ProgressRecord.Check) throws {
        let store = try F.open(try F.folder())
        #expect(throws: ProgressError.self) { try store.append(.check(check)) }
        #expect(try store.records().isEmpty)
    }

    @Test func aStoredCheckIsKeptInTheLogAndChangesNoStateOnReplay() throws {
        let directory = try F.folder()
        let store = try F.open(directory)
        try store.append(F.review("q1", at: F.start))
        let before = store.snapshot
        let progress = StoredProgress(store: store, bank: QuestionBank(questions: []))
        try progress.record(Self.check)
        #expect(store.snapshot.questions == before.questions)
        #expect(store.snapshot.totals == before.totals)
        #expect(store.snapshot.days == before.days)
        #expect(store.snapshot.undoable == before.undoable, "a check does not stand between an answer and its undo")
        #expect(try store.records().last == .check(Self.check).asReadBack)
        let report = try store.verify(knownLessonIDs: ["another-lesson"])
        #expect(report.isSound)
        #expect(report.recordsByType["check"] == 1)
        #expect(report.unknownLessons.map(\.questionID) == ["a-common-enemy"])
        #expect(report.description.contains("reading positions and self-checks in lessons not in the course (kept):"))
    }

    @Test func theLineMatchesTheLogSchema() throws {
        let line = Data(try #require(ReviewLog.fastEncode(.check(Self.check))))
        var checker = JSONSchemaCheck(folder: Fixtures.packageRoot.appendingPathComponent("docs/schemas"))
        #expect(try checker.problems(in: line, schemaFile: "review-record.schema.json").isEmpty)
        let schema = try #require(
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: Fixtures.packageRoot.appendingPathComponent("docs/schemas/review-record.schema.json")))
                as? [String: Any])
        let definition = try #require((schema["$defs"] as? [String: Any])?["check"] as? [String: Any])
        let object = try #require(try JSONSerialization.jsonObject(with: line) as? [String: Any])
        #expect(Set(try #require(definition["required"] as? [String])) == Set(object.keys))
    }
}
