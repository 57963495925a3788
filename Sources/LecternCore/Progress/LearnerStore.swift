import Foundation

/// One learner's progress: the review log (source of truth), the snapshot (cache) and the lock, in one folder.
///
/// Open it once per shell or quiz. It is writable only while it holds the learner's lock and the files are sound;
/// otherwise it opens read-only with a reason the learner can act on, and every write is refused with that reason.
public final class LearnerStore: ReadingLog {
    /// The review log's file name.
    public static let logName = "review-log.jsonl"
    /// The snapshot's file name.
    public static let snapshotName = "snapshot.json"
    /// The lock file's name.
    public static let lockName = ".lock"
    /// Appends between two automatic snapshot writes; `checkpoint()` and `close()` write one too.
    public static let snapshotInterval = 64
    /// The largest snapshot read, in bytes: far above a real one (a learner with 20,000 questions writes about
    /// 6 MB), small enough that a damaged or hostile file costs no memory; a larger one is set aside unread.
    public static let maximumSnapshotBytes = 64 << 20

    /// Whether the store can write.
    public enum Mode: Sendable, Equatable {
        /// The lock is held and the files are sound.
        case readWrite
        /// Nothing will be written, for `reason`.
        case readOnly(ReadOnlyReason)

        /// Whether appends are accepted.
        public var isWritable: Bool { self == .readWrite }
    }

    /// Why a store opened read-only.
    public enum ReadOnlyReason: Sendable, Equatable, CustomStringConvertible {
        /// Another shell or quiz holds the lock; the holder, when its note could be read.
        case lockedBy(LearnerLock.Holder?)
        /// The log has unreadable lines before its end; `repair()` must run first.
        case needsRepair(path: String, lines: [Int], firstCause: String)
        /// A file was written by a newer Lectern.
        case newerSchema(path: String, line: Int?, found: Int)
        /// Opening needed to change a file (move a torn last line aside, end the log with a newline) and could
        /// not; nothing was changed.
        case cannotFix(what: String, cause: String)
        /// `close()` was called.
        case closed

        /// The reason in words.
        public var description: String {
            switch self {
            case let .lockedBy(holder):
                return "another Lectern is using this learner: \(holder?.description ?? "holder unknown")"
            case let .needsRepair(path, lines, cause):
                let list = lines.map(String.init).joined(separator: ", ")
                return "\(path) has unreadable lines before its end (line\(lines.count == 1 ? "" : "s") \(list);"
                    + " line \(lines.first ?? 0): \(cause)); nothing was changed: run repair, which moves them to"
                    + " \(path).corrupt and keeps every good record"
            case let .newerSchema(path, line, found):
                let place = line.map { "\(path):\($0)" } ?? path
                return "\(place) was written by a newer Lectern (schema version \(found); this one reads up to"
                    + " \(ProgressSnapshot.currentSchemaVersion)); the files are left untouched"
            case let .cannotFix(what, cause):
                return "\(what), and that failed (\(cause)); nothing was changed and no answer can be saved until it"
                    + " can be: free some space (or fix what the cause says) and start Lectern again"
            case .closed:
                return "it was closed"
            }
        }
    }

    /// The learner.
    public let learner: LearnerName
    /// The learner's folder.
    public let folder: URL
    /// The learner's folder, open: every file is opened relative to it.
    let files: LearnerFolder
    /// The scheduler configuration (its desired retention is the default until the learner sets one).
    public let parameters: FSRSParameters
    /// Whether the store can write, and if not, why.
    public private(set) var mode: Mode
    /// The learner's state: what the whole log adds up to.
    public private(set) var snapshot: ProgressSnapshot
    /// What opening, rebuilding or repairing had to do, in sentences for the learner (empty when nothing).
    public private(set) var notices: [String] = []

    let log: ReviewLog
    private var lock: LearnerLock?
    private let otherHolder: LearnerLock.Holder?
    private var appendsSinceSnapshot = 0
    private var snapshotIsStale = false

    /// The review log.
    public var logURL: URL { log.url }
    /// Where unreadable log lines are moved.
    public var corruptURL: URL { log.corruptURL }
    /// The snapshot.
    public var snapshotURL: URL { folder.appendingPathComponent(Self.snapshotName) }
    /// The lock file.
    public var lockURL: URL { folder.appendingPathComponent(Self.lockName) }

