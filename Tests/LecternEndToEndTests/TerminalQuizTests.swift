import Foundation
import LecternTestSupport
import Testing

/// A one-question quiz of the built `lectern` at a real terminal (a tmux pseudo-terminal).
@Suite(.serialized, .removingTemporaryFolders) struct TerminalQuizTests {
    @Test func choiceQuestionAtATerminalShowsTheVerdictTheSourceAndTheSummary() throws {
        let bank = try PrintedQuestionBank()
        let progress = try Fixtures.temporaryDirectory("lectern-terminal-quiz")
        defer { try? FileManager.default.removeItem(at: progress) }
        let binary = try BuiltBinary.lectern()

        // The first seed from 7 whose question is multiple choice, found by reading the screen as a learner would.
        var found: (session: TerminalSession, question: ShownChoiceQuestion, seed: Int)?
        for seed in 7..<15 {
            let session = try TerminalSession(
                command: [binary.path, "quiz", "--seed", "\(seed)", "--count", "1", "--kind", "choice", "--no-color"]
                    + EndToEnd.place(progress: progress, learner: "ada"),
                environment: ["NO_COLOR": "1"], width: 100, height: 40)
            let screen = try session.waitUntil("the quiz prompt", timeout: .seconds(60)) { screen in
                EndToEnd.lastLine(of: screen) == "quiz 1/1>"
            }
            if let question = ShownChoiceQuestion(number: 1, on: screen) {
                found = (session, question, seed)
                break
            }
            try session.typeLine("quit")
            #expect(try session.waitForExit() == 0)
            session.close()
        }
        let (session, question, seed) = try #require(found, "no seed in 7..<15 starts with a multiple-choice question")
        defer { session.close() }

        let right = try question.rightOption(in: bank)
        try session.typeLine("\(right)")
        let screen = try session.waitFor("Quiz finished")
        let lines = screen.components(separatedBy: "\n")
        #expect(lines.contains("✓ Correct."), "seed \(seed), answered \(right) to \(question.prompt):\n\(screen)")
        #expect(
            lines.contains { $0.firstMatch(of: /^  Source (p\d+|standfirst|caption): “/) != nil },
            "no source passage after the verdict:\n\(screen)")
        #expect(lines.contains { $0.hasPrefix("  1 correct · 0 partial · 0 incorrect · 0 skipped") }, "\(screen)")
        #expect(try session.waitForExit() == 0)
        #expect(try LogContents(folder: ProgressPlaces.learnerFolder(progress, "ada")).reviewCount == 1)
    }
}
