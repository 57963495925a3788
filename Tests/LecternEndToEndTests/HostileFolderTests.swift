import Foundation
import LecternTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The built `lectern` over learner folders built to hurt whoever opens them: links planted where its files go, a
/// FIFO as the snapshot, standard output and error closed, a full disk under a torn last line, names with invisible
/// characters. Each is refused by name (or survived), and nothing outside the learner's folder is touched.
@Suite(.serialized, .removingTemporaryFolders) struct HostileFolderTests {
    private static let course = CourseFixture.minimal.path

    /// A progress folder with learner `ada`, who answered one question, and a folder outside it; removed by `clean`.
    private struct Place {
        let root: URL
        var progress: URL { root.appendingPathComponent("progress") }
        /// The course's part of the progress folder, which holds its learners.
        var part: URL { ProgressPlaces.coursePart(progress, course: CourseFixture.minimal) }
        var ada: URL { part.appendingPathComponent("ada") }
        var outside: URL { root.appendingPathComponent("outside") }

        init() throws {
            root = try Fixtures.temporaryDirectory("lectern-hostile")
            try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
            let first = try EndToEnd.run(quiz(1), input: "1\n")
            #expect(first.status == 0, "\(first)")
        }

        func quiz(_ count: Int) -> [String] {
            ["quiz", "--kind", "choice", "--seed", "3", "--count", "\(count)", "--no-color"] + place()
        }

        func place(learner: String = "ada") -> [String] {
            ["--course", HostileFolderTests.course, "--progress-dir", progress.path, "--learner", learner]
        }

        /// Puts a link called `name` in ada's folder, pointing at a file outside holding `text`; returns the file.
        func plantLink(_ name: String, text: String = "the teacher's private notes\n") throws -> URL {
            let target = outside.appendingPathComponent("private-\(name)")
            try Data(text.utf8).write(to: target)
            chmod(target.path, 0o600)
            let place = ada.appendingPathComponent(name)
            try? FileManager.default.removeItem(at: place)
            try FileManager.default.createSymbolicLink(at: place, withDestinationURL: target)
            return target
        }

        /// `lectern report --class` over the progress folder, stopped after 20 s (a regression that blocks).
        func classReport() throws -> ProcessOutcome {
            try EndToEnd.run(
                ["report", "--class", progress.path, "--course", HostileFolderTests.course, "--no-color"],
                timeout: .seconds(20))
        }

        func clean() { try? FileManager.default.removeItem(at: root) }
    }

    private static func text(_ url: URL) -> String? {
        (try? Data(contentsOf: url)).map { String(decoding: $0, as: UTF8.self) }
    }

    // MARK: Links