    private init(learner: LearnerName, files: LearnerFolder, parameters: FSRSParameters, lock: LearnerLock?,
                 otherHolder: LearnerLock.Holder?) {
        self.learner = learner
        self.folder = files.url
        self.files = files
        self.parameters = parameters
        self.lock = lock
        self.otherHolder = otherHolder
        log = ReviewLog(folder: files, name: Self.logName)
        mode = lock == nil ? .readOnly(.lockedBy(otherHolder)) : .readWrite
        snapshot = ProgressSnapshot(parameters: parameters)
    }

    /// Opens `learner`'s folder under `directory`, creating it (mode 0700) when missing, taking the lock, and
    /// loading the snapshot plus any log records it does not cover yet.
    ///
    /// `program` is written in the lock so that another process can say who holds it; `now` stamps anything
    /// moved aside. Throws for a bad name, an unwritable place, or a file that is not what Lectern opens there (a
    /// symbolic link, a FIFO, another user's file: `ProgressError.unsafeFile`, left untouched); every other problem
    /// opens read-only.
    public static func open(
        directory: URL, learner: String, now: Date, parameters: FSRSParameters = .default,
        program: String = "lectern"
    ) throws(ProgressError) -> LearnerStore {
        let name = try LearnerName(learner)
        let files = try LearnerFolder.named(directory, creating: true)?
            .folder(name.rawValue, creating: true, owner: LearnerFolder.currentUser)
        guard let files else {
            throw .io(operation: "open folder", path: directory.appendingPathComponent(name.rawValue).path,
                      cause: errnoText(ENOENT))
        }
        let attempt = try LearnerLock.acquire(in: files, holder: .current(program: program, now: now))
        let store: LearnerStore
        var stale: [String] = []
        switch attempt {
        case let .acquired(lock):
            store = LearnerStore(learner: name, files: files, parameters: parameters, lock: lock, otherHolder: nil)
            // Only the lock holder writes temporary files, so any left now were left by a write that was killed.
            stale = try files.removeStaleTemporaryFiles(for: [snapshotName, logName])
        case let .heldBy(holder):
            store = LearnerStore(learner: name, files: files, parameters: parameters, lock: nil, otherHolder: holder)
        }
        try store.load(now: now, trustingSnapshot: true)
        if !stale.isEmpty {
            store.notices.insert("removed \(stale.joined(separator: ", ")), left by a write that was cut short", at: 0)
        }
        return store
    }

    /// Puts `sentences` (what was done before the store opened, such as a migration) before the store's own notices.
    public func insertNotices(_ sentences: [String]) {
        notices.insert(contentsOf: sentences, at: 0)
    }

    /// Appends one record durably (it is on disk when this returns) and applies it to `snapshot`.
    public func append(_ record: ProgressRecord) throws(ProgressError) {
        guard case .readWrite = mode else { throw refusal() }
        let (line, stored) = try log.append(record)
        let position = snapshot.logOffset
        let entry = ReviewLog.Entry(
            line: position.lines + 1, record: stored, end: position.advanced(over: line[...], isRecord: true))
        snapshot.apply(entry, parameters: parameters)
        appendsSinceSnapshot += 1
        snapshotIsStale = true
        if appendsSinceSnapshot >= Self.snapshotInterval {
            // The answer is already safe in the log; a snapshot that cannot be written now is retried later.
            try? writeSnapshot()
        }
    }

    /// Appends one answer; see `append(_:)`.
    public func append(_ review: ReviewRecord) throws(ProgressError) {
        try append(.review(review))
    }

    /// Every record of the log that reads, in order (damaged lines are left out, as replay leaves them out).
    public func records() throws(ProgressError) -> [ProgressRecord] {
        try log.scan().entries.map(\.record)
    }

    /// The stored reading position in a lesson.
    public func position(in lessonID: String) -> LessonPosition? {
        snapshot.lessons[lessonID]
    }

    /// Records a new reading position (without a time, as `ReadingLog` gives none); unchanged positions are skipped.
    public func record(_ position: LessonPosition, in lessonID: String) throws(ProgressError) {
        guard snapshot.lessons[lessonID] != position else { return }
        try append(.reading(.init(lessonID: lessonID, page: position.page, isComplete: position.isComplete, at: nil)))
    }

