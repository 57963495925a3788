import Foundation
import LecternTestSupport
import Testing

/// The built binary's commands about the course and the learners rather than studying: `check`, `learners` and
/// `progress repair`/`rebuild`, with what they print and the exit status each outcome has.
@Suite(.removingTemporaryFolders) struct CourseAndLearnerCommandsTests {
    @Test func checkSaysOkForTheBundledCourseAndListsEveryProblemOfABrokenOne() throws {
        let good = try EndToEnd.run(["check", EndToEnd.bundledCourse.path])
        #expect(good.status == 0, "\(good)")
        #expect(good.standardOutput.contains(": ok · 9 lessons"), "\(good)")

        let broken = try CourseFixture.copy(editing: [.write("Quizzes/actors.yaml", "- id: [broken\n")])
        let bad = try EndToEnd.run(["check", broken.path])
        #expect(bad.status == 65, "\(bad)")
        #expect(ErrorLines.squeezed(bad.standardError).contains("Quizzes/actors.yaml:2: YAML syntax error"), "\(bad)")
        #expect(ErrorLines.squeezed(bad.standardError).contains("problem(s) in \(broken.path)"), "\(bad)")
        #expect(bad.standardOutput.isEmpty, "\(bad)")
    }

    @Test func learnersAreAddedListedAndRemovedToABackup() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-learners")
        let place = ["--course", EndToEnd.bundledCourse.path, "--progress-dir", progress.path]

        let empty = try EndToEnd.run(["learners"] + place)
        #expect(empty.status == 0 && empty.standardOutput == "No learners yet in \(ProgressPlaces.coursePart(progress).path).\n", "\(empty)")

        let added = try EndToEnd.run(["learners", "add", "kim"] + place)
        #expect(added.status == 0 && added.standardOutput.hasPrefix("Added kim at "), "\(added)")
        #expect(try EndToEnd.run(["learners", "list"] + place).standardOutput == "kim\n")

        let kept = try EndToEnd.run(["learners", "remove", "kim"] + place, input: "not kim\n")
        #expect(kept.status == 0 && kept.standardOutput.hasSuffix("Nothing removed.\n"), "\(kept)")
        #expect(try EndToEnd.run(["learners", "list"] + place).standardOutput == "kim\n")

        let removed = try EndToEnd.run(["learners", "remove", "kim", "--yes"] + place)
        #expect(removed.status == 0 && removed.standardOutput.hasPrefix("Removed kim: the folder was moved to "), "\(removed)")
        #expect(try EndToEnd.run(["learners", "list"] + place).standardOutput.hasPrefix("No learners yet"))
    }

    @Test func learnersWithoutANameIsAUsageErrorAndADuplicateIsARuntimeError() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-learners")
        let place = ["--course", EndToEnd.bundledCourse.path, "--progress-dir", progress.path]
        let nameless = try EndToEnd.run(["learners", "add"] + place)
        #expect(nameless.status == 64, "\(nameless)")
        #expect(ErrorLines.squeezed(nameless.standardError).contains("name the learner: 'lectern learners add NAME'"), "\(nameless)")

        #expect(try EndToEnd.run(["learners", "add", "kim"] + place).status == 0)
        let twice = try EndToEnd.run(["learners", "add", "kim"] + place)
        #expect(twice.status == 1, "\(twice)")
        #expect(twice.standardError.hasPrefix("error: "), "\(twice)")
    }

    @Test func learnersWorkWhileTheCourseHasProblems() throws {
        // The learners' folder is found from the course's place; the course itself is not loaded.
        let broken = try CourseFixture.copy(editing: [.write("Quizzes/actors.yaml", "- id: [broken\n")])
        let progress = try Fixtures.temporaryDirectory("lectern-learners")
        let place = ["--course", broken.path, "--progress-dir", progress.path]
        let added = try EndToEnd.run(["learners", "add", "kim"] + place)
        #expect(added.status == 0, "\(added)")
        #expect(try EndToEnd.run(["learners"] + place).standardOutput == "kim\n")
        #expect(try EndToEnd.run(["lessons", "--learner", "kim"] + place).status == 65, "studying still needs the course")
    }

    @Test func repairAndRebuildSayWhatTheyDidAndKeepTheAnswers() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-progress")
        let place = EndToEnd.place(progress: progress, learner: "ann")
        let quiz = try EndToEnd.run(["quiz", "--count", "2", "--seed", "3"] + place, input: "skip\nskip\n")
        #expect(quiz.status == 0, "\(quiz)")
        for action in ["repair", "rebuild", "verify"] {
            let outcome = try EndToEnd.run(["progress", action] + place)
            #expect(outcome.status == 0, "\(action): \(outcome)")
            #expect(!outcome.standardOutput.isEmpty, "\(action) says what it did")
        }
        let log = try String(contentsOf: ProgressPlaces.learnerFolder(progress, "ann").appendingPathComponent("review-log.jsonl"), encoding: .utf8)
        #expect(log.components(separatedBy: "\"type\":\"review\"").count - 1 == 2, "both skips are kept")
    }
}
