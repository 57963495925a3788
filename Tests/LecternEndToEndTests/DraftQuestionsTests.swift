import Foundation
import LecternTestSupport
import Testing

/// `draft: true` on a question, through the built binary: parsed, never served, skipped by the check rules, named in
/// one note, checked as if accepted under `check --drafts`, counted as not accepted by `check --coverage`.
@Suite(.removingTemporaryFolders) struct DraftQuestionsTests {
    static var clean: URL { Fixtures.url("courses/clean") }
    static let file = "Quizzes/questions/01-a-common-enemy.yaml"

    /// The clean course with its first question a draft whose prompt gives its answer away.
    static func courseWithGivingAwayDraft() throws -> URL {
        try CourseFixture.copy(
            of: clean,
            editing: [
                .replace(
                    file, "  - id: what-united-them\n    kind: choice\n    prompt: What brought the two governments together in 2001?",
                    with: "  - id: what-united-them\n    draft: true\n    kind: choice\n    prompt: Was it A foe they both opposed?")
            ])
    }

    @Test func aDraftIsSkippedByTheRulesAndNamedInOneNote() throws {
        let course = try Self.courseWithGivingAwayDraft()
        let outcome = try EndToEnd.run(["check", course.path])
        #expect(outcome.status == 0, "\(outcome)")
        #expect(ErrorLines.first(in: outcome.standardError) == "note: 1 draft question is not served or checked; `lectern check --drafts` checks them as if accepted.", "\(outcome)")
        #expect(!ErrorLines.squeezed(outcome.standardError).contains("answer-in-prompt"), "\(outcome)")
        #expect(outcome.standardOutput.contains("3 authored and 0 generated questions"), "\(outcome)")
    }

    @Test func checkDraftsChecksThemAsIfAccepted() throws {
        let course = try Self.courseWithGivingAwayDraft()
        let outcome = try EndToEnd.run(["check", "--drafts", "--strict", course.path])
        #expect(outcome.status == 65, "\(outcome)")
        #expect(ErrorLines.squeezed(outcome.standardError).contains("\(Self.file):3: warning[answer-in-prompt]"), "\(outcome)")
        #expect(!ErrorLines.squeezed(outcome.standardError).contains("note:"), "\(outcome)")
    }

    @Test func aDraftIsNeverServedInAQuiz() throws {
        let course = try Self.courseWithGivingAwayDraft()
        let progress = try Fixtures.temporaryDirectory("drafts")
        let outcome = try EndToEnd.run(
            ["quiz", "--count", "10", "--seed", "3", "--course", course.path, "--progress-dir", progress.path],
            input: String(repeating: "skip\n", count: 10))
        #expect(outcome.status == 0, "\(outcome)")
        #expect(outcome.standardOutput.contains("The envoy who met Iranian officials"), "\(outcome)")
        #expect(!outcome.standardOutput.contains("Was it A foe they both opposed?"), "\(outcome)")
    }

    @Test func questionsListsDraftsOnlyWhenAsked() throws {
        let course = try Self.courseWithGivingAwayDraft()
        let bank = try EndToEnd.run(["questions", "--course", course.path])
        #expect(!bank.standardOutput.contains("what-united-them"), "\(bank)")
        let drafts = try EndToEnd.run(["questions", "--drafts", "--course", course.path])
        #expect(drafts.status == 0, "\(drafts)")
        #expect(drafts.standardOutput.contains("what-united-them"), "\(drafts)")
        #expect(!drafts.standardOutput.contains("crocker-judgement"), "\(drafts)")
    }

    @Test func aDraftThatCannotBeReadIsStillAnError() throws {
        let course = try CourseFixture.copy(
            of: Self.clean,
            editing: [.replace(Self.file, "  - id: what-united-them\n", with: "  - id: what-united-them\n    draft: maybe\n")])
        let outcome = try EndToEnd.run(["check", course.path])
        #expect(outcome.status == 65, "\(outcome)")
        #expect(ErrorLines.squeezed(outcome.standardError).contains("\(Self.file):4: draft must be true or false"), "\(outcome)")
    }

    @Test func coverageCountsADraftAsNotAccepted() throws {
        let course = try Self.courseWithGivingAwayDraft()
        let outcome = try EndToEnd.run(["check", "--coverage", course.path])
        #expect(outcome.status == 0, "\(outcome)")
        #expect(outcome.standardOutput.contains("3 accepted questions, 1 draft"), "\(outcome)")
        #expect(outcome.standardOutput.contains("  \(Self.file): 1 draft question"), "\(outcome)")
        #expect(outcome.standardOutput.contains("Lessons/01-a-common-enemy.md:2: lesson 'a-common-enemy': 3 accepted questions"), "\(outcome)")
    }

    @Test func coverageOfTheBundledCourseHasNothingLeft() throws {
        let outcome = try EndToEnd.run(["check", "--coverage", EndToEnd.bundledCourse.path])
        #expect(outcome.status == 0, "\(outcome)")
        #expect(outcome.standardOutput.contains("accepted questions, 0 drafts\nNothing is left"), "\(outcome)")
    }
}
