import Foundation
import LecternCore
import Testing

@Suite(.removingTemporaryFolders) struct ProgressFilesTests {
    typealias F = ProgressFixtures

    @Test func newFilesAre0600AndTheLearnerFolderIs0700() throws {
        let directory = try F.folder()
        let store = try F.open(directory)
        try store.append(F.review("q", at: F.start))
        try store.checkpoint()
        #expect(F.mode(store.folder) == 0o700)
        #expect(F.mode(store.logURL) == 0o600)
        #expect(F.mode(store.snapshotURL) == 0o600)
        #expect(F.mode(store.lockURL) == 0o600)
    }

    @Test func replacingAFileKeepsItsPermissions() throws {
        let directory = try F.folder()
        let store = try F.open(directory)
        try store.append(F.review("q", at: F.start))
        try store.checkpoint()
        chmod(store.snapshotURL.path, 0o640)
        try store.append(F.review("q", at: F.start.addingTimeInterval(60)))
        try store.checkpoint()
        #expect(F.mode(store.snapshotURL) == 0o640)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: store.folder.path)
            .filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test func durableReplaceWritesTheNewBytesAndCreatesWithTheDefaultMode() throws {
        let directory = try F.folder()
        let url = directory.appendingPathComponent("file.json")
        try DurableFile.replace(url, with: Data("one".utf8))
        try DurableFile.replace(url, with: Data("two".utf8))
        #expect(try F.text(url) == "two")
        #expect(F.mode(url) == 0o600)
        try DurableFile.append(Data("+".utf8), to: url)
        #expect(try F.text(url) == "two+")
    }

    @Test func anUnwritablePlaceIsAClearErrorAtOpen() throws {
        let directory = try F.folder()
        let expected: String
        let failing: URL
        let progress: URL
        if geteuid() == 0 {
            // Root ignores permission bits, so make the place impossible instead: a folder under a regular file.
            let file = directory.appendingPathComponent("a-file")
            try F.write("not a folder", to: file)
            progress = file.appendingPathComponent("sub")
            expected = "Not a directory"
            failing = file
        } else {
            progress = directory.appendingPathComponent("locked")
            try FileManager.default.createDirectory(at: progress, withIntermediateDirectories: false)
            chmod(progress.path, 0o500)
            expected = "Permission denied"
            failing = progress.appendingPathComponent("ada")
        }
        do {
            _ = try F.open(progress)
            Issue.record("opening under \(progress.path) should fail")
        } catch {
            #expect(error.description.hasPrefix("cannot write to \(failing.path):"))
            #expect(error.description.contains(expected))
            #expect(error.description.hasSuffix("use --progress-dir or fix permissions"))
        }
    }
}
