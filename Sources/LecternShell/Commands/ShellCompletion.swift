import LecternCore

/// Tab completion for the main prompt: commands first, then lesson ids, actor names and aliases, paragraph ids.
public struct ShellCompletion: CompletionProvider {
    private let course: @Sendable () -> Course

    /// Creates the completion for a course.
    public init(course: Course) {
        self.course = { course }
    }

    /// Creates the completion for a course that may still be being loaded; `course` is called at each Tab.
    public init(course: @escaping @Sendable () -> Course) {
        self.course = course
    }

    /// Candidates completing `word`, given the text before it on the line.
    public func completions(before linePrefix: String, word: String) -> [String] {
        let previous = linePrefix.split(separator: " ").map(String.init)
        guard let commandWord = previous.first else {
            return matches(CommandCatalog.promptCommands.map { $0.info.name }, word)
        }
        guard let command = CommandCatalog.command(commandWord.lowercased()) else { return [] }
        switch command.info.completion {
        case .nothing: return []
        case .commands: return matches(CommandCatalog.promptCommands.map { $0.info.name }, word)
        case .lessons:
            let lessons = course().lessons
            return matches(lessons.map(\.id) + lessons.indices.map { "\($0 + 1)" }, word)
        case .paragraphs: return matches(course().article.paragraphs.map(\.id), word)
        case .actors:
            let actorWords = course().actors.flatMap(\.allNames)
            // Names have spaces: complete the whole argument typed so far, then offer the rest of the name.
            let typed = (previous.dropFirst() + [word]).joined(separator: " ")
            let skip = typed.count - word.count
            return matches(actorWords, typed).map { String($0.dropFirst(skip)) }
        }
    }

    private func matches(_ words: [String], _ prefix: String) -> [String] {
        var seen = Set<String>()
        return words.filter { $0.lowercased().hasPrefix(prefix.lowercased()) && seen.insert($0).inserted }.sorted()
    }
}
