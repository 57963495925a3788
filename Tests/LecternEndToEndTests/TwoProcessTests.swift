import Foundation
import LecternTestSupport
import Testing

/// Two `lectern` processes on one learner: the first holds the learner's lock; the second says who, refuses
/// everything that writes, writes nothing, and can write once the first has gone.
@Suite(.removingTemporaryFolders) struct TwoProcessTests {
    @Test func secondProcessNamesTheHolderRefusesToQuizAndWritesNothing() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-two")
        defer { try? FileManager.default.removeItem(at: progress) }
        let folder = ProgressPlaces.learnerFolder(progress, "x")
        let place = EndToEnd.place(progress: progress, learner: "x")
        let quiz = ["quiz", "--kind", "choice", "--count", "2", "--seed", "3"] + place
        // Something in the log already, so "writes nothing" has bytes to keep.
        let before = try EndToEnd.run(quiz, input: "1\n1\n")
        #expect(before.status == 0 && EndToEnd.acknowledgements(in: before.standardOutput) == 2, "\(before)")

        // The first process: a shell on a pipe that stays open, past its first reply.
        let first = try EndToEnd.start(place)
        defer { _ = first.finish() }
        first.write("lessons\n")
        #expect(first.waitForOutput(timeout: .seconds(60)) { $0.contains("Lessons of") }, "\(first.output)\n\(first.errorOutput)")
        #expect(first.errorOutput.isEmpty, "the first process should have the learner to itself: \(first.errorOutput)")
        let files = try fileContents(under: folder)

        let refused = try EndToEnd.run(quiz, input: "1\n1\n")
        #expect(refused.status != 0, "a second quiz on a learner in use must not run:\n\(refused)")
        #expect(refused.standardError.contains("pid \(first.pid)"), "the holder should be named:\n\(refused)")
        #expect(ErrorLines.squeezed(refused.standardError).contains("another Lectern is using this learner"), "\(refused)")
        #expect(!refused.standardOutput.contains("Question 1"), "no question may be shown:\n\(refused)")

        let lessons = try EndToEnd.run(["lessons"] + place)
        #expect(lessons.status == 0, "\(lessons)")
        #expect(lessons.standardOutput.contains("Lessons of Christian Emery, 2014"), "\(lessons)")
        #expect(ErrorLines.squeezed(lessons.standardError).contains("note: read-only: another Lectern is using this learner"), "\(lessons)")
        #expect(ErrorLines.squeezed(lessons.standardError).contains("pid \(first.pid)"), "\(lessons)")

        // At the second shell's prompt, each command that writes is refused and the shell carries on.
        let shell = try EndToEnd.run(place, input: "study 1\nquiz --count 1\nexam --count 1\nreview\nactors\n")
        #expect(shell.status == 0, "\(shell)")
        let refusals = ErrorLines.messages(in: shell.standardError).filter { $0.hasPrefix("error: ") }
        #expect(refusals.count == 4, "\(shell.standardError)")
        #expect(refusals.allSatisfy { $0.contains("read-only") && $0.contains("pid \(first.pid)") }, "\(refusals)")
        #expect(!shell.standardOutput.contains("Question 1"), "\(shell)")
        #expect(shell.standardOutput.contains("Hassan Rouhani"), "read-only commands still work:\n\(shell)")

        #expect(try fileContents(under: folder) == files, "a read-only process changed the learner's files")

        first.write("quit\n")
        let ended = first.finish()
        #expect(ended.status == 0, "\(ended)")

        let after = try EndToEnd.run(quiz, input: "1\n1\n")
        #expect(after.status == 0, "\(after)")
        #expect(!after.standardError.contains("read-only"), "the lock should be free once the first has gone:\n\(after)")
        #expect(EndToEnd.acknowledgements(in: after.standardOutput) == 2, "\(after)")
        #expect(try LogContents(folder: folder).reviewCount == 4)
    }
}
