import Foundation
import LecternTestSupport
import Testing

/// A new learner's first two sessions at a real terminal, start to finish: help, a whole lesson, a quiz with one wrong
/// and one right answer, a review, the report; then a second start that remembers all of it.
@Suite(.serialized, .removingTemporaryFolders) struct NewUserJourneyTests {
    @Test func newLearnerStudiesQuizzesReviewsAndFindsItAllNextTime() throws {
        let bank = try PrintedQuestionBank()
        let progress = try Fixtures.temporaryDirectory("lectern-journey")
        defer { try? FileManager.default.removeItem(at: progress) }
        let folder = ProgressPlaces.learnerFolder(progress, "newcomer")
        let command = [try BuiltBinary.lectern().path, "--no-color"] + EndToEnd.place(progress: progress, learner: "newcomer")

        let first = try Terminal(command)
        defer { first.session.close() }
        try first.waitForPrompt("lectern>")

        try first.session.typeLine("help")
        let help = try first.waitForPrompt("lectern>", after: "Commands")
        for word in ["lessons", "study", "quiz", "review", "report", "quit"] {
            #expect(help.contains("\n  \(word) "), "help should list '\(word)':\n\(help)")
        }

        // The whole of lesson 1, an Enter per page and per check-yourself prompt (a section's question is
        // skipped), until it says it is done.
        try first.session.typeLine("study 1")
        var prompts: [String] = []
        while try !first.session.screen().contains("Lesson 1 done") {
            let page = try first.session.waitUntil("a lesson prompt or the end of the lesson") { screen in
                screen.contains("Lesson 1 done") || EndToEnd.lastLine(of: screen).hasPrefix("lesson 1 · ")
            }
            let before = EndToEnd.lastLine(of: page)
            guard before.hasPrefix("lesson 1 · ") else { break }
            prompts.append(before)
            try #require(prompts.count <= 30, "lesson 1 never ended:\n\(page)")
            if before.contains(" · question ") { try first.session.typeLine("skip") } else { try first.session.press(.enter) }
            try first.session.waitUntil("the next page after \(before)") { screen in
                screen.contains("Lesson 1 done") || EndToEnd.lastLine(of: screen) != before
            }
        }
        let pages = prompts.filter { !$0.contains(" · question ") }
        #expect(Array(pages.prefix(2)) == ["lesson 1 · 1/2>", "lesson 1 · 2/2>"], "lesson 1 has two sections: \(prompts)")
        #expect(pages.dropFirst(2).allSatisfy { $0.hasPrefix("lesson 1 · check ") } && pages.count > 2,
            "then its check-yourself prompts: \(prompts)")
        try first.waitForPrompt("lectern>")

        // A quiz of two multiple-choice questions: the first answered wrong, the second right.
        try first.session.typeLine("quiz --kind choice --seed 5 --count 2")
        let one = try first.waitForPrompt("quiz 1/2>")
        let question1 = try #require(ShownChoiceQuestion(number: 1, on: one), "no choice question on:\n\(one)")
        try first.session.typeLine("\(try question1.wrongOption(in: bank))")
        // The missed question comes back at the end; the quiz still counts two questions.
        let two = try first.waitForPrompt("quiz 2/2>")
        #expect(two.contains("✗ Not right"), "a wrong option should be marked wrong:\n\(two)")
        let question2 = try #require(ShownChoiceQuestion(number: 2, on: two), "no choice question on:\n\(two)")
        try first.session.typeLine("\(try question2.rightOption(in: bank))")
        let three = try first.waitForPrompt("quiz 1/2 again>")
        #expect(three.contains("Question 1 of 2, asked again · "), "\(three)")
        let reasked = try #require(ShownChoiceQuestion(number: 1, on: three), "the missed question is not asked again:\n\(three)")
        #expect(reasked.prompt == question1.prompt)
        try first.session.typeLine("\(try reasked.rightOption(in: bank))")
        let finished = try first.waitForPrompt("lectern>", after: "Quiz finished")
        #expect(finished.contains("1 of 1 missed recovered"), "\(finished)")
        #expect(finished.contains("✓ Correct"), "the right option should be marked right:\n\(finished)")
        #expect(finished.contains("1 correct · 0 partial · 1 incorrect · 0 skipped"), "\(finished)")

