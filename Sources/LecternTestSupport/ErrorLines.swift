/// Errors and notes as a test reads them back: the presenter wraps them to the width (`MessageText`), so a test
/// compares their words, not where the lines break.
public enum ErrorLines {
    /// `text` with every run of white space (line breaks and indents included) made one space, trimmed.
    public static func squeezed(_ text: some StringProtocol) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The first message starting with `prefix` in `text` (standard error; with no prefix, its first line), with the
    /// indented lines it wraps onto, squeezed; nil when no line starts with `prefix`.
    public static func first(_ prefix: String = "", in text: String) -> String? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.hasPrefix(prefix) }) else { return nil }
        let continued = lines[(start + 1)...].prefix { $0.hasPrefix(" ") }
        return squeezed(([lines[start]] + continued).joined(separator: " "))
    }

    /// Every message of `text` (standard error): each line that does not start with a space, with the indented lines
    /// it wraps onto, squeezed.
    public static func messages(in text: String) -> [String] {
        var messages: [String] = []
        for line in text.split(separator: "\n") {
            if line.hasPrefix(" "), !messages.isEmpty {
                messages[messages.count - 1] += " " + squeezed(line)
            } else {
                messages.append(squeezed(line))
            }
        }
        return messages
    }
}
