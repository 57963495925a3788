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
        }
    }

    /// The same values for the bash, zsh and fish completions swift-argument-parser writes (`completion:` on the
    /// argument's declaration). Values that come from a course are asked of `lectern` at each Tab: it loads the
    /// course the command line names (`--course`, else where `lectern` would find one) and answers nothing when
    /// that course does not load.
    public var kind: CompletionKind {
        switch self {
        case .nothing: .default
        case .commands: .list(values(in: CourseContent.empty.course))
        case .lessons, .scopes, .paragraphs, .actors:
            .custom { words, _, _ in Self.course(namedBy: words).map(values(in:)) ?? [] }
        }
    }

    /// The course a shell's command line names with `--course DIR` or `--course=DIR`, or the one `lectern` finds
    /// without it; nil when it does not load.
    static func course(namedBy words: [String]) -> Course? {
        var explicit: String?
        for (index, word) in words.enumerated() {
            if word == "--course", words.indices.contains(index + 1) {
                explicit = words[index + 1]
            } else if word.hasPrefix("--course=") {
                explicit = String(word.dropFirst("--course=".count))
            }
        }
        // The shell passes words as typed: a folder in quotes or after `~` is what a learner would write.
        let folder = explicit.map { ($0.trimmingCharacters(in: CharacterSet(charactersIn: "\"'")) as NSString).expandingTildeInPath }
        return try? CourseLoader.load(from: Launch.Options(course: folder).courseFolder())
    }
}
