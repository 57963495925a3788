import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// Learner folders of a shared progress folder in the layout of before courses had ids (`<folder>/<learner>/`) are
/// moved whole into the course's part (`<folder>/<course id>/<learner>/`), only when their records are the course's.
@Suite(.removingTemporaryFolders) struct LayoutMigrationTests {
    typealias F = ProgressFixtures
    static let questions: Set<String> = ["q1", "q2", "q3"]
    static let lessons: Set<String> = ["l1"]

    /// A learner folder in the old layout holding `records`, closed (snapshot written, lock released).
    static func oldFolder(_ shared: URL, _ learner: String, _ records: [ProgressRecord]) throws {
        let store = try F.open(shared, learner: learner)
        for record in records { try store.append(record) }
        store.close()
    }

    /// Every file under `folder` with its bytes, by relative path.
    static func contents(_ folder: URL) throws -> [String: Data] {
        var found: [String: Data] = [:]
        let names = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
        for name in names where !name.hasSuffix(".lock") {
            var isFolder: ObjCBool = false
            let url = folder.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                found[name] = try Data(contentsOf: url)
            }
        }
        return found
    }

    static func run(_ migration: LayoutMigration, interrupt: @escaping (Int) -> Bool = { _ in false }) -> LayoutMigration.Outcome {
        migration.run(knownQuestionIDs: questions, knownLessonIDs: lessons, now: F.start, program: "lectern test", interrupt: interrupt)
    }

    @Test func theCoursesFoldersAreMovedWholeAndAnotherCoursesAreLeftAloneAndReported() throws {
        let shared = try F.folder()
        try Self.oldFolder(shared, "ada", [
            .review(F.review("q1", at: F.start)), .reading(.init(lessonID: "l1", page: 2, isComplete: false, at: F.start)),
            .setting(.init(name: .dailyNewLimit, value: 5, at: F.start)),
        ])
        try Self.oldFolder(shared, "bob", [.review(F.review("other.q9", at: F.start)), .flag(.init(questionID: "other.q9", note: "", at: F.start))])
        try Self.oldFolder(shared, "cy", [])
        try Learners(directory: shared).add("dee")
        let before = try Self.contents(shared.appendingPathComponent("ada"))
        let migration = LayoutMigration(shared: shared, courseID: "thaw")
        #expect(migration.pendingFolders() == ["ada", "bob", "cy", "dee"])

        let outcome = Self.run(migration)

        #expect(outcome.moved == ["ada"])
        #expect(outcome.leftAlone.map(\.name) == ["bob", "cy", "dee"])
        #expect(outcome.leftAlone[0].reason == "it is another course's: 2 of its 2 answers, flags and reading positions"
            + " name questions or lessons this course (thaw) does not have; that course carries it over when it is next opened")
        #expect(outcome.leftAlone[1].reason == "it holds no answer, flag or reading position to say which course it belongs to")
        #expect(outcome.isDone)
        let moved = shared.appendingPathComponent("thaw/ada")
        #expect(try Self.contents(moved) == before, "every file moved byte for byte")
        #expect(!FileManager.default.fileExists(atPath: shared.appendingPathComponent("ada").path))
        #expect(try Self.contents(shared.appendingPathComponent("bob")).keys.contains("review-log.jsonl"))
        #expect(outcome.notices.first == "carried ada's progress over to \(moved.path): each course now keeps its own learners in \(shared.path)")
        #expect(outcome.notices.contains { $0.hasPrefix("left \(shared.appendingPathComponent("bob").path) where it is: it is another course's") })

        // The moved folder opens in the course's part with everything it held.
        let store = try F.open(shared.appendingPathComponent("thaw"), learner: "ada")
        #expect(store.snapshot.questions["q1"]?.reviews == 1)
        #expect(store.snapshot.lessons["l1"]?.page == 2)
        #expect(store.snapshot.settings.dailyNewLimit == 5)
        store.close()

        // Exactly once: the journal says so, and a second run looks at nothing.
        let journal = try F.text(shared.appendingPathComponent("thaw/\(LayoutMigration.journalName)"))
        #expect(journal.contains("\"moved\":[\"ada\"]"), "\(journal)")
        #expect(migration.pendingFolders().isEmpty)
        #expect(Self.run(migration) == LayoutMigration.Outcome())
    }

    @Test func aRunCutShortBetweenTwoFoldersIsCompletedByTheNextWithoutLosingARecord() throws {
        let shared = try F.folder()
        for name in ["ada", "bob", "cy"] {
            try Self.oldFolder(shared, name, (0..<40).map { .review(F.review("q\($0 % 3 + 1)", at: F.start.addingTimeInterval(Double($0) * 600))) })
        }
        let logs = try ["ada", "bob", "cy"].map { try F.bytes(shared.appendingPathComponent("\($0)/review-log.jsonl")) }
        let migration = LayoutMigration(shared: shared, courseID: "thaw")

        // The process dies right after the first folder is moved.
        let cut = Self.run(migration) { $0 == 0 }
        #expect(cut.moved == ["ada"] && !cut.isDone)
        #expect(FileManager.default.fileExists(atPath: shared.appendingPathComponent("thaw/ada/review-log.jsonl").path))
        #expect(FileManager.default.fileExists(atPath: shared.appendingPathComponent("bob/review-log.jsonl").path))
        #expect(!FileManager.default.fileExists(atPath: shared.appendingPathComponent("thaw/\(LayoutMigration.journalName)").path))
        #expect(migration.pendingFolders() == ["bob", "cy"])

        let next = Self.run(migration)
        #expect(next.moved == ["bob", "cy"] && next.isDone)
        let after = try ["ada", "bob", "cy"].map { try F.bytes(shared.appendingPathComponent("thaw/\($0)/review-log.jsonl")) }
        #expect(after == logs)
        let names = try FileManager.default.contentsOfDirectory(atPath: shared.path)
        #expect(names == ["thaw"])
    }

    @Test func aFolderInUseIsLeftForALaterRunAndTheJournalWaitsForIt() throws {
        let shared = try F.folder()
        try Self.oldFolder(shared, "ada", [.review(F.review("q1", at: F.start))])
        let holder = try F.open(shared, learner: "ada")
        let migration = LayoutMigration(shared: shared, courseID: "thaw")
        let busy = Self.run(migration)
        #expect(busy.moved.isEmpty && !busy.isDone)
        #expect(busy.leftAlone.first?.reason.hasPrefix("another Lectern is using it (lectern test (pid \(getpid())") == true)
        holder.close()
        let later = Self.run(migration)
        #expect(later.moved == ["ada"] && later.isDone)
    }

    @Test func aFolderMostlyOfThisCourseIsMovedWithTheOtherRecordsCountedAndKept() throws {
        let shared = try F.folder()
        try Self.oldFolder(shared, "ada", [
            .review(F.review("q1", at: F.start)), .review(F.review("q2", at: F.start)), .review(F.review("other.q9", at: F.start)),
            .reading(.init(lessonID: "other-lesson", page: 1, isComplete: false, at: F.start)),
        ])
        let outcome = Self.run(LayoutMigration(shared: shared, courseID: "thaw"))
        #expect(outcome.moved == ["ada"])
        #expect(outcome.notices.first?.hasSuffix("; 2 of its records name questions or lessons this course does not have"
            + " (removed since, or another course's): they are kept, and `lectern progress verify` lists them") == true)
        #expect(try LearnerStore.open(directory: shared.appendingPathComponent("thaw"), learner: "ada", now: F.start)
            .records().count == 4)
    }

    @Test(arguments: [
        // Question ids decide: a lesson id two courses share does not make another course's folder this one's.
        ([ProgressRecord.review(F.review("q1", at: F.start)), .review(F.review("other.q9", at: F.start)),
          .reading(.init(lessonID: "l1", page: 1, isComplete: false, at: F.start))], false),
        ([.review(F.review("q1", at: F.start)), .undo(.init(questionID: "q1", answeredAt: F.start, at: F.start)),
          .flag(.init(questionID: "other.q9", note: "", at: F.start))], true),
        // Without answers or flags, the reading positions decide.
        ([.reading(.init(lessonID: "l1", page: 1, isComplete: false, at: F.start))], true),
        ([.reading(.init(lessonID: "elsewhere", page: 1, isComplete: false, at: F.start))], false),
        ([.setting(.init(name: .desiredRetention, value: 0.8, at: F.start))], false),
    ])
    func aFolderIsTheCoursesWhenMostOfWhatItNamesIs(records: [ProgressRecord], isTheCourses: Bool) throws {
        let shared = try F.folder()
        try Self.oldFolder(shared, "ada", records)
        let outcome = Self.run(LayoutMigration(shared: shared, courseID: "thaw"))
        #expect(outcome.moved == (isTheCourses ? ["ada"] : []), "\(outcome.notices)")
        #expect(outcome.isDone)
    }

    @Test func aNameAlreadyTakenInTheCoursesPartIsNeverOverwritten() throws {
        let shared = try F.folder()
        try Self.oldFolder(shared, "ada", [.review(F.review("q1", at: F.start))])
        try Self.oldFolder(shared.appendingPathComponent("thaw"), "ada", [.review(F.review("q2", at: F.start))])
        let newer = try Self.contents(shared.appendingPathComponent("thaw/ada"))
        let outcome = Self.run(LayoutMigration(shared: shared, courseID: "thaw"))
        #expect(outcome.moved.isEmpty && outcome.isDone)
        #expect(outcome.leftAlone.first?.reason == "\(shared.path)/thaw/ada exists already; move one of the two folders by hand")
        #expect(try Self.contents(shared.appendingPathComponent("thaw/ada")) == newer)
        #expect(FileManager.default.fileExists(atPath: shared.appendingPathComponent("ada/review-log.jsonl").path))
    }

    @Test func linksAndOtherUsersFoldersAreNotCandidates() throws {
        let shared = try F.folder()
        let outside = try F.folder()
        try Self.oldFolder(outside, "ada", [.review(F.review("q1", at: F.start))])
        try FileManager.default.createSymbolicLink(
            at: shared.appendingPathComponent("ada"), withDestinationURL: outside.appendingPathComponent("ada"))
        let migration = LayoutMigration(shared: shared, courseID: "thaw")
        #expect(migration.pendingFolders().isEmpty)
        #expect(Self.run(migration) == LayoutMigration.Outcome())
        #expect(FileManager.default.fileExists(atPath: outside.appendingPathComponent("ada/review-log.jsonl").path))
    }
}
