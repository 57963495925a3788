import Foundation

/// The learners of a progress folder as their snapshots show them, read without locks and without writing anything.
///
/// Only `snapshot.json` is decoded here (the class report reads the log for its item analysis through the member's
/// folder). A folder that cannot be used (corrupt, unreadable, older or newer schema, no snapshot yet) is kept with
/// the reason; a snapshot behind its log is used and says so; an empty log without a snapshot (`learners add`) is a
/// learner not started.
public struct ClassRoster: Sendable {
    /// A learner whose snapshot could be read.
    public struct Member: Sendable {
        /// The folder's name.
        public let name: String
        /// The snapshot as last saved.
        public let snapshot: ProgressSnapshot
        /// What the reader should know about it (a snapshot behind its log…), or nil.
        public let note: String?
        /// The learner's folder, for the log the item analysis reads; nil for a learner not read from a folder.
        let folder: LearnerFolder?
    }

    /// A learner folder left out of the report, and why.
    public struct Skipped: Sendable, Equatable, Codable {
        /// The folder's name.
        public let name: String
        /// Why it was left out, in words.
        public let reason: String
    }

    /// Learners with a usable snapshot, by name.
    public let members: [Member]
    /// Learner folders left out, by name.
    public let skipped: [Skipped]

    /// Reads every learner folder under `directory`: folders with a valid learner name holding a snapshot or a log.
    ///
    /// Opens files read-only and takes no lock, so a class can be read while learners study. Throws only when the
    /// folder itself cannot be listed.
    public static func read(directory: URL, parameters: FSRSParameters = .default) throws(ProgressError) -> ClassRoster {
        let (members, skipped) = try read(directory: directory, parameters: parameters) { $0 }
        return ClassRoster(members: members, skipped: skipped)
    }

    /// Reads the folders as `read(directory:parameters:)` does, handing each member to `summarize` on the thread that
    /// read it and keeping only the summary: a class of a thousand learners never holds every snapshot at once.
    /// Summaries come in name order.
    static func read<Summary: Sendable>(
        directory: URL, parameters: FSRSParameters, summarize: @Sendable (Member) -> Summary
    ) throws(ProgressError) -> (summaries: [Summary], skipped: [Skipped]) {
        guard let progress = try LearnerFolder.named(directory) else {
            throw .io(operation: "list the learners in", path: directory.path, cause: errnoText(ENOENT))
        }
        let configuration = ProgressSnapshot.configuration(parameters)
        let candidates = try candidateNames(in: progress)
        // Decoding dominates; each folder is independent, so the files are read on every core, in name order.
        let outcomes = ConcurrentMap.map(candidates.count) { index -> Outcome<Summary> in
            let name = candidates[index]
            let folder: LearnerFolder
            do throws(ProgressError) {
                switch try entry(name, in: progress) {
                case let .folder(opened): folder = opened
                case .link: return .skipped("not read: \(name) is a symbolic link, and the report follows no links out of \(directory.path)")
                case .other: return .notALearner
                }
            } catch {
                return .skipped("locked: the folder cannot be read (\(reason(error)))")
            }
            switch readMember(name: name, folder: folder, configuration: configuration) {
            case let .member(member): return .member(summarize(member))
            case let .skipped(reason): return .skipped(reason)
            case .notALearner: return .notALearner
            }
        }
        var summaries: [Summary] = []
        var skipped: [Skipped] = []
        for (name, outcome) in zip(candidates, outcomes) {
            switch outcome {
            case let .member(summary): summaries.append(summary)
            case let .skipped(reason): skipped.append(Skipped(name: name, reason: reason))
            case .notALearner: continue
            }
        }
        return (summaries, skipped)
    }

    /// The names in a class folder that can be learners' (a valid learner name, not hidden), in name order.
    static func candidateNames(in progress: LearnerFolder) throws(ProgressError) -> [String] {
        try progress.list().sorted().filter { !$0.hasPrefix(".") && LearnerName.problem(with: $0) == nil }
    }

    /// What a name in a class folder is.
    enum Entry {
        /// A folder, opened: learners' folders belong to the learners, so any owner is read.
        case folder(LearnerFolder)
        /// A symbolic link: never followed out of the class folder.
        case link
        /// A file, or gone since the folder was listed.
        case other
    }

