/// Text from a course or a learner placed in a Markdown document so that it stays text: raw HTML cannot open a tag,
/// and a character Markdown reads as structure cannot end a table cell, a code span or a list item.
public enum MarkdownEscape {
    /// `text` for running prose: backslashes doubled, `&`, `<` and `>` as entities, line breaks as spaces (a break
    /// could start a heading, a list or a quote).
    public static func inline(_ text: String) -> String {
        guard text.contains(where: { "\\&<>\n\r".contains($0) }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\n", "\r", "\r\n": result += " "
            default: result.append(character)
            }
        }
        return result
    }

    /// `text` for a table cell: `inline`, with pipes escaped so they do not end the cell.
    public static func cell(_ text: String) -> String {
        inline(text).replacingOccurrences(of: "|", with: "\\|")
    }

    /// `text` as a code span, fenced with more backticks than any run inside it and escaped for a table cell (a pipe
    /// ends a cell even inside a code span). Entities are not decoded in code, so `<` and `&` are left for the
    /// renderer, which shows code literally.
    public static func code(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "|", with: "\\|")
        var longest = 0
        var run = 0
        for character in flat {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        guard longest > 0 else { return "`" + flat + "`" }
        let fence = String(repeating: "`", count: longest + 1)
        return fence + " " + flat + " " + fence
    }
}
