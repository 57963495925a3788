import Foundation
import Testing

@testable import LecternCore

/// A learner's folder is input from someone else: links, FIFOs, folders and other users' files planted where
/// Lectern's files go are refused by name and left untouched, nothing is followed out of the folder, and nothing set
/// aside is copied.
@Suite struct LearnerFolderTests {
    typealias F = ProgressFixtures

    /// A progress folder with learner `ada` opened once (so her folder and files exist), plus a folder outside it.
    private static func planted() throws -> (progress: URL, ada: URL, outside: URL) {
        let root = try F.folder()
        let progress = root.appendingPathComponent("progress")
        let outside = root.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        let store = try F.open(progress)
        try store.append(F.review("q1", at: F.start))
        store.close()
        return (progress, progress.appendingPathComponent("ada"), outside)
    }

    private static func link(_ name: String, in folder: URL, to target: URL) throws {
        let place = folder.appendingPathComponent(name)
        try? FileManager.default.removeItem(at: place)
        try FileManager.default.createSymbolicLink(at: place, withDestinationURL: target)
    }

    /// The message of what `body` threw, or nil when it did not throw.
    private static func refusal(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch {
            return String(describing: error)
        }
    }

    // MARK: Links

    @Test(arguments: [LearnerStore.logName, LearnerStore.snapshotName, LearnerStore.lockName])
    func aLinkAsALearnerFileIsRefusedByNameAndItsTargetIsLeftUntouched(name: String) throws {
        let (progress, ada, outside) = try Self.planted()
        defer { try? FileManager.default.removeItem(at: progress.deletingLastPathComponent()) }
        let target = outside.appendingPathComponent("private.txt")
        try F.write("the teacher's private notes\n", to: target)
        chmod(target.path, 0o600)
        try Self.link(name, in: ada, to: target)

        let message = Self.refusal { _ = try F.open(progress) }
        #expect(message == "refused \(ada.path)/\(name): it is a symbolic link (Lectern follows no links in a learner's"
            + " folder); it was left untouched")
        #expect(try F.text(target) == "the teacher's private notes\n")
        #expect(F.mode(target) == 0o600)
        let names = try FileManager.default.contentsOfDirectory(atPath: ada.path)
        #expect(!names.contains { $0.contains("set-aside") || $0.contains("backup") }, "nothing copied in: \(names)")
    }

    @Test func aLinkAsTheCorruptFileKeepsTheLearnerReadOnlyAndWritesNothingThroughIt() throws {
        let (progress, ada, outside) = try Self.planted()
        defer { try? FileManager.default.removeItem(at: progress.deletingLastPathComponent()) }
        let target = outside.appendingPathComponent("elsewhere.txt")
        try F.write("", to: target)
        try Self.link(LearnerStore.logName + ".corrupt", in: ada, to: target)
        let log = ada.appendingPathComponent(LearnerStore.logName)
        try F.append("{\"torn", to: log)
        let before = try F.bytes(log)

        let store = try F.open(progress)
        #expect(!store.mode.isWritable)
        guard case let .readOnly(reason) = store.mode else { return }
        #expect(reason.description.contains("refused \(ada.path)/review-log.jsonl.corrupt: it is a symbolic link"), "\(reason)")
        #expect(try F.text(target).isEmpty)
        #expect(try F.bytes(log) == before, "the torn line stays until it can be moved aside")
    }

    @Test func aLinkAsTheLearnerFolderIsRefusedAndNothingIsCreatedWhereItPoints() throws {
        let root = try F.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let progress = root.appendingPathComponent("progress")
        let outside = root.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: progress, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Self.link("ada", in: progress, to: outside)

        let message = Self.refusal { _ = try F.open(progress) }
        #expect(message?.hasPrefix("refused \(progress.path)/ada: it is a symbolic link") == true, "\(message ?? "opened")")
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
        #expect(Self.refusal { try Learners(directory: progress).add("ada") }?.contains("is a symbolic link") == true)
        #expect(try Learners(directory: progress).list().isEmpty, "a link is not a learner")
    }

    @Test func removingALearnerNeverMovesThemThroughALinkedRemovedFolder() throws {
        let (progress, ada, outside) = try Self.planted()
        defer { try? FileManager.default.removeItem(at: progress.deletingLastPathComponent()) }
        try Self.link(".removed", in: progress, to: outside)

        let message = Self.refusal { _ = try Learners(directory: progress).remove("ada", now: F.start) }
        #expect(message?.hasPrefix("refused \(progress.path)/.removed: it is a symbolic link") == true, "\(message ?? "moved")")
        #expect(FileManager.default.fileExists(atPath: ada.appendingPathComponent(LearnerStore.logName).path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
    }

    // MARK: Files that are not regular files

    @Test(.timeLimit(.minutes(1))) func aFIFOAsTheSnapshotOrLogIsRefusedAtOnceWithoutBlocking() throws {
        for name in [LearnerStore.snapshotName, LearnerStore.logName] {
            let (progress, ada, _) = try Self.planted()
            defer { try? FileManager.default.removeItem(at: progress.deletingLastPathComponent()) }
            let place = ada.appendingPathComponent(name)
            try FileManager.default.removeItem(at: place)
            #expect(mkfifo(place.path, 0o600) == 0)

            let started = Date()
            let message = Self.refusal { _ = try F.open(progress) }
            #expect(message == "refused \(place.path): it is not a regular file (a FIFO); it was left untouched")
            #expect(Date().timeIntervalSince(started) < 5)
            var status = stat()
            #expect(lstat(place.path, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
        }
    }

    @Test func aFolderAsTheSnapshotIsRefusedAsNotARegularFile() throws {
        let (progress, ada, _) = try Self.planted()
        defer { try? FileManager.default.removeItem(at: progress.deletingLastPathComponent()) }
        let place = ada.appendingPathComponent(LearnerStore.snapshotName)
        try FileManager.default.removeItem(at: place)
        try FileManager.default.createDirectory(at: place, withIntermediateDirectories: false)
        #expect(Self.refusal { _ = try F.open(progress) }
            == "refused \(place.path): it is not a regular file (a folder); it was left untouched")
    }

    // MARK: Owners

    @Test func anotherUsersLearnerFolderOrFileIsRefused() throws {
        // Only root can give a file away; as root the check still means something, because root writing its own
        // 0600 files into a learner's folder would lock the learner out of it.
        guard geteuid() == 0 else {
            print("LearnerFolderTests: not root, so no file can be given to another user; the owner check is not tested")
            return
        }
        let (progress, ada, _) = try Self.planted()
        defer { try? FileManager.default.removeItem(at: progress.deletingLastPathComponent()) }
        let log = ada.appendingPathComponent(LearnerStore.logName)
        #expect(chown(log.path, 12345, 12345) == 0)
        #expect(Self.refusal { _ = try F.open(progress) }
            == "refused \(log.path): it belongs to user 12345, not to the user running Lectern (user 0); it was left untouched")
        #expect(chown(log.path, 0, 0) == 0)
        #expect(chown(ada.path, 12345, 12345) == 0)
        #expect(Self.refusal { _ = try F.open(progress) }?.hasPrefix("refused \(ada.path): it belongs to user 12345") == true)
        // The class report reads learners' folders whoever owns them.
        #expect(try ClassRoster.read(directory: progress).members.map(\.name) == ["ada"])
    }

    // MARK: What is set aside, and how much is read

    @Test func aDamagedSnapshotIsSetAsideByARenameNotACopy() throws {
        let (progress, ada, _) = try Self.planted()
        defer { try? FileManager.default.removeItem(at: progress.deletingLastPathComponent()) }
        let snapshot = ada.appendingPathComponent(LearnerStore.snapshotName)
        try F.write("{ not json", to: snapshot)
        var before = stat()
        #expect(stat(snapshot.path, &before) == 0)

        let store = try F.open(progress)
        let kept = try #require(store.notices.first { $0.hasPrefix("the previous snapshot.json is kept as ") })
        let name = String(kept.dropFirst("the previous snapshot.json is kept as ".count))
        var after = stat()
        #expect(stat(ada.appendingPathComponent(name).path, &after) == 0)
        #expect(after.st_ino == before.st_ino, "the same file, renamed")
    }

    @Test func aHugeSparseSnapshotIsNeverReadNeitherByTheStoreNorByTheClassReport() throws {
        let (progress, ada, _) = try Self.planted()
        defer { try? FileManager.default.removeItem(at: progress.deletingLastPathComponent()) }
        let snapshot = ada.appendingPathComponent(LearnerStore.snapshotName)
        #expect(truncate(snapshot.path, 2 << 30) == 0)  // 2 GiB, taking no disk

        let roster = try ClassRoster.read(directory: progress)
        #expect(roster.skipped == [.init(
            name: "ada",
            reason: "corrupt: snapshot.json is \(2 << 30) bytes, more than the \(LearnerStore.maximumSnapshotBytes) a"
                + " snapshot may be; it was not read")])

        var before = stat()
        #expect(stat(snapshot.path, &before) == 0)
        let store = try F.open(progress)
        #expect(store.mode.isWritable)
        #expect(store.notices.first?.contains("it is \(2 << 30) bytes, more than the") == true, "\(store.notices)")
        #expect(store.snapshot.totals.answers == 1, "rebuilt from the log")
        let asideName = try #require(try FileManager.default.contentsOfDirectory(atPath: ada.path).first { $0.contains("set-aside") })
        var aside = stat()
        #expect(stat(ada.appendingPathComponent(asideName).path, &aside) == 0 && aside.st_ino == before.st_ino)
    }

    @Test func aLastLineLongerThanTheReadWindowStillLetsTheSnapshotBeTrusted() throws {
        let progress = try F.folder()
        defer { try? FileManager.default.removeItem(at: progress) }
        let store = try F.open(progress)
        var long = F.review("q1", at: F.start)
        long.response = String(repeating: "a long answer ", count: 10_000)  // 140 KB, over the 64 KiB window
        try store.append(.review(long))
        store.close()

        let again = try F.open(progress)
        #expect(again.notices.isEmpty, "the snapshot matched the log: \(again.notices)")
        #expect(again.snapshot.totals.answers == 1)
    }

    @Test func staleTemporaryFilesFromAKilledWriteAreRemovedOnOpenAndOthersAreKept() throws {
        let (progress, ada, _) = try Self.planted()
        defer { try? FileManager.default.removeItem(at: progress.deletingLastPathComponent()) }
        for name in [".snapshot.json.tmp-Ab12Cd", ".review-log.jsonl.tmp-zz99ZZ", ".snapshot.json.tmp-notmine", "notes.txt"] {
            try F.write("left over", to: ada.appendingPathComponent(name))
        }
        let store = try F.open(progress)
        #expect(store.notices.first == "removed .review-log.jsonl.tmp-zz99ZZ, .snapshot.json.tmp-Ab12Cd, left by a write that was cut short")
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: ada.path))
        #expect(!names.contains(".snapshot.json.tmp-Ab12Cd") && !names.contains(".review-log.jsonl.tmp-zz99ZZ"))
        #expect(names.isSuperset(of: [".snapshot.json.tmp-notmine", "notes.txt"]))
    }

    @Test func aSnapshotReplacedKeepsTheModeOfTheFileInTheFolder() throws {
        let (progress, ada, _) = try Self.planted()
        defer { try? FileManager.default.removeItem(at: progress.deletingLastPathComponent()) }
        let snapshot = ada.appendingPathComponent(LearnerStore.snapshotName)
        chmod(snapshot.path, 0o640)
        let store = try F.open(progress)
        try store.append(F.review("q2", at: F.start))
        store.close()
        #expect(F.mode(snapshot) == 0o640)
    }

    // MARK: Closing

    @Test func closingWhenTheSnapshotCannotBeWrittenSaysWhyAndLosesNoAnswer() throws {
        let (progress, ada, _) = try Self.planted()
        defer { try? FileManager.default.removeItem(at: progress.deletingLastPathComponent()) }
        let store = try F.open(progress)
        try store.append(F.review("q2", at: F.start))
        // Something that is not a file where the snapshot goes: the write is refused, the answer is in the log.
        let snapshot = ada.appendingPathComponent(LearnerStore.snapshotName)
        try FileManager.default.removeItem(at: snapshot)
        try FileManager.default.createDirectory(at: snapshot, withIntermediateDirectories: false)

        let problem = try #require(store.close())
        #expect(problem.hasPrefix("snapshot.json could not be written (refused \(snapshot.path): it is not a regular file (a folder)"), "\(problem)")
        #expect(problem.hasSuffix("every answer is saved in review-log.jsonl, and the next start brings snapshot.json up to date from it"))
        let lines = try F.text(ada.appendingPathComponent(LearnerStore.logName)).split(separator: "\n")
        #expect(lines.count == 2)
    }

    // MARK: The folder layer itself

    @Test func theFolderListsRenamesAndUnlinksNamesWithoutFollowingThem() throws {
        let root = try F.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let target = root.appendingPathComponent("target.txt")
        try F.write("target", to: target)
        let folder = try #require(try LearnerFolder.learner(root.appendingPathComponent("box"), creating: true))
        #expect(F.mode(folder.url) == DurableFile.directoryMode)
        try folder.append(Data("one\n".utf8), to: "a.txt")
        try FileManager.default.createSymbolicLink(at: folder.url.appendingPathComponent("link"), withDestinationURL: target)
        #expect(Set(try folder.list()) == ["a.txt", "link"])
        #expect(try folder.read("a.txt") == Data("one\n".utf8))
        #expect(try folder.read("missing") == nil)
        #expect(throws: ProgressError.tooLarge(path: folder.path("a.txt"), size: 4, limit: 3)) { try folder.read("a.txt", limit: 3) }
        try folder.rename("link", to: "moved")
        #expect(try F.text(target) == "target", "renaming a link moves the link")
        try folder.unlink("moved")
        #expect(try F.text(target) == "target", "unlinking a link removes the link")
        #expect(throws: ProgressError.self) { try folder.rename("a.txt", to: "a.txt") }
        #expect(try folder.unusedName("a", suffix: ".txt") == "a-2.txt")
    }
}

/// A log is read a piece at a time, and a line is held only up to `ReviewLog.maximumLineBytes`.
@Suite struct HugeLogLineTests {
    @Test func aSparseLogWithoutNewlinesIsRefusedWithoutBeingReadIntoMemory() throws {
        let progress = try ProgressFixtures.folder()
        defer { try? FileManager.default.removeItem(at: progress) }
        let store = try ProgressFixtures.open(progress)
        try store.append(ProgressFixtures.review("q1", at: ProgressFixtures.start))
        store.close()
        let log = progress.appendingPathComponent("ada/review-log.jsonl")
        let size = try #require(DurableFile.size(of: log))
        #expect(truncate(log.path, off_t(2 << 30)) == 0)  // 2 GiB of zeros after the record, taking no disk

        #expect(throws: ProgressError.unsafeFile(
            path: log.path,
            problem: "has a line (line 2) of more than \(ReviewLog.maximumLineBytes) bytes, which no record is")) {
            _ = try ProgressFixtures.open(progress)
        }
        #expect(DurableFile.size(of: log) == 2 << 30, "left as it was")
        #expect(!FileManager.default.fileExists(atPath: log.path + ".corrupt"), "nothing copied aside")
        #expect(size > 0)
    }
}
