import Foundation
import LecternCore
import LecternShell
import LecternTestSupport
import Testing

/// Launching on a course: loaded first the first time (problems end the launch), then on another thread while the
/// prompt shows, for as long as the course files and the program are those stamped.
@Suite(.removingTemporaryFolders) struct LaunchTests {
    private struct Place {
        let course: URL
        let cache: URL
        let program: URL

        var environment: [String: String] { ["XDG_CACHE_HOME": cache.path, "LECTERN_LEARNER": "ann"] }
    }

    private func place(_ edits: [CourseEdit] = []) throws -> Place {
        let program = try Fixtures.temporaryDirectory("lectern-program").appendingPathComponent("lectern")
        try Data("a build".utf8).write(to: program)
        return Place(course: try CourseFixture.copy(editing: edits), cache: try Fixtures.temporaryDirectory("lectern-cache"), program: program)
    }

    private func launch(_ place: Place, environment: [String: String]? = nil) throws(CourseError) -> Launch {
        try Launch(
            options: .init(course: place.course.path, progressDirectory: nil, learner: nil, noColor: true),
            environment: environment ?? place.environment, currentDirectory: place.course, executable: place.program,
            program: place.program.path, isTerminal: false)
    }

    private func stamps(_ place: Place) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: place.cache.appendingPathComponent("lectern").path)) ?? []
    }

    @Test func theFirstLaunchLoadsAndStampsAndTheNextLoadsInTheBackground() throws {
        let place = try place()
        let first = try launch(place)
        #expect(!first.loadsInBackground)
        #expect(stamps(place).count == 1)
        let second = try launch(place)
        #expect(second.loadsInBackground)
        #expect(second.summary == first.summary)
        #expect(second.summary == CourseSummary(title: "The Long Thaw", author: "A. Writer", year: 2014, lessonCount: 2))
        #expect(try second.content().course.lessons.map(\.id) == first.content().course.lessons.map(\.id))
        #expect(try second.content().bank.questions.map(\.id) == first.content().bank.questions.map(\.id))
    }

    @Test func anEditedCourseIsLoadedFirstAgainAndRestamped() throws {
        let place = try place()
        _ = try launch(place)
        let lesson = place.course.appendingPathComponent("Lessons/02-the-thaw.md")
        try (String(contentsOf: lesson, encoding: .utf8) + "\nOne more sentence.\n").write(to: lesson, atomically: true, encoding: .utf8)
        #expect(try !launch(place).loadsInBackground)
        #expect(try launch(place).loadsInBackground)
        #expect(stamps(place).count == 1)
    }

    @Test func aStampNeverHidesAProblemMadeAfterIt() throws {
        let place = try place()
        _ = try launch(place)
        try FileManager.default.removeItem(at: place.course.appendingPathComponent(CourseLoader.articlePath))
        #expect(throws: CourseError.self) { try launch(place) }
    }

    @Test func aNewProgramLoadsFirst() throws {
        let place = try place()
        _ = try launch(place)
        try Data("another build".utf8).write(to: place.program)
        #expect(try !launch(place).loadsInBackground)
    }

    @Test func withoutACacheFolderEveryLaunchLoadsFirstAndWritesNothing() throws {
        let place = try place()
        for _ in 0..<2 { #expect(try !launch(place, environment: ["LECTERN_LEARNER": "ann"]).loadsInBackground) }
        #expect(stamps(place).isEmpty)
    }

    @Test func aCacheFolderThatCannotBeWrittenIsNoProblem() throws {
        let place = try place()
        // A file where the cache folder should be: no folder can be made there, as on a read-only disk.
        let blocked = place.cache.appendingPathComponent("blocked")
        try Data().write(to: blocked)
        var environment = place.environment
        environment["XDG_CACHE_HOME"] = blocked.path
        for _ in 0..<2 {
            let launch = try launch(place, environment: environment)
            #expect(!launch.loadsInBackground)
            #expect(try launch.content().course.lessons.count == 2)
        }
    }
}
