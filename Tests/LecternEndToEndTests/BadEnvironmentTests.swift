import Foundation
import LecternTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The built `lectern` on a full disk, a read-only disk and without HOME. A full disk must never cost an
/// acknowledged answer: the answer that could not be written is not acknowledged, stays pending, and is saved once
/// there is room again.
@Suite(.serialized, .removingTemporaryFolders) struct BadEnvironmentTests {
    private static let course = CourseFixture.minimal.path
    private static let quiz = ["quiz", "--course", course, "--kind", "choice", "--seed", "3", "--learner", "ada", "--no-color"]

    private static func expectNoCrash(_ outcome: ProcessOutcome, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(outcome.status == 0 || outcome.status == 1, "\(outcome)", sourceLocation: sourceLocation)
        for trace in ["Fatal error", "Backtrace", "Stack dump"] {
            #expect(!outcome.standardError.contains(trace), "\(outcome)", sourceLocation: sourceLocation)
        }
    }

    /// Verdicts shown: answers acknowledged to the learner.
    private static func verdicts(_ text: String) -> Int {
        text.split(separator: "\n").filter { ["✓ Correct", "✗ Not right", "◐ Partly right"].contains(where: $0.hasPrefix) }.count
    }

    /// The log's lines; fails if the file ends in anything but a whole line.
    private static func logLines(_ folder: URL, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [[String: Any]] {
        let url = folder.appendingPathComponent("review-log.jsonl")
        guard let data = try? Data(contentsOf: url), !data.isEmpty else { return [] }
        #expect(data.last == 0x0A, "the log ends in part of a line", sourceLocation: sourceLocation)
        return try data.split(separator: 0x0A).map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any], "unreadable log line", sourceLocation: sourceLocation)
        }
    }

    // MARK: A full disk

    @Test func aFileSizeLimitRefusesAnswersClearlyKeepsThemPendingAndNeverLeavesHalfALine() throws {
        // Works without root: RLIMIT_FSIZE of 1 KB on the child, SIGXFSZ ignored, so writes past it fail with EFBIG
        // after writing what fits: exactly the partial write of a disk that fills up mid-line.
        let progress = try Fixtures.temporaryDirectory("lectern-full")
        defer { try? FileManager.default.removeItem(at: progress) }
        let wrapper = ["-c", "trap '' XFSZ; ulimit -f 1; exec \"$0\" \"$@\"", try BuiltBinary.lectern().path]
        let arguments = wrapper + Self.quiz + ["--count", "6", "--progress-dir", progress.path]
        let outcome = try BuiltBinary.run(
            URL(fileURLWithPath: "/bin/bash"), arguments: arguments,
            standardInput: Data(String(repeating: "1\n", count: 8).appending("quit\n").utf8), environment: EndToEnd.environment,
            timeout: .seconds(60))

        Self.expectNoCrash(outcome)
        #expect(ErrorLines.squeezed(outcome.standardError).contains("error: Could not save your answer (cannot write "), "\(outcome)")
        #expect(ErrorLines.squeezed(outcome.standardError).contains("File too large). It is kept: press Enter to try again, or type quit."), "\(outcome)")
        #expect(!ErrorLines.squeezed(outcome.standardError).contains("could not be saved (Could not save"), "the reason is said once: \(outcome)")
        #expect(outcome.standardOutput.contains("1 answer(s) could not be saved; 'recap <file>' keeps them in a recap."), "\(outcome)")
        // Every verdict shown is on disk, and the answer refused was never shown as graded.
        let folder = ProgressPlaces.learnerFolder(progress, "ada", course: CourseFixture.minimal)
        let reviews = try Self.logLines(folder).filter { $0["type"] as? String == "review" }
        #expect(reviews.count == Self.verdicts(outcome.standardOutput), "\(outcome)")
        #expect(reviews.count >= 1 && reviews.count < 6)

        let verify = try EndToEnd.run(["progress", "verify", "--course", Self.course, "--progress-dir", progress.path, "--learner", "ada"], input: "")
        #expect(verify.status == 0 && verify.standardOutput.contains("every line is readable"), "\(verify)")
        #expect(verify.standardError.isEmpty, "no torn line should be left to move aside: \(verify)")
    }

    @Test func aFullDiskRefusesTheAnswerThenSavesItWhenThereIsRoomAgain() throws {
        guard let disk = try SmallDisk(kilobytes: 64) else {
            // Not root, or no tmpfs: the RLIMIT_FSIZE test above covers refusing; only the retry goes untested.
            print("BadEnvironmentTests: cannot mount a tmpfs here; the retry after freeing space is not tested")
            return
        }
        defer { disk.unmount() }
        let first = try EndToEnd.run(["lessons", "--course", Self.course, "--progress-dir", disk.folder.path, "--learner", "ada"], input: "")
        #expect(first.status == 0, "\(first)")
        try disk.fill()

        let binary = try BuiltBinary.lectern()
        let session = try TerminalSession(
            command: [binary.path] + Self.quiz + ["--count", "2", "--progress-dir", disk.folder.path], width: 250, height: 40)
        defer { session.close() }
        try session.waitFor("quiz 1/2>", timeout: .seconds(30))
        try session.typeLine("1")
        let refused = try session.waitFor("Could not save your answer")
        #expect(refused.contains("No space left on device"), "\(refused)")
        #expect(Self.verdicts(refused) == 0, "an answer that was not saved must not be shown as graded:\n\(refused)")
        #expect(try Self.logLines(ProgressPlaces.learnerFolder(disk.folder, "ada", course: CourseFixture.minimal)).isEmpty)

        try session.typeLine("")  // still full: refused again, still kept
        try session.waitUntil("a second refusal") { $0.components(separatedBy: "Could not save your answer").count == 3 }
        disk.makeRoom()
        try session.typeLine("")
        let saved = try session.waitUntil("the verdict after room was made") { Self.verdicts($0) == 1 }
        #expect(saved.contains("quiz 2/"), "\(saved)")  // 2/3 when the saved answer was wrong and comes back
        try session.typeLine("quit")
        #expect(try session.waitForExit() == 0)
        let reviews = try Self.logLines(ProgressPlaces.learnerFolder(disk.folder, "ada", course: CourseFixture.minimal)).filter { $0["type"] as? String == "review" }
        #expect(reviews.count == 1, "the pending answer is saved exactly once")
    }

    // MARK: A read-only disk

    @Test func aReadOnlyDiskIsAClearErrorBeforeAnyQuestionAndChangesNothing() throws {
        guard let disk = try SmallDisk(kilobytes: 256) else {
            print("BadEnvironmentTests: cannot mount a tmpfs here; the read-only disk is not tested")
            return
        }
        defer { disk.unmount() }
        let first = try EndToEnd.run(Self.quiz + ["--count", "1", "--progress-dir", disk.folder.path], input: "1\n")
        #expect(first.status == 0, "\(first)")
        let folder = ProgressPlaces.learnerFolder(disk.folder, "ada", course: CourseFixture.minimal)
        let before = try Data(contentsOf: folder.appendingPathComponent("review-log.jsonl"))
        try disk.remountReadOnly()

        for (arguments, learner) in [(Self.quiz + ["--count", "1"], "ada"), (["lessons", "--course", Self.course, "--learner", "bob"], "bob")] {
            let outcome = try EndToEnd.run(arguments + ["--progress-dir", disk.folder.path], input: "1\n")
            #expect(outcome.status == 1, "\(outcome)")
            #expect(ErrorLines.messages(in: outcome.standardError) == ["error: cannot write to \(ProgressPlaces.learnerFolder(disk.folder, learner, course: CourseFixture.minimal).path): Read-only file system; use --progress-dir or fix permissions"], "\(outcome)")
            #expect(!outcome.standardOutput.contains("Question"), "\(outcome)")
        }
        #expect(try Data(contentsOf: folder.appendingPathComponent("review-log.jsonl")) == before)
    }

    // MARK: No HOME

    @Test func withoutHomeUserOrLognameThePipedShellWorksAndUsesTheLearnerCalledLearner() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-nohome")
        defer { try? FileManager.default.removeItem(at: progress) }
        var environment = EndToEnd.environment
        for name in ["HOME", "USER", "LOGNAME", "XDG_DATA_HOME"] { environment[name] = nil }
        let outcome = try EndToEnd.run(
            ["--course", Self.course, "--progress-dir", progress.path], input: "lessons\nstudy 1\n\nquit\n", environment: environment)
        #expect(outcome.status == 0, "\(outcome)")
        #expect(outcome.standardError.isEmpty, "\(outcome)")
        #expect(outcome.standardOutput.contains("Lesson 1 · 2001: a common enemy"), "\(outcome)")
        #expect(FileManager.default.fileExists(atPath: ProgressPlaces.learnerFolder(progress, "learner", course: CourseFixture.minimal).appendingPathComponent("review-log.jsonl").path))
    }

    @Test func withoutHomeAtATerminalReadlineStartsAndCtrlDLeaves() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-nohome")
        defer { try? FileManager.default.removeItem(at: progress) }
        let session = try TerminalSession(
            command: ["env", "-u", "HOME", "-u", "INPUTRC", "-u", "USER", try BuiltBinary.lectern().path,
                      "--course", Self.course, "--progress-dir", progress.path, "--no-color"])
        defer { session.close() }
        try session.waitUntil("the prompt", timeout: .seconds(30)) { _ in try session.lastLine() == "lectern>" }
        try session.typeLine("lessons")
        try session.waitFor("Type 'study 1' to begin")
        try session.press(.controlD)
        #expect(try session.waitForExit() == 0)
    }
}

