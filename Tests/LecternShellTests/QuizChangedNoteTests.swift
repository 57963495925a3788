import Foundation
import LecternCore
@testable import LecternShell
import LecternTestSupport
import Testing

/// A question answered before says "changed since your last review" when its content hash is unknown, on every
/// showing: the note is drawn from the learner's progress as it stands when the question is shown.
@Suite(.removingTemporaryFolders) struct QuizChangedNoteTests {
    let course: Course

    init() throws {
        course = try BundledCourse.course()
    }

    @Test func aQuestionSeenBeforeSaysItChangedEachTimeItIsShownAgain() throws {
        // InMemoryProgress without a bank saves no content hash, so a question answered before reads as changed.
        // Skips leave every fact unknown, so the same seed draws the same four questions again.
        let skips = Array(repeating: "skip", count: 4)
        let lines = ["quiz --count 4 --seed 9"] + skips + ["quiz --count 4 --seed 9"] + skips
        let transcript = try ShellTranscript.run(lines, course: course)
        #expect(transcript.output.text.components(separatedBy: "changed since your last review").count - 1 == 4)
    }

    @Test func theSameQuestionTwiceInARowSaysItChangedTheSecondTime() throws {
        let env = ShellEnvironment(
            course: course, style: Style(usesColor: false), width: { 80 },
            now: { Date(timeIntervalSince1970: 1_700_000_000) }, progress: InMemoryProgress())
        let question = try #require(QuestionBank(course: course).questions.first { $0.kind == .choice })
        var rng = SplitMix64(seed: 3)
        var twice = QuizScreen(
            [question, question], settings: QuizSettings(askConfidence: false, feedbackAtEnd: false, mode: "quiz"),
            title: "Twice", seed: 3, rng: &rng, env)
        #expect(!twice.start(in: env).text.contains("changed since your last review"))
        let reply = twice.handle("skip", in: env)
        #expect(reply.text.contains("Question 2 of 2 · multiple choice · "))
        #expect(reply.text.contains("changed since your last review"), "the skip was saved without a content hash")
    }
}
