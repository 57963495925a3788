import Foundation
import LecternTestSupport
import Testing

/// Long output through `$PAGER` at a terminal, never in a pipe or with `--no-pager`; a pager that is missing or
/// fails falls back to printing directly, with nothing on the screen from the pager.
@Suite(.serialized, .removingTemporaryFolders) struct PagerTests {
    /// A pager script that notes it ran (in `mark`) and then shows its input, as `cat` does.
    private static func recordingPager(in folder: URL) throws -> (pager: URL, mark: URL) {
        let pager = folder.appendingPathComponent("pager.sh")
        let mark = folder.appendingPathComponent("pager-used")
        try "#!/bin/sh\necho used >> '\(mark.path)'\nexec cat\n".write(to: pager, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: pager.path)
        return (pager, mark)
    }

    private static func terminal(_ arguments: [String], pager: String, folder: URL) throws -> TerminalSession {
        try TerminalSession(
            command: [try BuiltBinary.lectern().path, "--course", Fixtures.packageRoot.path, "--progress-dir", folder.path, "--no-color"]
                + arguments,
            environment: ["PAGER": pager], width: 80, height: 24)
    }

    @Test func aLongReportAtATerminalGoesThroughThePagerAndAShortOneDoesNot() throws {
        let folder = try Fixtures.temporaryDirectory("lectern-pager")
        let (pager, mark) = try Self.recordingPager(in: folder)
        let session = try Self.terminal([], pager: pager.path, folder: folder)
        defer { session.close() }
        try session.waitUntil("the first prompt", timeout: .seconds(30)) { _ in try session.lastLine() == "lectern>" }
        try session.typeLine("lessons")
        try session.waitUntil("the lessons, then the prompt") { screen in
            try screen.contains("lessons") && session.lastLine() == "lectern>"
        }
        #expect(!FileManager.default.fileExists(atPath: mark.path), "lessons is not a paged command")
        try session.typeLine("timeline")
        try session.waitUntil("the timeline, then the prompt") { _ in
            try FileManager.default.fileExists(atPath: mark.path) && session.lastLine() == "lectern>"
        }
        #expect(try String(contentsOf: mark, encoding: .utf8) == "used\n")
        #expect(try session.isRunning())
    }

    @Test func aMissingOrFailingPagerFallsBackToPrintingWithoutErrors() throws {
        let folder = try Fixtures.temporaryDirectory("lectern-pager")
        let failing = folder.appendingPathComponent("failing.sh")
        try "#!/bin/sh\necho 'pager broke' >&2\nexit 3\n".write(to: failing, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: failing.path)
        for pager in [folder.appendingPathComponent("no-such-pager").path, failing.path] {
            let session = try Self.terminal(["timeline"], pager: pager, folder: folder)
            defer { session.close() }
            let status = try session.waitForExit(timeout: .seconds(30))
            let screen = try session.lines().joined(separator: "\n")
            #expect(status == 0, "\(pager): \(screen)")
            #expect(screen.contains("Timeline") || screen.contains("timeline") || screen.contains("2014"), "\(pager): the timeline is printed: \(screen)")
            #expect(!screen.contains("pager broke") && !screen.contains("not found"), "\(pager): \(screen)")
        }
    }

    @Test func aPipeAndNoPagerNeverUseThePager() throws {
        let folder = try Fixtures.temporaryDirectory("lectern-pager")
        let (pager, mark) = try Self.recordingPager(in: folder)
        var environment = EndToEnd.environment
        environment["PAGER"] = pager.path
        let piped = try EndToEnd.run(
            ["timeline", "--course", EndToEnd.bundledCourse.path, "--progress-dir", folder.path], environment: environment)
        #expect(piped.status == 0)
        #expect(piped.standardOutput.split(separator: "\n").count > 24, "the timeline is longer than a screen")
        #expect(!FileManager.default.fileExists(atPath: mark.path), "a pipe is never paged")

        let session = try Self.terminal(["--no-pager", "timeline"], pager: pager.path, folder: folder)
        defer { session.close() }
        #expect(try session.waitForExit(timeout: .seconds(30)) == 0)
        #expect(!FileManager.default.fileExists(atPath: mark.path), "--no-pager prints directly")
    }
}
