import LecternCore

/// Tab completion for the main prompt: commands first; then, after a command, its options (after `-`), the values an
/// option declares (after the option: kinds, formats…), or its argument's values (lesson numbers and ids, scopes,
/// actor names and aliases, paragraph ids, settings and the words they take from a closed list).
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
        let options = command.declaredOptions
        let completion = command.info.completion
        let arguments = Array(previous.dropFirst())
        if word.hasPrefix("-") {
            // Options, and argument words that look like one (`settings retention --simulate`).
            let words = completion == .settings ? completion.values(after: arguments, in: course()) : []
            return matches(options.flatMap { $0.names.filter { $0.hasPrefix("--") } } + words, word)
        }
        if let last = arguments.last, let option = options.first(where: { $0.names.contains(last) }), option.takesValue {
            return matches(option.values, word)
        }
        let values = completion.values(after: arguments, in: course())
        guard completion == .actors else { return matches(values, word) }
        // Names have spaces: complete the whole argument typed so far, then offer the rest of the name.
        let typed = (previous.dropFirst() + [word]).joined(separator: " ")
        let skip = typed.count - word.count
        return matches(values, typed).map { String($0.dropFirst(skip)) }
    }

    private func matches(_ words: [String], _ prefix: String) -> [String] {
        var seen = Set<String>()
        return words.filter { $0.lowercased().hasPrefix(prefix.lowercased()) && seen.insert($0).inserted }.sorted()
    }
}
