import Foundation
import LecternCore
import LecternShell
import LecternTestSupport
import Testing

/// Keys that behave alike on every screen, through the shell with scripted input: the end of input (Ctrl-D) closes
/// only the screen on top, Ctrl-C on an empty line says how to leave, and only the main prompt reads commands.
@Suite struct QuizKeysTests {
    @Test func endOfInputInAQuizEndsItAndTheMainPromptReadsOn() throws {
        let progress = InMemoryProgress()
        let run = try ShellTranscript.run(
            inputs: [.line("quiz --count 3 --seed 1"), .line("skip"), .endOfInput, .line("lessons"), .endOfInput],
            progress: progress)
        let summary = run.reply(to: .endOfInput)
        #expect(summary.hasPrefix("Stopped after 1 of 3 questions; the answers you gave are saved.\nQuiz finished"), "\(summary)")
        #expect(summary.contains("2 not reached"), "\(summary)")
        #expect(progress.answers.count == 1, "the skip is kept")
        #expect(run.script.prompts.suffix(2) == ["lectern> ", "lectern> "], "\(run.script.prompts)")
        #expect(run.reply(to: "lessons").hasPrefix("Lessons of A. Writer, 2014"))
    }

    @Test func aQuizLeftBeforeItsFirstAnswerSaysNothingWasRecordedAndGivesNoScore() throws {
        let progress = InMemoryProgress()
        let run = try ShellTranscript.run(
            inputs: [.line("quiz --count 3 --seed 1"), .endOfInput, .line("lessons"), .endOfInput], progress: progress)
        let reply = run.reply(to: .endOfInput)
        #expect(reply.trimmingCharacters(in: .newlines) == "Stopped before the first answer; nothing was recorded.", "\(reply)")
        #expect(progress.answers.isEmpty)
        #expect(run.reply(to: "lessons").hasPrefix("Lessons of A. Writer, 2014"))
    }

    @Test func onlyLinesAtTheMainPromptAreReadAsCommands() throws {
        let run = try ShellTranscript.run(["quiz --count 2 --seed 1", "skip", "skip", "lessons"])
        let reads = Array(zip(run.script.prompts, run.script.purposes))
        #expect(reads.count == 5)
        for (prompt, purpose) in reads {
            #expect(purpose == (prompt == "lectern> " ? .command : .answer), "\(prompt) read as \(purpose)")
        }
        #expect(reads.filter { $0.1 == .answer }.map(\.0) == ["quiz 1/2> ", "quiz 2/2> "])
    }

    @Test func controlCOnAnEmptyQuizLineSaysHowToStopAndTheQuizGoesOn() throws {
        let run = try ShellTranscript.run(
            inputs: [.line("quiz --count 2 --seed 1"), .interruptedOnEmptyLine, .interrupted, .line("skip"), .endOfInput])
        #expect(run.reply(to: .interruptedOnEmptyLine) == "Type 'quit', or press Ctrl-D, to stop the quiz; your answers so far are kept.\n")
        #expect(run.reply(to: .interrupted) == "", "a cleared line needs no words")
        #expect(run.script.prompts.prefix(4) == ["lectern> ", "quiz 1/2> ", "quiz 1/2> ", "quiz 1/2> "])
        #expect(run.reply(to: "skip").contains("Question 2 of 2"))
    }

    @Test func controlCOnAnEmptyExamOrMainLineNamesWhatItStops() throws {
        let exam = try ShellTranscript.run(inputs: [.line("exam --count 2 --seed 1"), .interruptedOnEmptyLine, .endOfInput])
        #expect(exam.reply(to: .interruptedOnEmptyLine) == "Type 'quit', or press Ctrl-D, to stop the exam; your answers so far are kept.\n")
        let main = try ShellTranscript.run(inputs: [.interruptedOnEmptyLine, .endOfInput])
        #expect(main.reply(to: .interruptedOnEmptyLine) == "Type 'quit', or press Ctrl-D, to leave Lectern.\n")
    }
}