/// A small tmpfs mounted for one test (root only), removed again by `unmount()`.
private final class SmallDisk {
    let folder: URL
    private let root: URL
    private var filler: URL { folder.appendingPathComponent(".filler") }

    /// Mounts a tmpfs of `kilobytes`; nil when this process may not mount (not root, no tmpfs, a container).
    init?(kilobytes: Int) throws {
        guard geteuid() == 0 else { return nil }
        root = try Fixtures.temporaryDirectory("lectern-disk")
        folder = root.appendingPathComponent("mnt")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        guard Self.run(["mount", "-t", "tmpfs", "-o", "size=\(kilobytes)k,mode=0700", "tmpfs", folder.path]) else {
            try? FileManager.default.removeItem(at: root)
            return nil
        }
    }

    /// Writes a file until the disk refuses more.
    func fill() throws {
        let descriptor = open(filler.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { close(descriptor) }
        let chunk = [UInt8](repeating: 0x2E, count: 512)
        while chunk.withUnsafeBytes({ write(descriptor, $0.baseAddress, $0.count) }) > 0 {}
        #expect(errno == ENOSPC, "the disk should be full: \(String(cString: strerror(errno)))")
    }

    /// Removes the filler.
    func makeRoom() {
        unlink(filler.path)
    }

    func remountReadOnly() throws {
        guard Self.run(["mount", "-o", "remount,ro", folder.path]) else { throw CocoaError(.fileWriteVolumeReadOnly) }
    }

    func unmount() {
        if !Self.run(["umount", folder.path]) { _ = Self.run(["umount", "-l", folder.path]) }
        try? FileManager.default.removeItem(at: root)
    }

    private static func run(_ arguments: [String]) -> Bool {
        let outcome = try? BuiltBinary.run(URL(fileURLWithPath: "/usr/bin/env"), arguments: arguments, environment: Fixtures.childEnvironment, timeout: .seconds(20))
        return outcome?.status == 0
    }
}
