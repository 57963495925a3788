import ArgumentParser
import Foundation
import LecternCore
import LecternShell

struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "review", abstract: "Review what is due, then new questions up to the daily limit.")
    @OptionGroup var options: CommonOptions
    @Option(parsing: .unconditional, help: "At most this many questions.") var limit: Int?
    func run() throws {
        if let limit, limit < 1 {
            // One line, as at the prompt, and before the learner's files are opened.
            FileOutput.standardError.write("error: review takes '--limit N' with N a whole number above 0\n")
            throw ExitCode(64)
        }
        let session = try Session(options)
        try session.requireWritable("review")
        try session.runShell(firstLine: "review" + (limit.map { " --limit \($0)" } ?? ""))
    }
}

struct Settings: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "settings", abstract: "Show or change review settings (retention, new-per-day).")
    @OptionGroup var options: CommonOptions
    @Argument(help: "A setting and its value, e.g. 'retention 0.85'.") var words: [String] = []
    func run() throws { try Session(options).runOnce("settings", words.joined(separator: " ")) }
}

struct ProgressCommand: ParsableCommand {
    enum Action: String, ExpressibleByArgument, CaseIterable { case verify, repair, rebuild }
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Check, repair or rebuild a learner's files.",
        discussion: """
            verify lists what the files hold, answers to questions the course no longer has, and questions edited \
            since they were answered. repair moves unreadable log lines aside to review-log.jsonl.corrupt and says \
            what it did. rebuild replays the whole log into a new snapshot.
            """)
    @OptionGroup var options: CommonOptions
    @Argument(help: "verify, repair or rebuild.") var action: Action
    func run() throws {
        let session = try Session(options)
        let store = session.progress.store
        let bank = session.environment.bank
        do {
            switch action {
            case .verify:
                let hashes = Dictionary(uniqueKeysWithValues: bank.questions.map { ($0.id, bank.contentHash(of: $0.id) ?? $0.contentHash) })
                print(try store.verify(knownQuestionIDs: Set(hashes.keys), currentHashes: hashes))
            case .repair: print(try store.repair(now: Date()))
            case .rebuild: print(try store.rebuild(now: Date()))
            }
            try store.close()
        } catch {
            FileOutput.standardError.write("error: \(error)\n")
            throw ExitCode.failure
        }
    }
}

struct LearnersCommand: ParsableCommand {
    enum Action: String, ExpressibleByArgument, CaseIterable { case list, add, remove }
    static let configuration = CommandConfiguration(
        commandName: "learners", abstract: "List, add or remove learners (removing moves the folder to a dated backup).")
    @OptionGroup var options: CommonOptions
    @Argument(help: "list, add or remove.") var action: Action = .list
    @Argument(help: "The learner's name (for add and remove).") var name: String?
    @Flag(help: "Remove without asking.") var yes = false

    func run() throws {
        let launch = try options.launch()
        let learners = Learners(directory: launch.progressDirectory)
        do {
            switch action {
            case .list:
                let names = try learners.list()
                print(names.isEmpty ? "No learners yet in \(launch.progressDirectory.path)." : names.joined(separator: "\n"))
            case .add:
                let folder = try learners.add(try required())
                print("Added \(folder.lastPathComponent) at \(folder.path).")
            case .remove:
                let name = try required()
                guard yes || confirm(name) else {
                    print("Nothing removed.")
                    return
                }
                let backup = try learners.remove(name, now: Date())
                print("Removed \(name): the folder was moved to \(backup.path).")
            }
        } catch {
            FileOutput.standardError.write("error: \(error)\n")
            throw ExitCode.failure
        }
    }

    private func required() throws -> String {
        guard let name else { throw ValidationError("name the learner: 'lectern learners \(action.rawValue) NAME'") }
        return name
    }

    private func confirm(_ name: String) -> Bool {
        FileOutput.standardOutput.write("Remove learner '\(name)'? Their folder is moved to a dated backup. Type the name to confirm: ")
        return readLine()?.trimmingCharacters(in: .whitespaces) == name
    }
}
