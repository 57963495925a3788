import Foundation
import LecternTestSupport
import Testing

/// `lectern check` and `lectern check --strict` on the built binary: warnings go to standard error with their rule,
/// a course with warnings is still ok, and under `--strict` it ends with 65.
@Suite(.removingTemporaryFolders) struct CheckCommandTests {
    static var clean: URL { Fixtures.url("courses/clean") }

    @Test func aCourseThatBreaksNoRulePassesStrict() throws {
        let outcome = try EndToEnd.run(["check", "--strict", Self.clean.path])
        #expect(outcome.status == 0, "\(outcome)")
        #expect(outcome.standardError.isEmpty, "\(outcome)")
        #expect(outcome.standardOutput == "\(Self.clean.path): ok · 1 lessons, 0 actors, 0 events, 4 authored and 0 generated questions\n")
    }

    @Test func warningsAreListedAndTheCourseIsStillOk() throws {
        let course = try CourseFixture.copy(
            of: Self.clean,
            editing: [.replace("Quizzes/questions/01-a-common-enemy.yaml", "    level: analyse\n", with: "")])
        let outcome = try EndToEnd.run(["check", course.path])
        #expect(outcome.status == 0, "\(outcome)")
        #expect(ErrorLines.squeezed(outcome.standardError).contains(
            "Quizzes/questions/01-a-common-enemy.yaml:38: warning[level-missing]: question long-silence: declares no level"),
            "\(outcome)")
        #expect(ErrorLines.squeezed(outcome.standardError).contains("Lessons/01-a-common-enemy.md:2: warning[lesson-understanding]"), "\(outcome)")
        #expect(outcome.standardOutput.hasSuffix("4 authored and 0 generated questions, 3 warning(s)\n"), "\(outcome)")
    }

    @Test func strictMakesWarningsErrors() throws {
        let course = try CourseFixture.copy(
            of: Self.clean,
            editing: [.replace("Quizzes/questions/01-a-common-enemy.yaml", "    level: analyse\n", with: "")])
        let outcome = try EndToEnd.run(["check", "--strict", course.path])
        #expect(outcome.status == 65, "\(outcome)")
        #expect(outcome.standardOutput.isEmpty, "\(outcome)")
        #expect(ErrorLines.squeezed(outcome.standardError).contains("warning[level-missing]"), "\(outcome)")
        #expect(ErrorLines.first("error: ", in: outcome.standardError) == "error: 3 warning(s) in \(course.path), errors under --strict", "\(outcome)")
    }

    @Test func evidenceNotInTheArticleIsAnErrorWithoutStrict() throws {
        let course = try CourseFixture.copy(
            of: Self.clean,
            editing: [
                .replace(
                    "Quizzes/questions/01-a-common-enemy.yaml", "    evidence: the first such call since the 1970s",
                    with: "    evidence: the first such call since the 1980s")
            ])
        let outcome = try EndToEnd.run(["check", course.path])
        #expect(outcome.status == 65, "\(outcome)")
        #expect(ErrorLines.squeezed(outcome.standardError).contains(
            "Quizzes/questions/01-a-common-enemy.yaml:38: error[evidence-verbatim]: question long-silence: evidence is not "
                + "word for word in the paragraphs it cites (searched p3): \"the first such call since the 1980s\""),
            "\(outcome)")
        #expect(outcome.standardOutput.isEmpty, "\(outcome)")
    }
}
