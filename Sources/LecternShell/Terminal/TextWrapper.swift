/// Wraps prose to the terminal width, keeping words whole (a word longer than a line is split).
public enum TextWrapper {
    /// `text` wrapped to `width` columns; each output line starts with `indent`, continuation lines with
    /// `hangingIndent` when given. Existing line breaks are kept.
    public static func wrap(_ text: String, width: Int, indent: String = "", hangingIndent: String? = nil) -> String {
        let hanging = hangingIndent ?? indent
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { paragraph in
            wrapLine(String(paragraph), width: width, first: indent, rest: hanging)
        }.joined(separator: "\n")
    }

    private static func wrapLine(_ line: String, width: Int, first: String, rest: String) -> String {
        let words = line.split(separator: " ", omittingEmptySubsequences: true)
        if words.isEmpty { return "" }
        var lines: [String] = []
        var current = first
        var currentWidth = TerminalText.width(first)
        var isFresh = true
        for word in words {
            var piece = String(word)
            var pieceWidth = TerminalText.width(piece)
            if !isFresh && currentWidth + 1 + pieceWidth > width {
                lines.append(current)
                current = rest
                currentWidth = TerminalText.width(rest)
                isFresh = true
            }
            while currentWidth + pieceWidth > width && isFresh && pieceWidth > 1 && width - currentWidth > 0 {
                let room = max(1, width - currentWidth)
                let head = String(piece.prefix(room))
                lines.append(current + head)
                piece = String(piece.dropFirst(head.count))
                pieceWidth = TerminalText.width(piece)
                current = rest
                currentWidth = TerminalText.width(rest)
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
