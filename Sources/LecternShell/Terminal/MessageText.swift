import LecternCore

/// Errors and notes as the learner reads them, wrapped to the width like every other reply: `error: ` or `note: `
/// starts the first line and the lines it wraps onto line up under the message's first word. A message of several
/// lines (a parse error's usage, a list of problems) keeps its lines; each one wraps under its own indent.
public enum MessageText {
    /// `error: message`, wrapped to `width` columns and ending in a line feed.
    public static func error(_ message: String, width: Int) -> DisplayText {
        self.message(DisplayText(message), prefix: "error: ", width: width)
    }

    /// `note: message`, wrapped to `width` columns and ending in a line feed.
    public static func note(_ message: String, width: Int) -> DisplayText {
        self.message(DisplayText(message), prefix: "note: ", width: width)
    }

    /// `prefix` and `text`, wrapped to `width` columns (never fewer than `TerminalSize.minimumColumns`) and ending in a
    /// line feed: the first line's continuations are indented as far as the prefix; every later line of `text`
    /// keeps its own indent, and its continuations go two columns further in. Unlike prose, a word longer than the
    /// line (a path, most often) is not cut: it has a line of its own, whole, so it can still be copied.
    public static func message(_ text: DisplayText, prefix: DisplayText = "", width: Int) -> DisplayText {
        let columns = max(TerminalSize.minimumColumns, width)
        // Display text already: each piece cut from it is display text again unchanged (messages are never painted).
        let lines = text.withoutTrailingNewline.string.split(separator: "\n", omittingEmptySubsequences: false)
        let aligned = String(repeating: " ", count: DisplayWidth.of(prefix.string))
        var wrapped = [wrap(lines.first ?? "", width: columns, first: prefix.string, rest: aligned)]
        for line in lines.dropFirst() {
            let indent = String(line.prefix { $0 == " " })
            wrapped.append(wrap(line.dropFirst(indent.count), width: columns, first: indent, rest: indent + "  "))
        }
        return DisplayText(wrapped.joined(separator: "\n")).asLine
    }

    /// One line's words filled greedily into lines of `width` columns, the first starting with `first` and the others
    /// with `rest`; a word wider than a line is not cut.
    private static func wrap(_ line: Substring, width: Int, first: String, rest: String) -> String {
        var output = first
        var column = DisplayWidth.of(first)
        var isFresh = true
        for word in line.split(separator: " ") {
            let columns = DisplayWidth.of(String(word))
            if !isFresh && column + 1 + columns > width {
                output += "\n" + rest
                column = DisplayWidth.of(rest)
                isFresh = true
            }
            if !isFresh {
                output += " "
                column += 1
            }
            output += word
            column += columns
            isFresh = false
        }
        return output
    }
}