    /// Whether the question changed since the learner last answered it; its history is kept either way.
    public func changedSinceLastReview(questionID: String, currentHash: String) -> Bool {
        snapshot.changedSinceLastReview(questionID: questionID, currentHash: currentHash)
    }

    /// Writes the snapshot now if it is behind the log.
    public func checkpoint() throws(ProgressError) {
        guard case .readWrite = mode, snapshotIsStale else { return }
        try writeSnapshot()
    }

    /// Writes the snapshot if needed and releases the lock; the store is read-only afterwards.
    ///
    /// Every answer is in the log by now, so a snapshot that cannot be written (a full disk) loses nothing and is
    /// no failure: the reason is returned, for the learner, and the next start brings the snapshot up to date.
    @discardableResult
    public func close() -> String? {
        var problem: String?
        do {
            try checkpoint()
        } catch {
            problem = "\(Self.snapshotName) could not be written (\(error)); every answer is saved in \(Self.logName),"
                + " and the next start brings \(Self.snapshotName) up to date from it"
        }
        log.closeForAppending()
        lock = nil
        mode = .readOnly(.closed)
        return problem
    }

    /// The error for a refused write.
    func refusal() -> ProgressError {
        guard case let .readOnly(reason) = mode else {
            return .readOnly(path: folder.path, reason: "of an unknown reason")
        }
        if case let .newerSchema(path, line, found) = reason {
            return .newerSchema(path: path, line: line, found: found, supported: ProgressSnapshot.currentSchemaVersion)
        }
        return .readOnly(path: folder.path, reason: reason.description)
    }

    /// Reads the snapshot and the log into `snapshot` and decides the mode, fixing only what is safe to fix.
    ///
    /// With `trustingSnapshot` false the snapshot file is ignored and the whole log is replayed.
    func load(now: Date, trustingSnapshot: Bool) throws(ProgressError) {
        var notices: [String] = []
        var newer: ReadOnlyReason?
        var base: ProgressSnapshot?
        var backUpFrom: Int?
        var setsAside = false
        let name = Self.snapshotName
        let plan: ProgressMigration.Plan
        do throws(ProgressError) {
            plan = ProgressMigration.plan(for: try files.read(name, limit: Self.maximumSnapshotBytes))
        } catch let .tooLarge(_, size, limit) {
            // Never read, so never held in memory; set aside by a rename, which costs no space.
            plan = .damaged(cause: "it is \(size) bytes, more than the \(limit) a snapshot may be")
        }
        switch plan {
        case .missing:
            break
        case let .current(found):
            if !trustingSnapshot {
                break
            } else if found.scheduler != ProgressSnapshot.configuration(parameters) {
                notices.append("\(name) was made with other scheduler parameters; rebuilt it from the log")
            } else if let problem = found.replayProblem {
                notices.append("\(name) does not add up (\(problem)); rebuilt it from the log")
                setsAside = true
            } else if try !log.matches(found.logOffset) {
                notices.append("\(name) does not match \(Self.logName) (it covers \(found.logOffset.records) records"
                    + " that the log no longer holds as they were); rebuilt it from the log")
                setsAside = true
            } else {
                base = found
            }
        case let .migrate(version):
            backUpFrom = version
        case let .refuse(version):
            newer = .newerSchema(path: snapshotURL.path, line: nil, found: version)
        case let .damaged(cause):
            notices.append("\(name) could not be read (\(cause)); rebuilt it from the log")
            setsAside = true
        }

        var state = base ?? ProgressSnapshot(parameters: parameters)
        // Each record is applied as it is read: a long log is never held in memory whole.
        let scan = try log.scan(from: state.logOffset) { state.apply($0, parameters: parameters) }
        if newer == nil, let first = scan.newerLines.first {
            newer = .newerSchema(path: logURL.path, line: first.line, found: first.version)
        }
        snapshot = state
        appendsSinceSnapshot = 0
        snapshotIsStale = false
        let damaged = scan.damagedLines

        if let newer {
            mode = .readOnly(newer)
        } else if lock == nil {
            mode = .readOnly(otherHolder.map { .lockedBy($0) } ?? .closed)
            if let torn = scan.tornTail {
                notices.append("ignored line \(torn.line) of \(Self.logName), unreadable (\(torn.cause));"
                    + " it may be an answer being written by the other Lectern")
            }
        } else if let first = damaged.first {
            mode = .readOnly(.needsRepair(path: logURL.path, lines: damaged.map(\.line), firstCause: first.cause))
        } else if let problem = fixTail(of: scan, now: now, notices: &notices) {
            // The learner can still read; nothing is written until the fix can be made.
            mode = .readOnly(problem)
        } else {
            mode = .readWrite
            if let version = backUpFrom, try files.status(of: name) != nil {
                let backup = try ProgressMigration.backUp(from: version, in: files)
                notices.append("migrated \(name) from schema version \(version) to"
                    + " \(ProgressSnapshot.currentSchemaVersion); the old file is kept as \(backup)")
            }
            if setsAside, try files.status(of: name) != nil {
                let kept = try files.setAside(name, as: "snapshot.\(Self.stamp(now)).set-aside", suffix: ".json")
                notices.append("the previous \(name) is kept as \(kept)")
            }
            if base == nil || snapshot.logOffset != base?.logOffset {
                do {
                    try writeSnapshot()
                } catch {
                    // The log is whole and writable; the snapshot is only a cache, written again at the next save.
                    snapshotIsStale = true
                    notices.append("\(name) could not be written (\(error)); it is brought up to date at the next save")
                }
            }
        }
        self.notices = notices
    }

