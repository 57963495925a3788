import ArgumentParser
import Foundation
import LecternCore

extension ArgumentCompletion {
    /// What Tab offers for this argument in `course`: the one list both the prompt and the installed shell
    /// completions read.
    public func values(in course: Course) -> [String] {
        switch self {
        case .nothing: []
        case .commands: CommandCatalog.promptCommands.map { $0.info.name }
        case .lessons: course.lessons.map(\.id) + course.lessons.indices.map { "\($0 + 1)" }
        case .scopes: Self.lessons.values(in: course) + QuizCommand.namedScopes.map(\.word)
        case .paragraphs: course.article.paragraphs.map(\.id)
        case .actors: course.actors.flatMap(\.allNames)
        case .settings: SettingsCommand.names
        }
    }

    /// What Tab offers for the argument word after `previous`, the argument words already typed: the settings'
    /// names first, then, after a setting, the words it takes from a closed list (a number is not offered).
    public func values(after previous: [String], in course: Course) -> [String] {
        guard self == .settings else { return values(in: course) }
        guard let setting = previous.first else { return values(in: course) }
        return previous.count == 1 ? SettingsCommand.words(after: setting.lowercased()) : []
    }

    /// The same values for the bash, zsh and fish completions swift-argument-parser writes (`completion:` on the
    /// argument's declaration). Values that come from a course are asked of `lectern` at each Tab: it loads the
    /// course the command line names (`--course`, else where `lectern` would find one) and answers nothing when
    /// that course does not load.
    public var kind: CompletionKind {
        switch self {
        case .nothing: .default
        case .commands: .list(values(in: CourseContent.empty.course))
        case .settings:
            .custom { words, index, _ in
                // The argument words between `settings` and the one being completed.
                let before = Array(words.prefix(max(0, min(index, words.count))))
                let previous = before.lastIndex(of: SettingsCommand.info.name).map { Array(before[($0 + 1)...]) } ?? []
                return values(after: previous, in: CourseContent.empty.course)
            }
        case .lessons, .scopes, .paragraphs, .actors:
            .custom { words, _, _ in Self.course(namedBy: words).map(values(in:)) ?? [] }
        }
    }

    /// The course a shell's command line names with `--course DIR` or `--course=DIR`, or the one `lectern` finds
    /// without it; nil when it does not load.
    static func course(namedBy words: [String]) -> Course? {
        try? CourseLoader.load(from: Launch.Options(course: folder("--course", in: words)).courseFolder())
    }

    /// The learners of the progress folder a shell's command line names (`--progress-dir`, `--course`, or where
    /// `lectern` would look without them), for `--learner <Tab>`. Folder names are untrusted: only valid learner
    /// names made of letters, digits and `-_.@+` are offered, so nothing a shell would expand, split or show as a
    /// control sequence comes back; none when the folder cannot be read.
    public static func learners(namedBy words: [String]) -> [String] {
        let options = Launch.Options(course: folder("--course", in: words), progressDirectory: folder("--progress-dir", in: words))
        let directory = options.progressLocation(course: options.courseFolder()).directory
        let names = (try? Learners(directory: directory).list()) ?? []
        return names.filter(isOfferable)
    }

    /// Whether Tab may offer `name` as a learner: a valid learner name of letters, digits and `-_.@+` only.
    static func isOfferable(_ name: String) -> Bool {
        guard LearnerName.problem(with: name) == nil else { return false }
        return name.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal || "-_.@+".unicodeScalars.contains(scalar)
        }
    }

    /// The value of `option DIR` or `option=DIR`, the last given, as a folder path: the shell passes words as
    /// typed, so quotes around it are dropped and `~` expanded, as a learner would mean them.
    private static func folder(_ option: String, in words: [String]) -> String? {
        var explicit: String?
        for (index, word) in words.enumerated() {
            if word == option, words.indices.contains(index + 1) {
                explicit = words[index + 1]
            } else if word.hasPrefix(option + "=") {
                explicit = String(word.dropFirst(option.count + 1))
            }
        }
        return explicit.map { ($0.trimmingCharacters(in: CharacterSet(charactersIn: "\"'")) as NSString).expandingTildeInPath }
    }
}
