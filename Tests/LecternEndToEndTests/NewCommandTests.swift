import Foundation
import LecternTestSupport
import Testing

/// `lectern new DIR --from FILE` through the built binary: each format makes a course that passes
/// `check --strict` at once and opens in the shell; the same article gives the same bytes; bad places and bad files
/// are refused with their reason and status.
@Suite(.removingTemporaryFolders) struct NewCommandTests {
    static func article(_ name: String) -> String { Fixtures.url("articles/\(name)").path }

    /// A fresh folder path that does not exist yet.
    static func target(_ label: String = "new-course") throws -> URL {
        try Fixtures.temporaryDirectory(label).appendingPathComponent("course")
    }

    /// Every file under `folder`, by relative path.
    static func files(in folder: URL) throws -> [String: Data] {
        var found: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            found[String(url.path.dropFirst(folder.path.count + 1))] = try Data(contentsOf: url)
        }
        return found
    }

    @Test(arguments: ["harbour.txt", "harbour.md", "harbour.html"])
    func anArticlePassesCheckStrictAtOnceAndOpensInTheShell(name: String) throws {
        let course = try Self.target()
        let made = try EndToEnd.run(["new", course.path, "--from", Self.article(name)])
        #expect(made.status == 0, "\(made)")
        #expect(made.standardOutput.contains("6 paragraphs, 2 lesson stubs"), "\(made)")
        let check = try EndToEnd.run(["check", "--strict", course.path])
        #expect(check.status == 0, "\(check)")
        #expect(check.standardOutput.contains("ok · 2 lessons"), "\(check)")
        #expect(ErrorLines.squeezed(check.standardError).contains("draft questions are not served or checked"), "\(check)")
        let progress = try Fixtures.temporaryDirectory("new-progress")
        let shell = try EndToEnd.run(
            ["--course", course.path, "--progress-dir", progress.path], input: "lessons\nquiz\nquit\n")
        #expect(shell.status == 0, "\(shell)")
        #expect(shell.standardOutput.contains("The Harbour of São Brás"), "\(shell)")
        #expect(shell.standardOutput.contains("2 lessons"), "\(shell)")
        // Every question is a draft: nothing is served.
        #expect(!shell.standardOutput.contains("Fill the gap"), "\(shell)")
    }

    @Test func theBundledArticleAsPlainTextBecomesACourseWithItsPeopleAndYears() throws {
        let course = try Self.target()
        let made = try EndToEnd.run(["new", course.path, "--from", Self.article("emery-2014.txt"), "--year", "2014"])
        #expect(made.status == 0, "\(made)")
        let check = try EndToEnd.run(["check", "--strict", course.path])
        #expect(check.status == 0, "\(check)")
        let actors = try String(contentsOf: course.appendingPathComponent("Quizzes/actors.yaml"), encoding: .utf8)
        for name in ["\"Bush\"", "\"Cheney\"", "\"Crocker\"", "\"Rouhani\""] { #expect(actors.contains(name), "no \(name)") }
        let events = try String(contentsOf: course.appendingPathComponent("Quizzes/events.yaml"), encoding: .utf8)
        for date in ["2001", "2002", "2003", "2013-09-27"] { #expect(events.contains("date: \"\(date)\""), "no \(date)") }
        let article = try String(contentsOf: course.appendingPathComponent("Lessons/source/article.json"), encoding: .utf8)
        #expect(article.contains("\"year\": 2014,") && article.contains("\"license\": \"TODO\","))
        // Accepting every draft makes a course that loads; its rules are then the author's to meet.
        let drafts = try EndToEnd.run(["check", "--drafts", course.path])
        #expect(drafts.standardOutput.contains("71 authored and"), "\(drafts)")
        let coverage = try EndToEnd.run(["check", "--coverage", course.path])
        #expect(coverage.status == 0, "\(coverage)")
        #expect(coverage.standardOutput.contains("  p1: Lessons/01-part-1.md:17 (section \"About p1\")"), "\(coverage)")
    }

    @Test func theSameArticleWritesTheSameBytes() throws {
        let first = try Self.target("new-a")
        let second = try Self.target("new-b")
        for folder in [first, second] {
            let made = try EndToEnd.run(["new", folder.path, "--from", Self.article("harbour.html")])
            #expect(made.status == 0, "\(made)")
        }
        let files = try Self.files(in: first)
        #expect(files.count == 9)
        #expect(files == (try Self.files(in: second)))
    }

    @Test func aFolderThatIsNotEmptyIsRefusedAndLeftAsItWas() throws {
        let folder = try Fixtures.temporaryDirectory("new-full")
        let keep = folder.appendingPathComponent("notes.txt")
        try Data("mine\n".utf8).write(to: keep)
        let made = try EndToEnd.run(["new", folder.path, "--from", Self.article("harbour.txt")])
        #expect(made.status == 64, "\(made)")
        #expect(ErrorLines.squeezed(made.standardError).contains("\(folder.path) is not empty (1 entry)"), "\(made)")
        #expect(try Self.files(in: folder) == ["notes.txt": Data("mine\n".utf8)])
    }

    @Test func aSymbolicLinkIsNeverFollowed() throws {
        let place = try Fixtures.temporaryDirectory("new-link")
        let elsewhere = try Fixtures.temporaryDirectory("new-elsewhere")
        let link = place.appendingPathComponent("course")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: elsewhere)
        let made = try EndToEnd.run(["new", link.path, "--from", Self.article("harbour.txt")])
        #expect(made.status == 64, "\(made)")
        #expect(ErrorLines.squeezed(made.standardError).contains("is a symbolic link"), "\(made)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
    }

    @Test func anEmptyABinaryAndAMissingArticleAreRefusedWithTheirReason() throws {
        let folder = try Fixtures.temporaryDirectory("new-bad")
        let empty = folder.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let binary = folder.appendingPathComponent("photo.txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]).write(to: binary)
        let cases: [(URL, Int32, String)] = [
            (empty, 65, "empty.txt: no paragraphs of text were found in the file"),
            (binary, 65, "photo.txt: the file is binary, not text"),
            (folder.appendingPathComponent("missing.txt"), 1, "cannot read"),
        ]
        for (file, status, message) in cases {
            let target = try Self.target("new-bad-target")
            let made = try EndToEnd.run(["new", target.path, "--from", file.path])
            #expect(made.status == status, "\(made)")
            #expect(ErrorLines.squeezed(made.standardError).contains(message), "\(made)")
            #expect(!FileManager.default.fileExists(atPath: target.path), "\(made)")
        }
    }
}
