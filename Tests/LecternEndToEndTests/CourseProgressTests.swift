import Foundation
import LecternTestSupport
import Testing

/// Each course keeps its own progress in a progress folder that several courses share (`LECTERN_PROGRESS_DIR`,
/// `--progress-dir`), and learner folders of the old layout are carried over to their course, through the built binary.
@Suite(.removingTemporaryFolders) struct CourseProgressTests {
    /// The environment with `LECTERN_PROGRESS_DIR` and `LECTERN_LEARNER` set.
    static func sharing(_ progress: URL, learner: String = "ada") -> [String: String] {
        var environment = EndToEnd.environment
        environment["LECTERN_PROGRESS_DIR"] = progress.path
        environment["LECTERN_LEARNER"] = learner
        return environment
    }

    /// `report --format json` on `course`, decoded.
    static func report(_ course: URL, _ environment: [String: String]) throws -> [String: Any] {
        let outcome = try EndToEnd.run(["report", "--format", "json", "--course", course.path], environment: environment)
        try #require(outcome.status == 0, "\(outcome)")
        return try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
    }

    static func answers(_ report: [String: Any]) -> Int? { (report["overall"] as? [String: Any])?["answers"] as? Int }
    static func lessonDetails(_ report: [String: Any]) -> [String] {
        (report["lessons"] as? [[String: Any]] ?? []).compactMap { $0["detail"] as? String }
    }

    @Test func twoCoursesWithOneProgressFolderNeverSeeEachOthersAnswersSettingsOrReadingPositions() throws {
        // The same lessons and questions under two ids: the case where lesson and question ids collide.
        let thaw = CourseFixture.minimal
        let other = try CourseFixture.minimal(editing: .write("Quizzes/course.yaml", "id: long-thaw-other\n"))
        let progress = try Fixtures.temporaryDirectory("lectern-shared")
        let environment = Self.sharing(progress)
        let untouched = try Self.report(other, environment)

        let quiz = try EndToEnd.run(
            ["quiz", "--count", "3", "--seed", "1", "--course", thaw.path], input: "skip\nskip\nskip\n", environment: environment)
        #expect(quiz.status == 0, "\(quiz)")
        let setting = try EndToEnd.run(["settings", "retention", "0.8", "--course", thaw.path], environment: environment)
        #expect(setting.status == 0, "\(setting)")
        let study = try EndToEnd.run(["study", "1", "--course", thaw.path], input: "\nquit\n", environment: environment)
        #expect(study.status == 0, "\(study)")

        let mine = try Self.report(thaw, environment)
        #expect(Self.answers(mine) == 3)
        #expect(mine["desiredRetention"] as? Double == 0.8)
        let read = Self.lessonDetails(mine)
        #expect(read != Self.lessonDetails(untouched), "the reading position shows in the course it was read in: \(read)")

        let theirs = try Self.report(other, environment)
        #expect(Self.answers(theirs) == 0)
        #expect(theirs["desiredRetention"] as? Double == 0.9)
        #expect(Self.lessonDetails(theirs) == Self.lessonDetails(untouched))
        #expect(((theirs["activity"] as? [String: Any])?["currentStreak"] as? Int) == 0)
        let settings = try EndToEnd.run(["settings", "--course", other.path], environment: environment)
        let retention = settings.standardOutput.components(separatedBy: "\n").first { $0.contains("retention") } ?? ""
        #expect(retention.contains("0.9") && !retention.contains("0.8"), "\(settings)")

        // And the other way round.
        let second = try EndToEnd.run(
            ["quiz", "--count", "1", "--seed", "2", "--course", other.path], input: "skip\n", environment: environment)
        #expect(second.status == 0, "\(second)")
        #expect(Self.answers(try Self.report(other, environment)) == 1)
        #expect(Self.answers(try Self.report(thaw, environment)) == 3)

        // Each course has its part of the folder, with the learner's own files in it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: progress.path).sorted() == ["long-thaw-minimal", "long-thaw-other"])
        #expect(try LogContents(folder: progress.appendingPathComponent("long-thaw-minimal/ada")).reviewCount == 3)
        #expect(try LogContents(folder: progress.appendingPathComponent("long-thaw-other/ada")).reviewCount == 1)
        let learners = try EndToEnd.run(["learners", "--course", other.path], environment: environment)
        #expect(learners.standardOutput == "ada\n", "\(learners)")
    }

