import Foundation

/// Draws the small Markdown of lesson prose for the terminal: paragraphs wrapped, lists and quotes indented,
/// `**bold**` and `*emphasis*` shown as styles (or left as plain words without colour), names highlighted.
public enum MarkdownText {
    /// Renders `markdown` at the environment's width, highlighting each of `highlight` where it appears.
    public static func render(_ markdown: String, env: ShellEnvironment, highlight: [String] = []) -> String {
        // Names are highlighted only in colour; each name's pattern is compiled once for the whole text, not once for
        // every paragraph.
        let highlight = env.style.usesColor ? patterns(for: highlight) : []
        var blocks: [String] = []
        var paragraph: [String] = []
        func flush() {
            guard !paragraph.isEmpty else { return }
            blocks.append(env.wrap(inline(paragraph.joined(separator: " "), env, highlight), indent: "  "))
            paragraph = []
        }
        for raw in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                flush()
            } else if line.hasPrefix("- ") || line.hasPrefix("* ") {
                flush()
                blocks.append(env.wrap(inline(String(line.dropFirst(2)), env, highlight), indent: "  • ", hangingIndent: "    "))
            } else if line.hasPrefix(">") {
                flush()
                blocks.append(env.wrap(inline(line.dropFirst().trimmingCharacters(in: .whitespaces), env, highlight), indent: "    │ "))
            } else if line.hasPrefix("#") {
                flush()
                blocks.append(env.style.heading(TerminalText.safe(line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces))))
            } else {
                paragraph.append(line)
            }
        }
        flush()
        return blocks.joined(separator: "\n\n")
    }

    private static func inline(_ text: String, _ env: ShellEnvironment, _ names: [NSRegularExpression]) -> String {
        var result = TerminalText.safe(text)
        for marker in ["**", "__"] { result = replacePairs(of: marker, in: result) { env.style.heading($0) } }
        for marker in ["*", "_"] where result.contains(marker + " ") == false {
            result = replacePairs(of: marker, in: result) { env.style.accent($0) }
        }
        for name in names {
            result = highlight(name, in: result, env)
        }
        return result
    }

    /// A pattern for each name longer than two characters, longest first, matching it as a whole word.
    private static func patterns(for names: [String]) -> [NSRegularExpression] {
        Set(names).sorted(by: { $0.count > $1.count }).filter { $0.count > 2 }.compactMap { name in
            try? NSRegularExpression(pattern: "(?<![\\p{L}\\u001B])" + NSRegularExpression.escapedPattern(for: name) + "(?![\\p{L}])")
        }
    }

    /// Replaces `marker…marker` with the styled text between the markers.
    private static func replacePairs(of marker: String, in text: String, style: (String) -> String) -> String {
        let parts = text.components(separatedBy: marker)
        guard parts.count >= 3 else { return text }
        var result = ""
        for (index, part) in parts.enumerated() {
            if index % 2 == 1, index < parts.count - (parts.count % 2 == 0 ? 1 : 0) {
                result += style(part)
            } else {
                result += (index % 2 == 1 ? marker : "") + part
            }
        }
        return result
    }

    private static func highlight(_ regex: NSRegularExpression, in text: String, _ env: ShellEnvironment) -> String {
        let range = NSRange(text.startIndex..., in: text)
        var result = ""
        var last = text.startIndex
        for match in regex.matches(in: text, range: range) {
            guard let found = Range(match.range, in: text), found.lowerBound >= last else { continue }
            result += text[last..<found.lowerBound] + env.style.accent(String(text[found]))
            last = found.upperBound
        }
        return result + text[last...]
    }
}
