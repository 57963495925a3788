import Foundation

/// Draws the small Markdown of lesson prose for the terminal: paragraphs wrapped, lists and quotes indented,
/// `**bold**` and `*emphasis*` shown as styles (or left as plain words without colour), names highlighted.
public enum MarkdownText {
    /// Renders `markdown` at `width` columns, highlighting each of `highlight` where it appears. The text is
    /// neutralised before any style is painted into it.
    public static func render(_ markdown: String, style: Style, width: Int, highlight: [String] = []) -> DisplayText {
        // Names are highlighted only in colour; each name's pattern is compiled once for the whole text, not once for
        // every paragraph.
        let highlight = style.usesColor ? patterns(for: highlight) : []
        let markdown = DisplayText.neutralise(markdown)
        var blocks: [DisplayText] = []
        var paragraph: [String] = []
        func flush() {
            guard !paragraph.isEmpty else { return }
            blocks.append(wrap(inline(paragraph.joined(separator: " "), style, highlight), width, indent: "  "))
            paragraph = []
        }
        for raw in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                flush()
            } else if line.hasPrefix("- ") || line.hasPrefix("* ") {
                flush()
                blocks.append(wrap(inline(String(line.dropFirst(2)), style, highlight), width, indent: "  • ", hangingIndent: "    "))
            } else if line.hasPrefix(">") {
                flush()
                blocks.append(wrap(inline(line.dropFirst().trimmingCharacters(in: .whitespaces), style, highlight), width, indent: "    │ "))
            } else if line.hasPrefix("#") {
                flush()
                blocks.append(style.heading(DisplayText(line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces))))
            } else {
                paragraph.append(line)
            }
        }
        flush()
        return blocks.joined(separator: "\n\n")
    }

    private static func wrap(_ text: DisplayText, _ width: Int, indent: DisplayText, hangingIndent: DisplayText? = nil) -> DisplayText {
        TextWrapper.wrap(text, width: max(20, width), indent: indent, hangingIndent: hangingIndent)
    }

    /// One block's inline markup painted: `text` is neutralised already, and the painter adds only colours.
    private static func inline(_ text: String, _ style: Style, _ names: [NSRegularExpression]) -> DisplayText {
        var result = DisplayText.neutralise(text)
        for marker in ["**", "__"] { result = replacePairs(of: marker, in: result) { style.heading(DisplayText(alreadySafe: $0)).string } }
        for marker in ["*", "_"] where result.contains(marker + " ") == false {
            result = replacePairs(of: marker, in: result) { style.accent(DisplayText(alreadySafe: $0)).string }
        }
        for name in names {
            result = highlight(name, in: result, style)
        }
        return DisplayText(alreadySafe: result)
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

    private static func highlight(_ regex: NSRegularExpression, in text: String, _ style: Style) -> String {
        let range = NSRange(text.startIndex..., in: text)
        var result = ""
        var last = text.startIndex
        for match in regex.matches(in: text, range: range) {
            guard let found = Range(match.range, in: text), found.lowerBound >= last else { continue }
            result += text[last..<found.lowerBound] + style.accent(DisplayText(alreadySafe: String(text[found]))).string
            last = found.upperBound
        }
        return result + text[last...]
    }
}
