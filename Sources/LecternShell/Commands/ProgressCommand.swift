import ArgumentParser
import Foundation
import LecternCore

/// `lectern progress verify|repair|rebuild`: checks, repairs or rebuilds the learner's files.
public enum ProgressCommand: LecternCommand {
    /// What to do to the files.
    public struct Arguments: ParsableArguments {
        /// verify, repair or rebuild.
        @Argument(help: "verify, repair or rebuild.") public var action: ProgressAction

        /// An action still to be parsed.
        public init() {}
    }

    /// `progress`.
    public static let info = CommandInfo(
        name: "progress", abstract: "check, repair or rebuild a learner's files",
        discussion: """
            verify lists what the files hold, answers to questions the course no longer has, and questions edited \
            since they were answered. repair moves unreadable log lines aside to review-log.jsonl.corrupt and says \
            what it did. rebuild replays the whole log into a new snapshot.
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
                return Reply(DisplayText(try store.verify(knownQuestionIDs: Set(hashes.keys), currentHashes: hashes).description))
            case .repair: return Reply(DisplayText(try store.repair(now: now).description))
            case .rebuild: return Reply(DisplayText(try store.rebuild(now: now).description))
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
}
