import ArgumentParser
import Foundation
import LecternCore

/// `lectern progress verify|repair|rebuild|export`: checks, repairs, rebuilds or exports the learner's files.
public enum ProgressCommand: LecternCommand {
    /// What to do to the files.
    public struct Arguments: ParsableArguments {
        /// verify, repair, rebuild or export.
        @Argument(help: "verify, repair, rebuild or export.") public var action: ProgressAction
        /// What `export` writes: only `fsrs-csv` so far.
        @Option(help: "What export writes: fsrs-csv (the revlog CSV the reference FSRS tools read).")
        public var format: ExportFormat?

        /// `--format` goes with `export`, and `export` needs it.
        public func validate() throws {
            if action == .export, format == nil { throw ValidationError("export needs --format fsrs-csv") }
            if action != .export, format != nil { throw ValidationError("--format goes with export") }
        }

        /// An action still to be parsed.
        public init() {}
    }

    /// `progress`.
    public static let info = CommandInfo(
        name: "progress", abstract: "check, repair, rebuild or export a learner's files",
        discussion: """
            verify lists what the files hold, answers to questions the course no longer has, and questions edited \
            since they were answered. repair moves unreadable log lines aside to review-log.jsonl.corrupt and says \
            what it did. rebuild replays the whole log into a new snapshot. export --format fsrs-csv writes the rated \
            answers as the revlog CSV of the reference FSRS tools (card_id, review_time, review_rating, review_state, \
            review_duration), to re-check the fit of 'settings optimize' with them.
            """, place: .commandLine)

    /// Does the action and says what was done.
    public static func run(_ arguments: Arguments, in context: CommandContext) throws(CommandError) -> Reply {
        guard let store = context.storedProgress?.store else { throw .failure("the learner's files are not open") }
        let bank = context.environment.bank
        let now = context.environment.now()
        do {
            switch arguments.action {
            case .verify:
                let hashes = Dictionary(uniqueKeysWithValues: bank.questions.map { ($0.id, bank.contentHash(of: $0.id) ?? $0.contentHash) })
                let lessons = Set(context.environment.course.lessons.map(\.id))
                let report = try store.verify(knownQuestionIDs: Set(hashes.keys), knownLessonIDs: lessons, currentHashes: hashes)
                return Reply(DisplayText(report.description))
            case .repair: return Reply(DisplayText(try store.repair(now: now).description))
            case .rebuild: return Reply(DisplayText(try store.rebuild(now: now).description))
            case .export: return Reply(DisplayText(RevlogExport.csv(try store.records())))
            }
        } catch {
            throw .failure("\(error)", cause: error)
        }
    }
}

/// What `lectern progress` does to a learner's files.
public enum ProgressAction: String, CaseIterable, Sendable, ExpressibleByArgument {
    /// List what the files hold, answers to questions the course no longer has, and questions edited since.
    case verify
    /// Move unreadable log lines aside and rebuild.
    case repair
    /// Replay the whole log into a new snapshot.
    case rebuild
    /// Write the log in another format (`--format`).
    case export
}

/// What `lectern progress export` writes.
public enum ExportFormat: String, CaseIterable, Sendable, ExpressibleByArgument {
    /// The revlog CSV of the reference FSRS tools.
    case fsrsCSV = "fsrs-csv"
}
