import Foundation
import LecternTestSupport
import Testing

/// The built `lectern` pointed at places and files it must not use as they are: a progress folder that cannot be
/// created, learner names that are not one safe folder name, a snapshot from a newer Lectern, a log cut short.
@Suite(.removingTemporaryFolders) struct BadPlacesTests {
    private static let course = CourseFixture.minimal
    private static let quiz = ["quiz", "--kind", "choice", "--count", "2", "--seed", "3"]

    @Test func progressFolderUnderARegularFileIsAClearErrorBeforeAnyQuestion() throws {
        let root = try Fixtures.temporaryDirectory("lectern-bad")
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("not-a-folder")
        try Data("a file\n".utf8).write(to: file)
        let progress = file.appendingPathComponent("progress")

        for arguments in [Self.quiz, []] {
            let outcome = try EndToEnd.run(
                arguments + EndToEnd.place(course: EndToEnd.bundledCourse, progress: progress, learner: "ada"),
                input: "1\n1\n")
            #expect(outcome.status == 1, "\(arguments): \(outcome)")
            let errors = ErrorLines.messages(in: outcome.standardError)
            #expect(errors.count == 1, "\(arguments): \(outcome)")
            let error = String(errors.first ?? "")
            #expect(error.hasPrefix("error: cannot write to \(file.path)"), "the path should be named: \(error)")
            #expect(error.contains("Not a directory"), "the cause should be kept: \(error)")
            #expect(error.contains("--progress-dir"), "the fix should be named: \(error)")
            #expect(!outcome.standardOutput.contains("Question"), "\(arguments): a question was shown:\n\(outcome)")
        }
        #expect(try Data(contentsOf: file) == Data("a file\n".utf8))
    }