    /// Moves a torn last line of the log aside and cuts it off, or ends the last record with its missing newline;
    /// returns why the store must stay read-only when that cannot be done (a full disk), having changed nothing.
    private func fixTail(of scan: ReviewLog.Scan, now: Date, notices: inout [String]) -> ReadOnlyReason? {
        if let torn = scan.tornTail {
            do throws(ProgressError) {
                try log.moveAside([torn], now: now)
            } catch {
                return .cannotFix(
                    what: "the last line of \(Self.logName) (line \(torn.line)) is unreadable and had to be moved to"
                        + " \(log.corruptName)", cause: error.description)
            }
            do throws(ProgressError) {
                try files.truncate(Self.logName, to: torn.range.lowerBound)
            } catch {
                return .cannotFix(
                    what: "the last line of \(Self.logName) (line \(torn.line)) is unreadable and had to be cut off"
                        + " (it is already copied to \(log.corruptName))", cause: error.description)
            }
            snapshot.logOffset = scan.end
            let what = torn.isCutShort ? "was cut short by a crash" : "could not be read"
            notices.append("the last line of \(Self.logName) (line \(torn.line)) \(what)"
                + " (\(torn.cause)); moved it to \(Self.logName).corrupt and kept all"
                + " \(snapshot.logOffset.records) earlier records")
        } else if scan.lacksFinalNewline {
            do throws(ProgressError) {
                try files.append(Data([0x0A]), to: Self.logName)
            } catch {
                return .cannotFix(what: "the last record of \(Self.logName) has no final newline", cause: error.description)
            }
            notices.append("the last record of \(Self.logName) had no final newline; added it")
        } else {
            snapshot.logOffset = scan.end
        }
        return nil
    }

    /// Writes `snapshot` with the durable write-replace: sorted keys, exact dates, mode kept (0600 when new).
    func writeSnapshot() throws(ProgressError) {
        try files.replace(Self.snapshotName, with: Self.encode(snapshot, path: snapshotURL.path))
        appendsSinceSnapshot = 0
        snapshotIsStale = false
    }

    /// A snapshot as compact JSON with sorted keys; dates use Foundation's exact default form. Compact, because a class
    /// view reads a thousand of them and indentation doubles their size (`python3 -m json.tool` shows one readably).
    static func encode(_ snapshot: ProgressSnapshot, path: String) throws(ProgressError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(snapshot) + Data("\n".utf8)
        } catch {
            throw .encoding(path: path, cause: String(describing: error))
        }
    }

    /// `20250301-090000` in UTC, for names of files set aside: `UTCDay.timestamp` without its separators.
    static func stamp(_ date: Date) -> String {
        String(UTCDay.timestamp(date).compactMap { $0 == "T" ? "-" : ("0"..."9").contains($0) ? $0 : nil })
    }
}
