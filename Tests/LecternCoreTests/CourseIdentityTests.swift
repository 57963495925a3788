import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// A course's stable id: declared in `Quizzes/course.yaml`, checked by the loader, and made from the article's title
/// (with a `check` warning) when the file is missing.
@Suite(.removingTemporaryFolders) struct CourseIdentityTests {
    @Test func theBundledCourseDeclaresItsId() throws {
        let course = try BundledCourse.course()
        #expect(course.identity == CourseIdentity(id: "emery-2014-iran-iraq", origin: .declared))
        #expect(CourseIdentity.read(courseAt: course.root) == course.identity)
        #expect(!CourseCheck.warnings(for: course).contains { $0.rule == .courseIDMissing })
    }

    @Test func aDeclaredIdIsLoadedAndReadWithoutLoadingTheCourse() throws {
        let root = try CourseFixture.minimal(editing: .write("Quizzes/course.yaml", "# the id\nid: thaw-2014\n"))
        let course = try CourseLoader.load(from: root)
        #expect(course.identity == CourseIdentity(id: "thaw-2014", origin: .declared))
        #expect(CourseIdentity.read(courseAt: root) == course.identity)
    }

    @Test func aCourseWithoutTheFileGetsAnIdFromItsTitleAndAWarningWithTheRule() throws {
        let root = try CourseFixture.minimal(editing: .remove("Quizzes/course.yaml"))
        let course = try CourseLoader.load(from: root)
        #expect(course.identity == CourseIdentity(id: "the-long-thaw", origin: .articleTitle))
        #expect(CourseIdentity.read(courseAt: root) == course.identity)
        let warnings = CourseCheck.warnings(for: course).filter { $0.rule == .courseIDMissing }.map(\.description)
        #expect(warnings == [
            "Quizzes/course.yaml: warning[course-id-missing]: the course declares no id, so its learners' progress is kept"
                + " under 'the-long-thaw', made from the article's title, which moves it if that changes: add"
                + " Quizzes/course.yaml holding the line 'id: the-long-thaw'",
        ])
    }

    @Test(arguments: [
        ("id: Emery-2014\n", "Quizzes/course.yaml:1: course id 'Emery-2014' is not allowed: it must start with a lowercase letter (a-z)"),
        ("id: emery 2014\n", "Quizzes/course.yaml:1: course id 'emery 2014' is not allowed: it contains ' '; an id holds only lowercase letters, digits and hyphens"),
        ("id: 2014-emery\n", "Quizzes/course.yaml:1: course id '2014-emery' is not allowed: it must start with a lowercase letter (a-z)"),
        ("id: \(String(repeating: "a", count: 65))\n", "is not allowed: it has 65 characters; an id has at most 64"),
        ("id: emery_2014\n", "it contains '_'"),
        ("id: \"\"\n", "Quizzes/course.yaml:1: field 'id' is empty"),
        ("id: [a, b]\n", "Quizzes/course.yaml:1: field 'id' must be a single value, not a list or mapping"),
        ("name: x\n", "Quizzes/course.yaml:1: unknown field 'name' in the file (known fields: id)"),
        ("title: x\nid: ok\n", "unknown field 'title'"),
        ("- id: x\n", "Quizzes/course.yaml:1: the file must be a mapping of fields"),
        ("id: [x\n", "Quizzes/course.yaml:2: YAML syntax error"),
        ("", "Quizzes/course.yaml:1: the file is empty"),
    ])
    func aMalformedCourseFileIsAnErrorWithItsLine(text: String, expected: String) throws {
        let root = try CourseFixture.minimal(editing: .write("Quizzes/course.yaml", text))
        do {
            _ = try CourseLoader.load(from: root)
            Issue.record("the course loaded with course.yaml \(text.debugDescription)")
        } catch {
            #expect(error.description.contains(expected), "\(error.description)")
        }
    }

    @Test(arguments: [
        ("The Long Thaw", "the-long-thaw"),
        ("Iran and Iraq: the 2014 talks — Emery's view", "iran-and-iraq-the-2014-talks-emery-s-view"),
        ("Zoë's Café", "zoe-s-cafe"),
        ("2019: a year", "course-2019-a-year"),
        ("", "course"),
        ("!!!", "course"),
        ("李白", "course"),
        (String(repeating: "word ", count: 30), String(repeating: "word-", count: 12) + "word"),
        (String(repeating: "abcdefg ", count: 10), String(repeating: "abcdefg-", count: 7) + "abcdefg"),
    ])
    func titlesBecomeIdsThatPassTheRules(title: String, id: String) {
        #expect(CourseIdentity.slug(title) == id)
        #expect(CourseIdentity.problem(with: CourseIdentity.slug(title)) == nil)
    }

    @Test func aSharedProgressFolderKeepsEachCourseApartAndTheCoursesOwnFolderDoesNot() throws {
        let course = try CourseFixture.minimal()
        let shared = try Fixtures.temporaryDirectory("lectern-shared")
        let here = URL(fileURLWithPath: "/")
        let explicit = CourseLocator.progressLocation(
            explicit: shared.path, environment: [:], course: course, currentDirectory: here)
        #expect(explicit == ProgressLocation(
            directory: shared.appendingPathComponent("long-thaw-minimal", isDirectory: true), shared: shared,
            courseID: "long-thaw-minimal"))
        let fromEnvironment = CourseLocator.progressLocation(
            explicit: nil, environment: ["LECTERN_PROGRESS_DIR": shared.path], course: course, currentDirectory: here)
        #expect(fromEnvironment == explicit)
        let own = CourseLocator.progressLocation(explicit: nil, environment: [:], course: course, currentDirectory: here)
        #expect(own == ProgressLocation(directory: course.appendingPathComponent("Progress")))
    }

    @Test func theReadOnlyFallbackIsSharedToo() throws {
        let course = try CourseFixture.minimal()
        let data = try Fixtures.temporaryDirectory("lectern-data")
        let location = CourseLocator.progressLocation(
            explicit: nil, environment: ["XDG_DATA_HOME": data.path, "HOME": "/nonexistent"], course: course,
            currentDirectory: course, isWritable: { _ in false })
        let shared = data.appendingPathComponent("lectern/Progress")
        #expect(location == ProgressLocation(
            directory: shared.appendingPathComponent("long-thaw-minimal", isDirectory: true), shared: shared,
            courseID: "long-thaw-minimal"))
        let home = CourseLocator.progressLocation(
            explicit: nil, environment: ["HOME": "/home/ada"], course: course, currentDirectory: course,
            isWritable: { _ in false })
        #expect(home.directory.path == "/home/ada/.local/share/lectern/Progress/long-thaw-minimal")
    }

    @Test func theClassFolderIsTheCoursesPartOfASharedFolderAndOtherwiseTheFolderGiven() throws {
        let shared = try Fixtures.temporaryDirectory("lectern-class")
        #expect(CourseLocator.classFolder(shared.path, courseID: "thaw").path == shared.path)
        let part = shared.appendingPathComponent("thaw/ada")
        try FileManager.default.createDirectory(at: part, withIntermediateDirectories: true)
        #expect(CourseLocator.classFolder(shared.path, courseID: "thaw").path == shared.appendingPathComponent("thaw").path)
        // A learner who happens to be called like the course is a learner, not the course's part.
        try Data().write(to: shared.appendingPathComponent("thaw/review-log.jsonl"))
        #expect(CourseLocator.classFolder(shared.path, courseID: "thaw").path == shared.path)
    }
}
