import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// The built binary with a course stamp: the second start loads the course behind the prompt and behaves the same;
/// a stamp that no longer tells the truth still ends in the course's problems, never in a crash.
@Suite(.removingTemporaryFolders) struct CourseStampEndToEndTests {
    private func environment(cache: URL) -> [String: String] {
        var variables = EndToEnd.environment
        variables["XDG_CACHE_HOME"] = cache.path
        return variables
    }

    private func run(_ arguments: [String], input: String, cache: URL) throws -> ProcessOutcome {
        try BuiltBinary.run(
            try BuiltBinary.lectern(), arguments: arguments, standardInput: Data(input.utf8),
            environment: environment(cache: cache), timeout: .seconds(60))
    }

    @Test func theShellSaysTheSameWithAndWithoutTheStamp() throws {
        let cache = try Fixtures.temporaryDirectory("lectern-cache")
        let course = try CourseFixture.copy()
        let progress = try Fixtures.temporaryDirectory("lectern-progress")
        let arguments = EndToEnd.place(course: course, progress: progress, learner: "ann")
        let input = "lessons\nactor Rouhani\nquit\n"
        let first = try run(arguments, input: input, cache: cache)
        let stamps = try FileManager.default.contentsOfDirectory(atPath: cache.appendingPathComponent("lectern").path)
        #expect(stamps.count == 1, "\(first)")
        let second = try run(arguments, input: input, cache: cache)
        #expect(first.status == 0 && second.status == 0, "\(first)\n\(second)")
        #expect(second.standardOutput == first.standardOutput)
        #expect(second.standardOutput.contains("2001: a common enemy"), "\(second)")
        #expect(second.standardError == first.standardError)
    }

    @Test func aStampThatNoLongerHoldsEndsWithTheCoursesProblems() throws {
        let cache = try Fixtures.temporaryDirectory("lectern-cache")
        // A broken course whose stamp says it loaded: as if it broke between the check and the load.
        let course = try CourseFixture.copy(editing: [.write("Quizzes/actors.yaml", "- id: [broken\n")])
        let fingerprint = try #require(CourseStamp.fingerprint(of: course, program: try BuiltBinary.lectern().path))
        let file = try #require(CourseStamp.location(for: course, environment: ["XDG_CACHE_HOME": cache.path]))
        CourseStamp(fingerprint: fingerprint, summary: CourseSummary(title: "T", author: "A", year: 2014, lessonCount: 2))
            .write(to: file)
        let progress = try Fixtures.temporaryDirectory("lectern-progress")
        for arguments in [["lessons"], []] {
            let outcome = try run(arguments + EndToEnd.place(course: course, progress: progress, learner: "ann"), input: "lessons\nquit\n", cache: cache)
            #expect(outcome.status == 65, "\(outcome)")
            #expect(ErrorLines.squeezed(outcome.standardError).contains("Quizzes/actors.yaml:2: YAML syntax error"), "\(outcome)")
            #expect(ErrorLines.squeezed(outcome.standardError).contains("run 'lectern check'"), "\(outcome)")
            #expect(!ErrorLines.squeezed(outcome.standardError).contains("Fatal error"), "\(outcome)")
        }
    }
}
