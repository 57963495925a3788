import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// A course file that cannot be read at all is one problem, said once: the checks that compare files with each
/// other (every actor a question names, every paragraph a lesson cites) are not run against the missing file.
@Suite(.removingTemporaryFolders) struct UnreadableCourseFileTests {
    @Test func aMissingKnowledgeBaseFileIsOneProblemNotHundreds() throws {
        let problems = try CourseFixture.problems(editing: [.remove("Quizzes/actors.yaml")])
        #expect(problems.map(\.description) == ["Quizzes/actors.yaml: the file is missing"], "\(problems.count) problems")
    }

    @Test func aKnowledgeBaseFileThatCannotBeReadIsOneProblem() throws {
        // A folder where the file should be: reading it fails, as for a file without read permission (which root,
        // running the tests in CI, could read anyway).
        let problems = try CourseFixture.problems(editing: [.remove("Quizzes/actors.yaml"), .write("Quizzes/actors.yaml/x", "")])
        #expect(problems.count == 1, "\(problems.map(\.description))")
        #expect(problems.first?.description.hasPrefix("Quizzes/actors.yaml: the file cannot be read") == true)
    }
}

/// A course file that is not a regular file is refused at once: a FIFO would block a plain read for ever.
@Suite(.removingTemporaryFolders, .timeLimit(.minutes(1))) struct NonRegularCourseFileTests {
    @Test func aFIFOAsAKnowledgeBaseFileIsRefusedWithoutBlocking() throws {
        let root = try CourseFixture.copy()
        let path = root.appendingPathComponent("Quizzes/actors.yaml").path
        try FileManager.default.removeItem(atPath: path)
        #expect(mkfifo(path, 0o600) == 0)
        let problems = CourseFixture.problems(loading: root)
        #expect(problems.map(\.description) == ["Quizzes/actors.yaml: the file is not a regular file (a FIFO)"])
    }

    @Test func aLinkToARegularCourseFileIsFollowed() throws {
        let root = try CourseFixture.copy()
        let path = root.appendingPathComponent("Quizzes/actors.yaml")
        let moved = root.appendingPathComponent("actors-elsewhere.yaml")
        try FileManager.default.moveItem(at: path, to: moved)
        try FileManager.default.createSymbolicLink(at: path, withDestinationURL: moved)
        #expect(CourseFixture.problems(loading: root).isEmpty)
    }
}