        // A review of two: a choice question is answered right, anything else skipped.
        try first.session.typeLine("review --limit 2")
        for number in 1...2 {
            let screen = try first.waitForPrompt("review \(number)/2>")
            if let question = ShownChoiceQuestion(number: number, on: screen) {
                try first.session.typeLine("\(try question.rightOption(in: bank))")
            } else {
                try first.session.typeLine("skip")
            }
        }
        try first.waitForPrompt("lectern>", after: "Review finished")
        // The lesson's skipped questions, two quiz questions and two review questions: a skipped question counts as
        // seen too, and the review may bring back a question the lesson skipped, so the distinct ids of the log count.
        let lessonQuestions = prompts.filter { $0.contains(" · question ") }.count
        #expect(lessonQuestions == 4, "lesson 1 asks two questions after each of its two sections: \(prompts)")
        let answered = try LogContents(folder: folder).records.filter { $0["type"] as? String == "review" }
        let seen = Set(answered.compactMap { $0["questionID"] as? String }).count
        #expect(seen >= 5, "four in the lesson, two quiz questions, and a review of two: \(answered)")

        try first.session.typeLine("report")
        // The report is longer than the screen: its last line says what to do next; its numbers are read after quitting.
        let report = try first.waitForPrompt("lectern>", after: "Next: ")
        #expect(report.contains("Next: "), "\(report)")
        try first.session.typeLine("quit")
        #expect(try first.session.waitForExit() == 0)
        let seenLine = "Seen             \(seen) of \(bank.entries.count) questions"
        let printed = try EndToEnd.run(["report", "--no-color"] + EndToEnd.place(progress: progress, learner: "newcomer"))
        #expect(printed.status == 0 && printed.standardOutput.contains(seenLine), "\(printed)")
        #expect(
            try LogContents(folder: folder).reviewCount == lessonQuestions + 5,
            "the lesson's skips, three quiz answers (the missed question answered again) and two review answers")

        // The next start remembers the lesson and the answers; Ctrl-D leaves with 0.
        let second = try Terminal(command)
        defer { second.session.close() }
        try second.waitForPrompt("lectern>")
        try second.session.typeLine("lessons")
        let lessons = try second.waitForPrompt("lectern>", after: "Lessons of")
        #expect(lessons.contains("1. The 2014 news and the author's argument  ✓ done"), "\(lessons)")
        try second.session.typeLine("report")
        try second.waitForPrompt("lectern>", after: "Next: ")
        try second.session.press(.controlD)
        #expect(try second.session.waitForExit() == 0)
        let again = try EndToEnd.run(["report", "--no-color"] + EndToEnd.place(progress: progress, learner: "newcomer"))
        #expect(again.status == 0 && again.standardOutput.contains(seenLine), "\(again)")
    }
}

/// `lectern` in a tmux terminal, with waits for its prompts.
private struct Terminal {
    let session: TerminalSession

    init(_ command: [String]) throws {
        session = try TerminalSession(command: command, environment: ["NO_COLOR": "1"], width: 100, height: 40)
    }

    /// Waits until the last line is `prompt` (an empty prompt line) and, when given, `text` is on the screen.
    @discardableResult
    func waitForPrompt(_ prompt: String, after text: String? = nil) throws -> String {
        // Judged on one capture: a second one for the last line could show a prompt the first did not have yet.
        try session.waitUntil("the prompt \(prompt.debugDescription)" + (text.map { " after \($0.debugDescription)" } ?? ""), timeout: .seconds(60)) { screen in
            EndToEnd.lastLine(of: screen) == prompt && (text.map(screen.contains) ?? true)
        }
    }
}
