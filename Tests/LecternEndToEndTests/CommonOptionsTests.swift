import Foundation
import LecternTestSupport
import Testing

/// The options every command takes (`--course`, `--progress-dir`, `--learner`, `--no-color`) work before the
/// subcommand as well as after it, in the built binary, and `lectern --help` lists them.
@Suite(.removingTemporaryFolders) struct CommonOptionsTests {
    @Test func theCommonOptionsWorkBeforeTheSubcommandAsAfterIt() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-common")
        defer { try? FileManager.default.removeItem(at: progress) }
        let place = ["--course", CourseFixture.minimal.path, "--progress-dir", progress.path, "--learner", "ann"]
        let report = ["report", "--ascii", "--now", "2025-03-03", "--width", "60"]
        let after = try EndToEnd.run(report + place)
        let before = try EndToEnd.run(place + report)
        let split = try EndToEnd.run(Array(place.prefix(2)) + report + Array(place.dropFirst(2)))
        #expect(after.status == 0 && after.standardOutput.contains("Progress report"), "\(after)")
        for outcome in [before, split] {
            #expect(outcome.status == 0, "\(outcome)")
            #expect(outcome.standardOutput == after.standardOutput, "\(outcome)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: progress.path) == ["long-thaw-minimal"], "the course's part")
        #expect(try FileManager.default.contentsOfDirectory(atPath: ProgressPlaces.coursePart(progress, course: CourseFixture.minimal).path) == ["ann"], "the learner named before the subcommand")
    }

    @Test func anOptionAfterTheSubcommandWinsOverTheSameOptionBefore() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-common")
        defer { try? FileManager.default.removeItem(at: progress) }
        let outcome = try EndToEnd.run(
            ["--course", "/nonexistent/course", "--learner", "bob", "lessons", "--course", CourseFixture.minimal.path,
             "--progress-dir", progress.path, "--learner", "ann"])
        #expect(outcome.status == 0 && outcome.standardOutput.hasPrefix("Lessons of A. Writer, 2014"), "\(outcome)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: ProgressPlaces.coursePart(progress, course: CourseFixture.minimal).path) == ["ann"])
    }

    @Test func anEmptyPathBeforeTheSubcommandIsAUsageError() throws {
        let outcome = try EndToEnd.run(["--progress-dir", "", "lessons", "--course", CourseFixture.minimal.path])
        #expect(outcome.status == 64, "\(outcome)")
        #expect(outcome.standardError.hasPrefix("error: --progress-dir needs a folder; it was given an empty path\n"), "\(outcome)")
    }

    @Test func helpListsTheCommonOptionsAndEveryCommand() throws {
        let help = try EndToEnd.run(["--help"])
        #expect(help.status == 0 && help.standardError.isEmpty, "\(help)")
        for word in ["--course <dir>", "--progress-dir <dir>", "--learner <name>", "--no-color", "lessons", "quiz", "check", "learners"] {
            #expect(help.standardOutput.contains(word), "\(word): \(help.standardOutput)")
        }
        let quiz = try EndToEnd.run(["quiz", "--help"])
        #expect(quiz.status == 0 && quiz.standardOutput.contains("Answer questions, with feedback and the source after each."), "\(quiz)")
    }
}
