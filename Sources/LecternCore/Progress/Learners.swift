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

    /// The names of folders holding a review log or a snapshot, sorted. A link or anything but a folder is not a
    /// learner, whatever its name.
    public func list() throws(ProgressError) -> [String] {
        guard let progress = try LearnerFolder.named(directory) else { return [] }
        return try progress.list().filter { name in
            guard !name.hasPrefix("."), LearnerName.problem(with: name) == nil,
                let status = try? progress.status(of: name), LearnerFolder.kind(status) == S_IFDIR,
                let folder = try? progress.folder(name, owner: nil)
            else { return false }
            return [LearnerStore.logName, LearnerStore.snapshotName].contains { (try? folder.status(of: $0)) != nil }
        }.sorted()
    }

    /// Creates an empty learner folder (mode 0700) with an empty review log; refuses a name already in use.
    @discardableResult
    public func add(_ name: String) throws(ProgressError) -> URL {
        let learner = try LearnerName(name)
        guard let progress = try LearnerFolder.named(directory, creating: true),
            let folder = try progress.folder(learner.rawValue, creating: true, owner: LearnerFolder.currentUser)
        else {
            throw .io(operation: "create", path: directory.appendingPathComponent(learner.rawValue).path, cause: errnoText(ENOENT))
        }
        let hasLog = try folder.status(of: LearnerStore.logName) != nil
        let hasSnapshot = try folder.status(of: LearnerStore.snapshotName) != nil
        if hasLog || hasSnapshot {
            throw .learnerExists(name: name, path: folder.url.path)
        }
        try folder.append(Data(), to: LearnerStore.logName)
        return folder.url
    }

    /// Moves the learner's folder to `.removed/<name>-<yyyyMMdd-HHmmss>` (UTC of `now`); nothing is deleted.
    ///
    /// Refused while a shell or quiz holds the learner's lock, and when the learner's folder or `.removed` is a
    /// link (nothing is ever moved out of the progress folder). Returns where the folder went.
    @discardableResult
    public func remove(_ name: String, now: Date, program: String = "lectern") throws(ProgressError) -> URL {
        let learner = try LearnerName(name)
        let path = directory.appendingPathComponent(learner.rawValue, isDirectory: true).path
        guard let progress = try LearnerFolder.named(directory),
            let folder = try progress.folder(learner.rawValue, owner: LearnerFolder.currentUser)
        else {
            throw .learnerNotFound(name: name, path: path)
        }
        let attempt = try LearnerLock.acquire(in: folder, holder: .current(program: program, now: now))
        guard case let .acquired(lock) = attempt else {
            if case let .heldBy(holder) = attempt {
                throw .learnerInUse(name: name, holder: holder?.description ?? "another process")
            }
            throw .learnerInUse(name: name, holder: "another process")
        }
        guard let removed = try progress.folder(".removed", creating: true, owner: LearnerFolder.currentUser) else {
            throw .io(operation: "create", path: removedDirectory.path, cause: errnoText(ENOENT))
        }
        let base = "\(learner.rawValue)-\(LearnerStore.stamp(now))"
        let target = try removed.unusedName(base)
        try progress.move(learner.rawValue, to: removed, as: target)
        withExtendedLifetime(lock) {}
        return removed.url.appendingPathComponent(target, isDirectory: true)
    }
}