    @Test(arguments: ["review-log.jsonl", "snapshot.json", ".lock"])
    func aLinkPlantedAsALearnerFileIsRefusedAndWhatItPointsAtIsUntouched(name: String) throws {
        let place = try Place()
        defer { place.clean() }
        let target = try place.plantLink(name)

        for arguments in [["lessons"] + place.place(), place.quiz(1)] {
            let outcome = try EndToEnd.run(arguments, input: "1\n")
            #expect(outcome.status == 1, "\(outcome)")
            #expect(ErrorLines.squeezed(outcome.standardError).contains(
                "error: refused \(place.ada.path)/\(name): it is a symbolic link (Lectern follows no links in a learner's"
                    + " folder); it was left untouched"), "\(outcome)")
            #expect(!outcome.standardOutput.contains("Question 1"), "\(outcome)")
        }
        #expect(Self.text(target) == "the teacher's private notes\n")
        #expect(permissionBits(target) == 0o600)
        let names = try FileManager.default.contentsOfDirectory(atPath: place.ada.path)
        #expect(!names.contains { $0.contains("set-aside") || $0.contains("backup") }, "nothing was copied in: \(names)")
    }

    @Test func progressRepairNeverCopiesThroughALinkedLog() throws {
        let place = try Place()
        defer { place.clean() }
        let target = try place.plantLink("review-log.jsonl", text: "secret line one\nsecret line two\n")
        let outcome = try EndToEnd.run(["progress", "repair"] + place.place())
        #expect(outcome.status == 1, "\(outcome)")
        #expect(ErrorLines.squeezed(outcome.standardError).contains("refused \(place.ada.path)/review-log.jsonl: it is a symbolic link"), "\(outcome)")
        #expect(Self.text(target) == "secret line one\nsecret line two\n")
        #expect(!FileManager.default.fileExists(atPath: place.ada.appendingPathComponent("review-log.jsonl.corrupt").path))
    }

    @Test func aLinkAsTheLearnerFolderIsRefusedAndNothingIsWrittenWhereItPoints() throws {
        let place = try Place()
        defer { place.clean() }
        let elsewhere = place.outside.appendingPathComponent("bob-elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: place.part.appendingPathComponent("bob"), withDestinationURL: elsewhere)

        let outcome = try EndToEnd.run(["lessons"] + place.place(learner: "bob"))
        #expect(outcome.status == 1, "\(outcome)")
        #expect(ErrorLines.squeezed(outcome.standardError).contains("error: refused \(place.part.path)/bob: it is a symbolic link"), "\(outcome)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
    }

    @Test func removingALearnerNeverMovesThemOutOfTheProgressFolderThroughALinkedRemovedFolder() throws {
        let place = try Place()
        defer { place.clean() }
        try FileManager.default.createSymbolicLink(at: place.part.appendingPathComponent(".removed"), withDestinationURL: place.outside)

        let outcome = try EndToEnd.run(["learners", "remove", "ada", "--yes"] + place.place())
        #expect(outcome.status == 1, "\(outcome)")
        #expect(ErrorLines.squeezed(outcome.standardError).contains("refused \(place.part.path)/.removed: it is a symbolic link"), "\(outcome)")
        #expect(FileManager.default.fileExists(atPath: place.ada.appendingPathComponent("review-log.jsonl").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: place.outside.path).isEmpty)
    }

    @Test func theClassReportFollowsNoLinkOutOfItsFolder() throws {
        let place = try Place()
        defer { place.clean() }
        // Someone else's learner folder, outside DIR, reached through a link inside it.
        let other = try Place()
        defer { other.clean() }
        try FileManager.default.createSymbolicLink(at: place.part.appendingPathComponent("eve"), withDestinationURL: other.ada)

        let outcome = try place.classReport()
        #expect(outcome.status == 0, "\(outcome)")
        #expect(outcome.standardOutput.contains("eve"), "the link is listed as left out: \(outcome)")
        #expect(outcome.standardOutput.contains("is a symbolic link"), "\(outcome)")
        #expect(outcome.standardOutput.contains("1 learner") || outcome.standardOutput.contains("ada"), "\(outcome)")
    }

    @Test func theCommandHistoryIsNeverWrittenThroughALink() throws {
        let place = try Place()
        defer { place.clean() }
        let target = try place.plantLink("history", text: "")
        let session = try TerminalSession(
            command: [try BuiltBinary.lectern().path] + place.place() + ["--no-color"], width: 250, height: 40)
        defer { session.close() }
        let started = try session.waitUntil("the prompt", timeout: .seconds(30)) {
            EndToEnd.lastLine(of: $0).trimmingCharacters(in: .whitespaces) == "lectern>"
        }
        #expect(started.contains("note: the command history is not kept: refused \(place.ada.path)/history: it is a symbolic link"), "\(started)")
        try session.typeLine("lessons")
        try session.waitFor("Type 'study 1' to begin")
        try session.typeLine("quit")
        #expect(try session.waitForExit() == 0)
        #expect(Self.text(target) == "", "typed commands went through the link")
    }

    // MARK: Files that are not regular files

    @Test func aFIFOAsTheSnapshotIsRefusedAtOnceInsteadOfBlockingEveryCommand() throws {
        let place = try Place()
        defer { place.clean() }
        let snapshot = place.ada.appendingPathComponent("snapshot.json")
        try FileManager.default.removeItem(at: snapshot)
        #expect(mkfifo(snapshot.path, 0o600) == 0)

        // The timeout is the guard: a regression blocks on the open, is stopped, and has no status.
        let lessons = try EndToEnd.run(["lessons"] + place.place(), timeout: .seconds(20))
        #expect(lessons.status == 1, "\(lessons)")
        #expect(ErrorLines.squeezed(lessons.standardError).contains(
            "error: refused \(snapshot.path): it is not a regular file (a FIFO); it was left untouched"), "\(lessons)")
        #expect(!ErrorLines.squeezed(lessons.standardError).contains("ermission denied"), "\(lessons)")

        let report = try place.classReport()
        #expect(report.status == 0, "\(report)")
        #expect(report.standardOutput.contains("snapshot.json is not a regular file (a FIFO)"), "\(report)")
    }

    @Test func aHugeSparseSnapshotIsLeftOutOfTheClassReportUnread() throws {
        let place = try Place()
        defer { place.clean() }
        let snapshot = place.ada.appendingPathComponent("snapshot.json")
        #expect(truncate(snapshot.path, 2 << 30) == 0)
        let report = try place.classReport()
        #expect(report.status == 0, "\(report)")
        #expect(report.standardOutput.contains("snapshot.json is \(2 << 30) bytes, more than the"), "\(report)")
    }

    // MARK: Standard output and error closed

    @Test func withStandardOutputAndErrorClosedNoTextLandsInTheLearnersFiles() throws {
        let place = try Place()
        defer { place.clean() }
        // Two answers and a line that is not one, so the quiz writes to both of its outputs.
        let arguments = ["-c", "exec \"$0\" \"$@\" >&- 2>&-", try BuiltBinary.lectern().path] + place.quiz(2)
        let outcome = try BuiltBinary.run(
            URL(fileURLWithPath: "/bin/sh"), arguments: arguments, standardInput: Data("nonsense\n1\n1\n".utf8),
            environment: EndToEnd.environment, timeout: .seconds(60))
        #expect(outcome.status == 0, "\(outcome)")

        let log = try #require(Self.text(place.ada.appendingPathComponent("review-log.jsonl")))
        let lines = log.split(separator: "\n")
        #expect(lines.count == 3, "one answer before, two now:\n\(log)")
        for line in lines {
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil, "not a record: \(line)")
        }
        let lock = try #require(Self.text(place.ada.appendingPathComponent(".lock")))
        #expect(lock.hasPrefix("{\"host\":") && lock.split(separator: "\n").count == 1, "the lock holds its note only:\n\(lock)")
    }

    // MARK: A full disk

    /// `lectern` under a file-size limit of 1 KiB (SIGXFSZ ignored): a write past it fails with EFBIG, as on a full
    /// disk, without needing root.
    private static func runLimited(_ arguments: [String], input: String) throws -> ProcessOutcome {
        let wrapper = ["-c", "trap '' XFSZ; ulimit -f 1; exec \"$0\" \"$@\"", try BuiltBinary.lectern().path]
        return try BuiltBinary.run(
            URL(fileURLWithPath: "/bin/bash"), arguments: wrapper + arguments, standardInput: Data(input.utf8),
            environment: EndToEnd.environment, timeout: .seconds(60))
    }

    @Test func aTornLastLineOnAFullDiskStillLetsTheLearnerReadAndSaysWhy() throws {
        let place = try Place()
        defer { place.clean() }
        let log = place.ada.appendingPathComponent("review-log.jsonl")
        // A torn answer longer than the limit: moving it to review-log.jsonl.corrupt cannot be done.
        let handle = try FileHandle(forWritingTo: log)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(("{\"type\":\"review\",\"response\":\"" + String(repeating: "x", count: 2000)).utf8))
        try handle.close()
        let before = try Data(contentsOf: log)

        let outcome = try Self.runLimited(["lessons"] + place.place(), input: "")
        #expect(outcome.status == 0, "\(outcome)")
        #expect(outcome.standardOutput.contains("Lessons of A. Writer"), "\(outcome)")
        #expect(ErrorLines.squeezed(outcome.standardError).contains(
            "note: read-only: the last line of review-log.jsonl (line 2) is unreadable and had to be moved to"
                + " review-log.jsonl.corrupt, and that failed (cannot write \(log.path).corrupt: File too large);"
                + " nothing was changed"), "\(outcome)")
        #expect(try Data(contentsOf: log) == before)
        // With room again, the next start moves it aside as usual.
        let later = try EndToEnd.run(["lessons"] + place.place())
        #expect(later.status == 0 && ErrorLines.squeezed(later.standardError).contains("moved it to review-log.jsonl.corrupt"), "\(later)")
    }

    @Test func aQuizWhoseAnswersWereSavedEndsWellWhenOnlyTheClosingSnapshotCannotBeWritten() throws {
        let place = try Place()
        defer { place.clean() }
        try FileManager.default.removeItem(at: place.ada)
        // Two answers fit in the log under 1 KiB (a choice answer keeps the option picked, `chosen`); the snapshot of
        // two questions does not.
        let outcome = try Self.runLimited(place.quiz(2), input: "1\n1\n")
        #expect(outcome.status == 0, "\(outcome)")
        #expect(ErrorLines.squeezed(outcome.standardError).contains(
            "note: snapshot.json could not be written (cannot write \(place.ada.path)/.snapshot.json.tmp-"), "\(outcome)")
        #expect(ErrorLines.squeezed(outcome.standardError).contains(
            "File too large); every answer is saved in review-log.jsonl, and the next start brings snapshot.json up to"
                + " date from it"), "\(outcome)")
        #expect(!ErrorLines.squeezed(outcome.standardError).contains("error:"), "\(outcome)")
        let log = try #require(Self.text(place.ada.appendingPathComponent("review-log.jsonl")))
        #expect(log.split(separator: "\n").count == 2)
        let names = try FileManager.default.contentsOfDirectory(atPath: place.ada.path)
        #expect(!names.contains { $0.contains(".tmp-") }, "no temporary file is left: \(names)")
    }

    // MARK: Names and messages

    @Test func aLearnerNameWithAnInvisibleCharacterIsRefusedNamingIt() throws {
        let place = try Place()
        defer { place.clean() }
        let outcome = try EndToEnd.run(["lessons"] + place.place(learner: "ada\u{200B}"))
        #expect(outcome.status == 1, "\(outcome)")
        #expect(ErrorLines.squeezed(outcome.standardError).contains("it contains U+200B ZERO WIDTH SPACE"), "\(outcome)")
        #expect(!outcome.standardError.unicodeScalars.contains("\u{200B}"), "the name is quoted escaped: \(outcome)")
        #expect(!FileManager.default.fileExists(atPath: place.part.appendingPathComponent("ada\u{200B}").path))

        let bidi = try EndToEnd.run(["lessons"] + place.place(learner: "\u{202E}ada"))
        #expect(bidi.status == 1 && ErrorLines.squeezed(bidi.standardError).contains("U+202E RIGHT-TO-LEFT OVERRIDE"), "\(bidi)")
    }

    @Test func aNameTooLongInBytesSaysSoRatherThanAskingToFixPermissions() throws {
        let place = try Place()
        defer { place.clean() }
        let outcome = try EndToEnd.run(["lessons"] + place.place(learner: String(repeating: "\u{1F600}", count: 64)))
        #expect(outcome.status == 1, "\(outcome)")
        #expect(ErrorLines.squeezed(outcome.standardError).contains("it is 256 bytes long in UTF-8; a learner's folder name may be at most 200 bytes"), "\(outcome)")
        #expect(!ErrorLines.squeezed(outcome.standardError).contains("fix permissions"), "\(outcome)")
    }
}

/// The permission bits of `url` itself.
private func permissionBits(_ url: URL) -> mode_t? {
    var status = stat()
    guard lstat(url.path, &status) == 0 else { return nil }
    return status.st_mode & 0o7777
}
