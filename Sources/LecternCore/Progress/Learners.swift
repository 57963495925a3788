import Foundation

/// The learners in one progress folder: list, add, and remove without ever deleting a file.
public struct Learners: Sendable {
    /// The progress folder holding one folder per learner.
    public let directory: URL

    /// The folder under `directory` where removed learners are moved.
    public var removedDirectory: URL { directory.appendingPathComponent(".removed", isDirectory: true) }

    /// Learners in `directory`.
    public init(directory: URL) {
        self.directory = directory
    }

    /// The names of folders holding a review log or a snapshot, sorted.
    public func list() throws(ProgressError) -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            if !FileManager.default.fileExists(atPath: directory.path) { return [] }
            throw .io(operation: "list", path: directory.path, cause: error.localizedDescription)
        }
        return names.filter { name in
            guard !name.hasPrefix("."), LearnerName.problem(with: name) == nil else { return false }
            let folder = directory.appendingPathComponent(name)
            return [LearnerStore.logName, LearnerStore.snapshotName].contains { file in
                FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path)
            }
        }.sorted()
    }

    /// Creates an empty learner folder (mode 0700) with an empty review log; refuses a name already in use.
    @discardableResult
    public func add(_ name: String) throws(ProgressError) -> URL {
        let learner = try LearnerName(name)
        let folder = directory.appendingPathComponent(learner.rawValue, isDirectory: true)
        let log = folder.appendingPathComponent(LearnerStore.logName)
        if FileManager.default.fileExists(atPath: log.path)
            || FileManager.default.fileExists(atPath: folder.appendingPathComponent(LearnerStore.snapshotName).path)
        {
            throw .learnerExists(name: name, path: folder.path)
        }
        try DurableFile.createDirectory(folder)
        try DurableFile.append(Data(), to: log)
        return folder
    }

    /// Moves the learner's folder to `.removed/<name>-<yyyyMMdd-HHmmss>` (UTC of `now`); nothing is deleted.
    ///
    /// Refused while a shell or quiz holds the learner's lock. Returns where the folder went.
    @discardableResult
    public func remove(_ name: String, now: Date, program: String = "lectern") throws(ProgressError) -> URL {
        let learner = try LearnerName(name)
        let folder = directory.appendingPathComponent(learner.rawValue, isDirectory: true)
        guard FileManager.default.fileExists(atPath: folder.path) else {
            throw .learnerNotFound(name: name, path: folder.path)
        }
        let attempt = try LearnerLock.acquire(
            at: folder.appendingPathComponent(LearnerStore.lockName),
            holder: .current(program: program, now: now))
        guard case let .acquired(lock) = attempt else {
            if case let .heldBy(holder) = attempt {
                throw .learnerInUse(name: name, holder: holder?.description ?? "another process")
            }
            throw .learnerInUse(name: name, holder: "another process")
        }
        try DurableFile.createDirectory(removedDirectory)
        let base = "\(learner.rawValue)-\(LearnerStore.stamp(now))"
        var target = removedDirectory.appendingPathComponent(base, isDirectory: true)
        var counter = 1
        while FileManager.default.fileExists(atPath: target.path) {
            counter += 1
            target = removedDirectory.appendingPathComponent("\(base)-\(counter)", isDirectory: true)
        }
        guard rename(folder.path, target.path) == 0 else {
            throw DurableFile.failure("move \(folder.path) to", target.path)
        }
        try DurableFile.syncDirectory(directory)
        try DurableFile.syncDirectory(removedDirectory)
        withExtendedLifetime(lock) {}
        return target
    }
}
