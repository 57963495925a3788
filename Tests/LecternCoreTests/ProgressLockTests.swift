import Foundation
import LecternCore
import Testing

@Suite(.removingTemporaryFolders) struct ProgressLockTests {
    typealias F = ProgressFixtures

    @Test func aSecondStoreInTheSameProcessIsReadOnlyAndNamesTheHolder() throws {
        let directory = try F.folder()
        let first = try F.open(directory)
        try first.append(F.review("q", at: F.start))
        let second = try F.open(directory)
        guard case let .readOnly(.lockedBy(holder)) = second.mode else {
            Issue.record("expected read-only, got \(second.mode)")
            return
        }
        #expect(holder?.pid == getpid())
        #expect(holder?.program == "lectern test")
        #expect(second.snapshot.totals.answers == 1)
        do {
            try second.append(F.review("q", at: F.start))
            Issue.record("a read-only store accepted a record")
        } catch {
            #expect(error.description.contains("another Lectern is using this learner: lectern test (pid \(getpid())"))
        }
        #expect(throws: ProgressError.self) { try second.repair(now: F.start) }
        first.close()
        let third = try F.open(directory)
        #expect(third.mode == .readWrite)
    }

    @Test func aLockHeldByAChildProcessMakesTheStoreReadOnlyAndNamesIt() throws {
        let directory = try F.folder()
        let folder = directory.appendingPathComponent("ada")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let lock = folder.appendingPathComponent(".lock")
        let ready = directory.appendingPathComponent("ready")
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The child takes the lock with flock(1), writes its note the way Lectern does, then waits.
        child.arguments = ["-c", """
            exec 9<>"$1"
            flock -x -n 9 || exit 3
            printf '{"host":"childhost","pid":%d,"program":"lectern quiz","startedAt":"2025-01-01T00:00:00Z"}\\n' $$ >&9
            : > "$2"
            exec sleep 30
            """, "sh", lock.path, ready.path]
        try child.run()
        defer { child.terminate(); child.waitUntilExit() }
        for _ in 0..<200 where !FileManager.default.fileExists(atPath: ready.path) {
            usleep(10_000)
        }
        try #require(FileManager.default.fileExists(atPath: ready.path))

        let store = try F.open(directory)
        #expect(store.mode == .readOnly(.lockedBy(.init(
            pid: child.processIdentifier, host: "childhost", program: "lectern quiz",
            startedAt: "2025-01-01T00:00:00Z"))))
        #expect(throws: ProgressError.self) { try store.append(F.review("q", at: F.start)) }
    }

    @Test func theLockFileSaysWhoHoldsIt() throws {
        let directory = try F.folder()
        let store = try F.open(directory)
        let note = try JSONDecoder().decode(LearnerLock.Holder.self, from: F.bytes(store.lockURL))
        #expect(note.pid == getpid())
        #expect(note.program == "lectern test")
        #expect(note.startedAt == "2025-01-01T00:00:00Z")
    }

    @Test func aLongerOldNoteIsReplacedWholeNotLeftBehindTheNewOne() throws {
        let directory = try F.folder()
        let folder = directory.appendingPathComponent("ada")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // A note from a holder with a long host name, written before this one: the new note is written over it.
        let old = #"{"host":"\#(String(repeating: "h", count: 300))","pid":1,"program":"lectern quiz","startedAt":"x"}"#
        try Data((old + "\n").utf8).write(to: folder.appendingPathComponent(".lock"))
        let store = try F.open(directory)
        let text = String(decoding: try F.bytes(store.lockURL), as: UTF8.self)
        #expect(text.hasSuffix("}\n") && text.filter { $0 == "\n" }.count == 1, "\(text)")
        let note = try JSONDecoder().decode(LearnerLock.Holder.self, from: Data(text.utf8))
        #expect(note.pid == getpid())
        #expect(note.program == "lectern test")
    }
}