    @Test(arguments: ["../x", "a/b", ".hidden", String(repeating: "n", count: 65), "tab\there", "bell\u{7}"])
    func badLearnerNameIsRefusedAndNothingIsCreated(name: String) throws {
        let root = try Fixtures.temporaryDirectory("lectern-bad")
        defer { try? FileManager.default.removeItem(at: root) }
        let progress = root.appendingPathComponent("progress")

        for arguments in [Self.quiz, ["lessons"], []] {
            let outcome = try EndToEnd.run(
                arguments + EndToEnd.place(course: Self.course, progress: progress, learner: name), input: "1\n1\n")
            #expect(outcome.status == 1 || outcome.status == 64, "\(arguments): \(outcome)")
            let errors = ErrorLines.messages(in: outcome.standardError)
            #expect(errors.count == 1, "\(arguments): \(outcome)")
            #expect(errors.first?.hasPrefix("error: learner name \"") == true, "\(arguments): \(outcome)")
            #expect(errors.first?.contains("is not allowed: it ") == true, "the broken rule should be named: \(outcome)")
            #expect(!outcome.standardOutput.contains("Question"), "\(arguments): \(outcome)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).isEmpty, "something was created for \(name.debugDescription)")
    }

    @Test func snapshotFromANewerLecternIsNamedAndLeftByteForByte() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-bad")
        defer { try? FileManager.default.removeItem(at: progress) }
        let folder = ProgressPlaces.learnerFolder(progress, "ada", course: CourseFixture.minimal)
        let place = EndToEnd.place(course: Self.course, progress: progress, learner: "ada")
        let first = try EndToEnd.run(Self.quiz + place, input: "1\n1\n")
        #expect(first.status == 0, "\(first)")

        let snapshotURL = folder.appendingPathComponent("snapshot.json")
        var snapshot = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: snapshotURL)) as? [String: Any])
        snapshot["schemaVersion"] = 99
        try JSONSerialization.data(withJSONObject: snapshot, options: [.sortedKeys, .prettyPrinted]).write(to: snapshotURL)
        // Taking the lock writes the holder's note into `.lock`; that file is not data.
        let files = try fileContents(under: folder).filter { $0.key != ".lock" }

        let quiz = try EndToEnd.run(Self.quiz + place, input: "1\n1\n")
        #expect(quiz.status != 0, "a quiz on files from a newer Lectern must not run:\n\(quiz)")
        #expect(!quiz.standardOutput.contains("Question 1"), "\(quiz)")
        let shell = try EndToEnd.run(place, input: "lessons\nstudy 1\nsettings retention 0.8\n")
        #expect(shell.status == 0, "\(shell)")
        #expect(shell.standardOutput.contains("Lessons of"), "\(shell)")
        for outcome in [quiz, shell] {
            #expect(ErrorLines.squeezed(outcome.standardError).contains("\(snapshotURL.path) was written by a newer Lectern (schema version 99"), "\(outcome)")
            #expect(ErrorLines.squeezed(outcome.standardError).contains("left untouched"), "\(outcome)")
        }
        #expect(try fileContents(under: folder).filter { $0.key != ".lock" } == files, "files from a newer Lectern were changed")
    }

    @Test func logThatCannotBeWrittenMidQuizKeepsTheAnswerUntilItCanBe() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-bad")
        defer { try? FileManager.default.removeItem(at: progress) }
        let folder = ProgressPlaces.learnerFolder(progress, "ada", course: CourseFixture.minimal)
        let logURL = folder.appendingPathComponent("review-log.jsonl")
        let quiz = try EndToEnd.start(
            ["quiz", "--kind", "choice", "--count", "1", "--seed", "3"]
                + EndToEnd.place(course: Self.course, progress: progress, learner: "ada"))
        defer { _ = quiz.finish() }
        #expect(quiz.waitForOutput { $0.contains("Answer with an option number.") }, "\(quiz.output)")

        // A folder where the log should be: as root no permission bit stops a write, but this does.
        try? FileManager.default.removeItem(at: logURL)
        try FileManager.default.createDirectory(at: logURL, withIntermediateDirectories: false)
        quiz.write("flag the options look odd\n")
        quiz.write("1\n")
        let failures = { ErrorLines.messages(in: quiz.errorOutput) }
        #expect(quiz.waitForOutput(timeout: .seconds(10)) { _ in failures().count >= 2 }, "\(quiz.errorOutput)")
        let saying = failures()
        #expect(saying.count == 2, "\(saying)")
        #expect(saying.first?.hasPrefix("error: Could not save the flag (") == true, "\(saying)")
        #expect(saying.first?.contains("answer could not be saved") == false, "a flag is not an answer: \(saying)")
        #expect(saying.last?.hasPrefix("error: Could not save your answer (") == true, "\(saying)")
        #expect(saying.last?.contains(logURL.path) == true, "the file should be named: \(saying)")
        #expect(saying.allSatisfy { $0.lowercased().components(separatedBy: "it is kept").count == 2 }, "said once: \(saying)")
        #expect(EndToEnd.acknowledgements(in: quiz.output) == 0, "nothing saved, nothing acknowledged:\n\(quiz.output)")

        // The log can be written again: Enter saves the kept answer (and the flag with it).
        try FileManager.default.removeItem(at: logURL)
        quiz.write("\n")
        let ended = quiz.finish()
        #expect(ended.status == 0, "\(ended)")
        #expect(EndToEnd.acknowledgements(in: ended.standardOutput) == 1, "\(ended)")
        let log = try LogContents(folder: folder)
        #expect(log.reviewCount == 1)
        #expect(log.records.contains { $0["type"] as? String == "flag" && $0["note"] as? String == "the options look odd" })
    }

    @Test func tornLastLineOfTheLogIsMovedToCorruptAndEarlierRecordsKept() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-bad")
        defer { try? FileManager.default.removeItem(at: progress) }
        let folder = ProgressPlaces.learnerFolder(progress, "ada", course: CourseFixture.minimal)
        let place = EndToEnd.place(course: Self.course, progress: progress, learner: "ada")
        let first = try EndToEnd.run(Self.quiz + place, input: "1\n1\n")
        #expect(first.status == 0, "\(first)")
        let logURL = folder.appendingPathComponent("review-log.jsonl")
        let whole = try Data(contentsOf: logURL)
        let records = try LogContents(folder: folder)
        #expect(records.reviewCount == 2 && records.unfinishedTail.isEmpty)

        let torn = #"{"answeredAt":1750000000.25,"confidence":null,"contentHash":"0123"#
        try (whole + Data(torn.utf8)).write(to: logURL)
        let next = try EndToEnd.run(["lessons"] + place)
        #expect(next.status == 0, "\(next)")
        #expect(ErrorLines.squeezed(next.standardError).contains("line 3"), "the note should say which line: \(next)")
        #expect(ErrorLines.squeezed(next.standardError).contains("review-log.jsonl.corrupt"), "the note should say where it went: \(next)")
        #expect(ErrorLines.squeezed(next.standardError).contains("kept all 2 earlier records"), "\(next)")
        #expect(try Data(contentsOf: logURL) == whole, "the earlier records should be kept byte for byte")
        let corrupt = try String(contentsOf: folder.appendingPathComponent("review-log.jsonl.corrupt"), encoding: .utf8)
        #expect(corrupt.contains(torn), "\(corrupt)")
        #expect(corrupt.contains("line 3"), "\(corrupt)")

        // Said once: the next run finds nothing to move.
        let again = try EndToEnd.run(["lessons"] + place)
        #expect(again.status == 0 && again.standardError.isEmpty, "\(again)")
    }
}