    /// Opens `name` in the class folder `progress` when it is a folder, without following a link.
    static func entry(_ name: String, in progress: LearnerFolder) throws(ProgressError) -> Entry {
        guard let status = try progress.status(of: name) else { return .other }
        switch LearnerFolder.kind(status) {
        case S_IFDIR: return try progress.folder(name, owner: nil).map(Entry.folder) ?? .other
        case S_IFLNK: return .link
        default: return .other
        }
    }

    private enum Outcome<Found: Sendable>: Sendable {
        case member(Found)
        case skipped(String)
        case notALearner
    }

    private static func readMember(name: String, folder: LearnerFolder, configuration: String) -> Outcome<Member> {
        let snapshotName = LearnerStore.snapshotName
        let hasLog: Bool
        let found: stat?
        do throws(ProgressError) {
            hasLog = try folder.status(of: LearnerStore.logName) != nil
            found = try folder.status(of: snapshotName)
        } catch {
            return .skipped("locked: the folder cannot be read (\(reason(error)))")
        }
        guard found != nil else {
            // `learners add` writes an empty log: a learner who has not started, not a folder to skip.
            if hasLog, folder.size(of: LearnerStore.logName) == 0 {
                return .member(Member(name: name, snapshot: ProgressSnapshot(), note: Self.notStarted, folder: folder))
            }
            return hasLog
                ? .skipped("no \(snapshotName) yet: the learner's next session (or `lectern progress"
                    + " rebuild --learner \(ShellWord.quoted(name))`) writes it from the log")
                : .notALearner
        }
        let data: Data
        do throws(ProgressError) {
            // Capped: a huge (or sparse) snapshot is refused unread instead of costing its size in memory.
            guard let read = try folder.read(snapshotName, limit: LearnerStore.maximumSnapshotBytes) else { return .notALearner }
            data = read
        } catch {
            switch error {
            case let .tooLarge(_, size, limit):
                return .skipped("corrupt: \(snapshotName) is \(size) bytes, more than the \(limit) a snapshot may be;"
                    + " it was not read")
            case let .unsafeFile(_, problem):
                return .skipped("refused: \(snapshotName) \(problem); it was not read")
            default:
                return .skipped("locked: \(snapshotName) cannot be read (\(reason(error)))")
            }
        }
        switch ProgressMigration.plan(for: data) {
        case .missing:
            return .notALearner
        case let .damaged(reason):
            return .skipped("corrupt: \(LearnerStore.snapshotName) cannot be read (\(reason)); `lectern progress"
                + " rebuild --learner \(ShellWord.quoted(name))` rebuilds it from the log")
        case let .refuse(found):
            return .skipped("newer schema: \(LearnerStore.snapshotName) was written by a newer Lectern (schema version"
                + " \(found); this one reads up to \(ProgressSnapshot.currentSchemaVersion))")
        case let .migrate(from):
            return .skipped("older schema: \(LearnerStore.snapshotName) has schema version \(from); the learner's next"
                + " session migrates it")
        case let .current(snapshot) where snapshot.replayProblem != nil:
            return .skipped("corrupt: \(LearnerStore.snapshotName) does not add up (\(snapshot.replayProblem ?? ""));"
                + " `lectern progress rebuild --learner \(ShellWord.quoted(name))` rebuilds it from the log")
        case let .current(snapshot):
            var notes: [String] = []
            if snapshot.scheduler != configuration {
                notes.append("its card states were computed with other scheduler parameters")
            }
            if hasLog, let size = folder.size(of: LearnerStore.logName) {
                let covered = snapshot.logOffset.bytes
                if size > covered {
                    notes.append("the snapshot is behind its log (\(size - covered) bytes of later records are not in"
                        + " it); shown as of its last save")
                } else if size < covered {
                    notes.append("the log is shorter than the snapshot says; run `lectern progress verify --learner"
                        + " \(ShellWord.quoted(name))`")
                }
            }
            return .member(Member(
                name: name, snapshot: snapshot, note: notes.isEmpty ? nil : notes.joined(separator: "; "), folder: folder))
        }
    }

    /// The note of a learner added with `learners add` who has not answered yet.
    public static let notStarted = "not started: added, no answer yet"

    /// The system's reason in a file error, without the path (the report names the learner already).
    private static func reason(_ error: ProgressError) -> String {
        switch error {
        case let .io(_, _, cause), let .unwritable(_, cause): cause
        default: error.description
        }
    }
}
