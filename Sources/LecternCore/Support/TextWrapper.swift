/// Wraps prose to the terminal width, keeping words whole (a word longer than a line is split).
public enum TextWrapper {
    /// `text` wrapped to `width` columns; each output line starts with `indent`, continuation lines with
    /// `hangingIndent` when given. Existing line breaks are kept.
    public static func wrap(_ text: String, width: Int, indent: String = "", hangingIndent: String? = nil) -> String {
        lines(text, width: width, indent: indent, hangingIndent: hangingIndent).joined(separator: "\n")
    }

    /// The same as `wrap`, as a list of lines.
    public static func lines(_ text: String, width: Int, indent: String = "", hangingIndent: String? = nil) -> [String] {
        let hanging = hangingIndent ?? indent
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { paragraph in
            wrapLine(String(paragraph), width: width, first: indent, rest: hanging)
        }
    }

    private static func wrapLine(_ line: String, width: Int, first: String, rest: String) -> String {
        let words = line.split(separator: " ", omittingEmptySubsequences: true)
        if words.isEmpty { return "" }
        var lines: [String] = []
        var current = first
        var currentWidth = DisplayWidth.of(first)
        var isFresh = true
        for word in words {
            var piece = String(word)
            var pieceWidth = DisplayWidth.of(piece)
            if !isFresh && currentWidth + 1 + pieceWidth > width {
                lines.append(current)
                current = rest
                currentWidth = DisplayWidth.of(rest)
                isFresh = true
            }
            while currentWidth + pieceWidth > width && isFresh && pieceWidth > 1 && width - currentWidth > 0 {
                let room = max(1, width - currentWidth)
                let head = String(piece.prefix(room))
                lines.append(current + head)
                piece = String(piece.dropFirst(head.count))
                pieceWidth = DisplayWidth.of(piece)
                current = rest
                currentWidth = DisplayWidth.of(rest)
            }
            if !isFresh {
                current += " "
                currentWidth += 1
            }
            current += piece
            currentWidth += pieceWidth
            isFresh = false
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }
}
