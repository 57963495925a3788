import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// The course stamp: a fingerprint that changes with any change to the course files or the program, and a small file
/// that reads back exactly or not at all.
@Suite(.removingTemporaryFolders) struct CourseStampTests {
    /// A program file of the test's own, so its size and time can be changed.
    private func program() throws -> URL {
        let url = try Fixtures.temporaryDirectory("lectern-program").appendingPathComponent("lectern")
        try Data("first build".utf8).write(to: url)
        return url
    }

    private func fingerprint(_ root: URL, _ program: URL) throws -> UInt64 {
        try #require(CourseStamp.fingerprint(of: root, program: program.path))
    }

    @Test func theFingerprintIsStableWhileNothingChanges() throws {
        let root = try CourseFixture.copy()
        let program = try program()
        #expect(try fingerprint(root, program) == fingerprint(root, program))
        // The same bytes in another folder: the path is not part of the fingerprint (the stamp's file name is).
        #expect(try fingerprint(root, program) == fingerprint(try CourseFixture.copy(), program))
    }

    @Test(arguments: [
        CourseEdit.write("Lessons/01-a-common-enemy.md", "# Changed\n"),
        .write("Quizzes/questions/extra.yaml", "[]\n"),
        .write("Lessons/notes.txt", ""),
        .remove("Quizzes/questions"),
        .write("Lessons/source/article.json.bak", "{}"),
    ])
    func anyChangeToTheFilesChangesTheFingerprint(edit: CourseEdit) throws {
        let program = try program()
        let before = try fingerprint(try CourseFixture.copy(), program)
        #expect(try fingerprint(try CourseFixture.copy(editing: [edit]), program) != before)
    }

    @Test func aSwappedByteOfTheSameSizeChangesTheFingerprint() throws {
        let root = try CourseFixture.copy()
        let program = try program()
        let before = try fingerprint(root, program)
        let url = root.appendingPathComponent(CourseLoader.articlePath)
        var bytes = [UInt8](try Data(contentsOf: url))
        bytes[bytes.count / 2] ^= 0x20
        try Data(bytes).write(to: url)
        #expect(try fingerprint(root, program) != before)
    }

    @Test func aNewBuildOfTheProgramChangesTheFingerprint() throws {
        let root = try CourseFixture.copy()
        let program = try program()
        let before = try fingerprint(root, program)
        try Data("second build, longer".utf8).write(to: program)
        #expect(try fingerprint(root, program) != before)
    }

    @Test func noFingerprintWithoutTheProgramOrTheFolders() throws {
        let program = try program()
        #expect(CourseStamp.fingerprint(of: try CourseFixture.copy(), program: "/nonexistent/lectern") == nil)
        #expect(CourseStamp.fingerprint(of: try CourseFixture.copy(editing: [.remove("Quizzes")]), program: program.path) == nil)
    }

    @Test func aStampReadsBackAsWritten() throws {
        let folder = try Fixtures.temporaryDirectory("lectern-stamp")
        let url = folder.appendingPathComponent("deep/er/course.stamp")
        let stamp = CourseStamp(
            fingerprint: 0xfeed_beef_0000_0001,
            summary: CourseSummary(title: "A title: with ‘quotes’ and  spaces ", author: "Ann Author", year: 2014, lessonCount: 9))
        stamp.write(to: url)
        #expect(CourseStamp.read(from: url) == stamp)
        #expect(try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path) == ["course.stamp"])
    }

    @Test func aTitleOnTwoLinesIsNeverStamped() throws {
        let url = try Fixtures.temporaryDirectory("lectern-stamp").appendingPathComponent("course.stamp")
        CourseStamp(fingerprint: 1, summary: CourseSummary(title: "two\nlines", author: "A", year: 2014, lessonCount: 1))
            .write(to: url)
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }

    @Test(arguments: [
        "", "lectern course stamp 1\n", "lectern course stamp 2\nfingerprint 1\nyear 2014\nlessons 9\ntitle T\nauthor A\n",
        "lectern course stamp 1\nfingerprint xyz\nyear 2014\nlessons 9\ntitle T\nauthor A\n",
        "lectern course stamp 1\nfingerprint 1\nyear 2014\nlessons 9\ntitle T\n",
        "lectern course stamp 1\nfingerprint 1\nyear 2014\nlessons 9\ntitle T\nauthor A",
        "lectern course stamp 1\nfingerprint 1\nyear 2014\nlessons 9\ntitle T\nauthor A\nextra line\n",
    ])
    func aDamagedStampReadsAsNone(text: String) throws {
        let url = try Fixtures.temporaryDirectory("lectern-stamp").appendingPathComponent("course.stamp")
        try Data(text.utf8).write(to: url)
        #expect(CourseStamp.read(from: url) == nil)
    }

    @Test func theStampLivesInTheCacheFolderOnePerCourse() {
        let one = URL(fileURLWithPath: "/srv/courses/one"), two = URL(fileURLWithPath: "/srv/courses/two")
        let xdg = CourseStamp.location(for: one, environment: ["XDG_CACHE_HOME": "/c", "HOME": "/h"])
        #expect(xdg?.path.hasPrefix("/c/lectern/course-") == true)
        #expect(CourseStamp.location(for: one, environment: ["HOME": "/h"])?.path.hasPrefix("/h/.cache/lectern/") == true)
        #expect(CourseStamp.location(for: one, environment: ["XDG_CACHE_HOME": "relative"]) == nil)
        #expect(CourseStamp.location(for: one, environment: [:]) == nil)
        #expect(xdg != CourseStamp.location(for: two, environment: ["XDG_CACHE_HOME": "/c"]))
    }

    @Test func deferredWorkRunsOnItsOwnThreadAndIsWaitedFor() {
        let gate = DispatchSemaphore(value: 0)
        let deferred = Deferred { () -> Int in
            gate.wait()
            return 42
        }
        // The work is blocked on the gate, yet the initialiser returned: it runs on a thread of its own.
        #expect(!deferred.isReady)
        gate.signal()
        #expect(deferred.value == 42)
        #expect(deferred.isReady)
        #expect(Deferred(value: "now").isReady)
    }
}
