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
        // Each word with the spaces before it, so spacing inside a line (columns) survives; a break eats the spaces.
        var words: [(gap: Int, text: String)] = []
        var gap = 0
        for part in line.split(separator: " ", omittingEmptySubsequences: false) {
            if part.isEmpty {
                gap += 1
            } else {
                words.append((words.isEmpty ? 0 : gap + 1, String(part)))
                gap = 0
            }
        }
        if words.isEmpty { return "" }
        var lines: [String] = []
        var current = first
        var currentWidth = DisplayWidth.of(first)
        var isFresh = true
        for word in words {
            var piece = word.text
            var pieceWidth = DisplayWidth.of(piece)
            if !isFresh && currentWidth + word.gap + pieceWidth > width {
                lines.append(current)
                current = rest
                currentWidth = DisplayWidth.of(rest)
                isFresh = true
            }
            while currentWidth + pieceWidth > width && isFresh && pieceWidth > 1 && width - currentWidth > 0 {
                let head = prefix(of: piece, columns: width - currentWidth)
                lines.append(current + head)
                piece = String(piece.dropFirst(head.count))
                pieceWidth = DisplayWidth.of(piece)
                current = rest
                currentWidth = DisplayWidth.of(rest)
            }
            if !isFresh {
                current += String(repeating: " ", count: word.gap)
                currentWidth += word.gap
            }
            current += piece
            currentWidth += pieceWidth
            isFresh = false
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }

    /// The longest start of `word` that fits in `columns` (at least one character, so splitting always advances).
    private static func prefix(of word: String, columns: Int) -> String {
        var head = ""
        for character in word {
            if !head.isEmpty && DisplayWidth.of(head + String(character)) > columns { break }
            head.append(character)
        }
        return head
    }
}