    @Test func verifyListsNoOtherCoursesQuestionsWhenTheyShareAProgressFolder() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-shared")
        let environment = Self.sharing(progress)
        let small = try EndToEnd.run(
            ["quiz", "--count", "2", "--seed", "1", "--course", CourseFixture.minimal.path], input: "skip\nskip\n",
            environment: environment)
        #expect(small.status == 0, "\(small)")
        let bundled = try EndToEnd.run(
            ["quiz", "--count", "1", "--seed", "1", "--course", EndToEnd.bundledCourse.path], input: "skip\n",
            environment: environment)
        #expect(bundled.status == 0, "\(bundled)")
        for course in [CourseFixture.minimal, EndToEnd.bundledCourse] {
            let verify = try EndToEnd.run(["progress", "verify", "--course", course.path], environment: environment)
            #expect(verify.status == 0, "\(verify)")
            #expect(!verify.standardOutput.contains("not in the course"), "\(verify)")
        }
    }

    /// A learner folder as an older Lectern left it in a shared folder (`<shared>/<name>/`), made by the built binary
    /// from real answers and then put where the old layout had it.
    static func oldLayoutFolder(
        in shared: URL, learner: String, course: URL, id: String, input: String, count: Int
    ) throws -> Data {
        let scratch = try Fixtures.temporaryDirectory("lectern-scratch")
        let quiz = try EndToEnd.run(
            ["quiz", "--count", "\(count)", "--seed", "5", "--course", course.path, "--progress-dir", scratch.path,
             "--learner", learner], input: input)
        try #require(quiz.status == 0, "\(quiz)")
        let study = try EndToEnd.run(
            ["study", "1", "--course", course.path, "--progress-dir", scratch.path, "--learner", learner], input: "\nquit\n")
        try #require(study.status == 0, "\(study)")
        try FileManager.default.moveItem(
            at: scratch.appendingPathComponent("\(id)/\(learner)"), to: shared.appendingPathComponent(learner))
        return try Data(contentsOf: shared.appendingPathComponent("\(learner)/review-log.jsonl"))
    }

    @Test func oldLayoutFoldersAreCarriedOverToTheirCourseOnceAndAnotherCoursesAreLeftAndSaid() throws {
        let shared = try Fixtures.temporaryDirectory("lectern-shared")
        let bundled = EndToEnd.bundledCourse
        let adaLog = try Self.oldLayoutFolder(
            in: shared, learner: "ada", course: bundled, id: "emery-2014-iran-iraq", input: "skip\nskip\nskip\nskip\n", count: 4)
        let bobLog = try Self.oldLayoutFolder(
            in: shared, learner: "bob", course: CourseFixture.minimal, id: "long-thaw-minimal",
            input: String(repeating: "skip\n", count: 6), count: 6)
        let before = try Self.report(bundled, Self.sharing(try Fixtures.temporaryDirectory("lectern-empty")))

        let pending = try EndToEnd.run(["learners", "--course", bundled.path], environment: Self.sharing(shared))
        #expect(ErrorLines.squeezed(pending.standardError).contains("holds 2 learner folders in the layout of before courses had ids (ada, bob)"), "\(pending)")

        let first = try EndToEnd.run(
            ["report", "--format", "json", "--course", bundled.path], environment: Self.sharing(shared))
        #expect(first.status == 0, "\(first)")
        let part = shared.appendingPathComponent("emery-2014-iran-iraq")
        #expect(ErrorLines.squeezed(first.standardError).contains(
            "note: carried ada's progress over to \(part.path)/ada: each course now keeps its own learners in \(shared.path)"),
            "\(first)")
        #expect(ErrorLines.squeezed(first.standardError).contains("note: left \(shared.path)/bob where it is: it is another course's: "), "\(first)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(first.standardOutput.utf8)) as? [String: Any])
        #expect(Self.answers(report) == 4)
        #expect(Self.lessonDetails(report) != Self.lessonDetails(before), "the reading position came along")
        #expect(try Data(contentsOf: part.appendingPathComponent("ada/review-log.jsonl")) == adaLog, "not a byte changed")
        #expect(try Data(contentsOf: shared.appendingPathComponent("bob/review-log.jsonl")) == bobLog, "another course's folder is left")
        #expect(FileManager.default.fileExists(atPath: part.appendingPathComponent(".migrated-\(getuid()).json").path))

        // Exactly once: the next start says nothing, and bob stays for his own course.
        let again = try EndToEnd.run(["report", "--course", bundled.path], environment: Self.sharing(shared))
        #expect(again.status == 0 && !ErrorLines.squeezed(again.standardError).contains("note:"), "\(again)")
        #expect(FileManager.default.fileExists(atPath: shared.appendingPathComponent("bob/review-log.jsonl").path))

        // bob's course carries him over when it opens; ada is not its learner.
        let small = try EndToEnd.run(
            ["progress", "verify", "--course", CourseFixture.minimal.path], environment: Self.sharing(shared, learner: "bob"))
        #expect(small.status == 0, "\(small)")
        #expect(ErrorLines.squeezed(small.standardError).contains("note: carried bob's progress over to \(shared.path)/long-thaw-minimal/bob"), "\(small)")
        #expect(small.standardOutput.contains("\(shared.path)/long-thaw-minimal/bob/review-log.jsonl:"), "\(small)")
        #expect(!small.standardOutput.contains("not in the course"), "\(small)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: shared.path).sorted() == ["emery-2014-iran-iraq", "long-thaw-minimal"])
    }

    @Test func aFolderThatMixedTwoCoursesIsCarriedOverAndVerifyListsWhatReallyIsInIt() throws {
        let shared = try Fixtures.temporaryDirectory("lectern-shared")
        let bundled = EndToEnd.bundledCourse
        _ = try Self.oldLayoutFolder(
            in: shared, learner: "ada", course: bundled, id: "emery-2014-iran-iraq",
            input: String(repeating: "skip\n", count: 5), count: 5)
        // What the old layout did to a learner who also used the small course: its answers in the same log.
        let scratch = try Fixtures.temporaryDirectory("lectern-scratch")
        let other = try EndToEnd.run(
            ["quiz", "--count", "2", "--seed", "5", "--course", CourseFixture.minimal.path, "--progress-dir", scratch.path,
             "--learner", "ada"], input: "skip\nskip\n")
        try #require(other.status == 0, "\(other)")
        let foreignLog = scratch.appendingPathComponent("long-thaw-minimal/ada")
        let foreign = try Data(contentsOf: foreignLog.appendingPathComponent("review-log.jsonl"))
        let log = try FileHandle(forWritingTo: shared.appendingPathComponent("ada/review-log.jsonl"))
        try log.seekToEnd()
        try log.write(contentsOf: foreign)
        try log.close()
        // Generated questions about an actor both courses have share an id: only the others are not the course's.
        let bundledIDs = Set(try PrintedQuestionBank(course: bundled).entries.map(\.id))
        let strangers = try LogContents(folder: foreignLog).records.compactMap { $0["questionID"] as? String }
            .filter { !bundledIDs.contains($0) }
        try #require(!strangers.isEmpty, "the small course's quiz asked only questions the bundled course has too")

        let verify = try EndToEnd.run(["progress", "verify", "--course", bundled.path], environment: Self.sharing(shared))
        #expect(verify.status == 0, "\(verify)")
        #expect(ErrorLines.squeezed(verify.standardError).contains(
            "; \(strangers.count) of its records name questions or lessons this course does not have"), "\(verify)")
        #expect(verify.standardOutput.contains("records for questions not in the course (kept):"), "\(verify)")
        let listed = verify.standardOutput.components(separatedBy: "\n").filter { $0.hasPrefix("  ") && $0.hasSuffix(" record") }
        #expect(listed == strangers.sorted().map { "  \($0): 1 record" }, "the small course's answers, and nothing else: \(verify)")
    }

    @Test func checkWarnsWithTheRuleWhenTheIdIsMissingSoStrictFailsAndRefusesAMalformedOne() throws {
        let bare = try CourseFixture.minimal(editing: .remove("Quizzes/course.yaml"))
        let warned = try EndToEnd.run(["check", bare.path])
        #expect(warned.status == 0, "\(warned)")
        #expect(ErrorLines.squeezed(warned.standardError).contains(
            "Quizzes/course.yaml: warning[course-id-missing]: the course declares no id, so its learners' progress is kept"
                + " under 'the-long-thaw'"), "\(warned)")
        let strict = try EndToEnd.run(["check", "--strict", bare.path])
        #expect(strict.status == 65, "\(strict)")

        // Without an id the course still works, under the id made from its title.
        let progress = try Fixtures.temporaryDirectory("lectern-shared")
        let quiz = try EndToEnd.run(["quiz", "--count", "1", "--seed", "1", "--course", bare.path], input: "skip\n",
                                    environment: Self.sharing(progress))
        #expect(quiz.status == 0, "\(quiz)")
        #expect(try LogContents(folder: progress.appendingPathComponent("the-long-thaw/ada")).reviewCount == 1)

        let broken = try CourseFixture.minimal(editing: .write("Quizzes/course.yaml", "id: The Long Thaw\n"))
        let refused = try EndToEnd.run(["check", broken.path])
        #expect(refused.status == 65, "\(refused)")
        #expect(ErrorLines.squeezed(refused.standardError).contains(
            "Quizzes/course.yaml:1: course id 'The Long Thaw' is not allowed: it must start with a lowercase letter"), "\(refused)")
        let opened = try EndToEnd.run(["lessons", "--course", broken.path], environment: Self.sharing(progress))
        #expect(opened.status == 65, "a malformed id stops the course as any error does: \(opened)")
    }

    @Test func learnersOfASharedFolderAreTheCoursesOwnAndRemovedOnesStayInItsPart() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-shared")
        let environment = Self.sharing(progress)
        let other = try CourseFixture.minimal(editing: .write("Quizzes/course.yaml", "id: long-thaw-other\n"))
        #expect(try EndToEnd.run(["learners", "add", "kim", "--course", CourseFixture.minimal.path], environment: environment).status == 0)
        #expect(try EndToEnd.run(["learners", "--course", other.path], environment: environment).standardOutput
            == "No learners yet in \(progress.path)/long-thaw-other.\n")
        let removed = try EndToEnd.run(["learners", "remove", "kim", "--yes", "--course", CourseFixture.minimal.path], environment: environment)
        #expect(removed.status == 0, "\(removed)")
        #expect(removed.standardOutput.hasPrefix("Removed kim: the folder was moved to \(progress.path)/long-thaw-minimal/.removed/kim-"),
                "\(removed)")
    }

    @Test func aMigrationCutShortBetweenTwoFoldersIsCompletedByTheNextStart() throws {
        let shared = try Fixtures.temporaryDirectory("lectern-shared")
        let bundled = EndToEnd.bundledCourse
        let adaLog = try Self.oldLayoutFolder(
            in: shared, learner: "ada", course: bundled, id: "emery-2014-iran-iraq", input: "skip\nskip\n", count: 2)
        let cyLog = try Self.oldLayoutFolder(
            in: shared, learner: "cy", course: bundled, id: "emery-2014-iran-iraq", input: "skip\nskip\nskip\n", count: 3)
        // What a run killed right after its first rename leaves: ada moved whole, cy not yet, no journal.
        let part = shared.appendingPathComponent("emery-2014-iran-iraq")
        try FileManager.default.createDirectory(at: part, withIntermediateDirectories: false)
        try FileManager.default.moveItem(at: shared.appendingPathComponent("ada"), to: part.appendingPathComponent("ada"))

        let next = try EndToEnd.run(["report", "--format", "json", "--course", bundled.path], environment: Self.sharing(shared))
        #expect(next.status == 0, "\(next)")
        #expect(ErrorLines.messages(in: next.standardError) == ["note: carried cy's progress over to \(part.path)/cy: each course now keeps its own"
            + " learners in \(shared.path)"], "\(next)")
        #expect(Self.answers(try #require(try JSONSerialization.jsonObject(with: Data(next.standardOutput.utf8)) as? [String: Any])) == 2)
        #expect(try Data(contentsOf: part.appendingPathComponent("ada/review-log.jsonl")) == adaLog)
        #expect(try Data(contentsOf: part.appendingPathComponent("cy/review-log.jsonl")) == cyLog)
        #expect(Self.answers(try Self.report(bundled, Self.sharing(shared, learner: "cy"))) == 3)
        #expect(try FileManager.default.contentsOfDirectory(atPath: shared.path) == ["emery-2014-iran-iraq"])
        #expect(FileManager.default.fileExists(atPath: part.appendingPathComponent(".migrated-\(getuid()).json").path))
    }
}
