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
        // Most text is one paragraph: then it is the only piece, and looking for separators would find none.
        guard text.utf8.contains(0x0A) else { return [wrapLine(text, width: width, first: indent, rest: hanging)] }
        return pieces(of: text[...], at: "\n").map { paragraph in
            wrapLine(String(paragraph), width: width, first: indent, rest: hanging)
        }
    }

    /// Display text wrapped as `wrap` wraps a string: wrapping only adds line breaks and indents, so safe text stays
    /// safe.
    public static func wrap(
        _ text: DisplayText, width: Int, indent: DisplayText = "", hangingIndent: DisplayText? = nil
    ) -> DisplayText {
        DisplayText(alreadySafe: wrap(text.string, width: width, indent: indent.string, hangingIndent: hangingIndent?.string))
    }

    /// Display text wrapped, as a list of lines.
    public static func lines(
        _ text: DisplayText, width: Int, indent: DisplayText = "", hangingIndent: DisplayText? = nil
    ) -> [DisplayText] {
        lines(text.string, width: width, indent: indent.string, hangingIndent: hangingIndent?.string)
            .map(DisplayText.init(alreadySafe:))
    }

    /// `text` split at every `separator` (a space or a line feed) as `split(separator:omittingEmptySubsequences:
    /// false)` splits its characters, but on its bytes when that gives the same pieces: when each separator is a
    /// character of its own, which `separatorsStandAlone` checks without breaking the text into characters.
    static func pieces(of text: Substring, at separator: Unicode.Scalar) -> [Substring] {
        guard separatorsStandAlone(in: text, separator) else {
            return text.split(separator: Character(separator), omittingEmptySubsequences: false)
        }
        return text.utf8.split(separator: UInt8(separator.value), omittingEmptySubsequences: false).map(Substring.init)
    }

    /// Whether every `separator` in `text` is a character by itself, for a space or a line feed.
    ///
    /// A line feed joins only a carriage return before it. A space joins what follows it only when that extends a
    /// character (a combining mark, a spacing mark, a zero-width joiner) and what precedes it only when that is a
    /// prepended mark; none of those is below U+0300 or among the punctuation, arrows and symbols listed in
    /// `isPlain`, so a space between such scalars stands alone. Anything else is left to the character split.
    static func separatorsStandAlone(in text: Substring, _ separator: Unicode.Scalar) -> Bool {
        // Most separators sit between ASCII bytes, which are plain scalars (and a line feed's neighbour is no carriage
        // return): settle those on the bytes, and look at scalars only when a separator has another neighbour.
        if let settled = separatorsStandAloneAmongASCII(in: text.utf8, UInt8(separator.value)) { return settled }
        var previous: Unicode.Scalar?
        var afterSeparator = false
        for scalar in text.unicodeScalars {
            if afterSeparator, separator == " ", !isPlain(scalar) { return false }
            afterSeparator = scalar == separator
            if afterSeparator, let previous {
                if separator == "\n" ? previous == "\r" : !isPlain(previous) { return false }
            }
            previous = scalar
        }
        return true
    }

    /// Whether every `separator` byte stands alone when all its neighbours are ASCII (false for a line feed after
    /// a carriage return), or nil when one of them is not ASCII.
    private static func separatorsStandAloneAmongASCII(in bytes: Substring.UTF8View, _ separator: UInt8) -> Bool? {
        // Native strings are contiguous: walk their memory rather than the view, index by index.
        if let settled = bytes.withContiguousStorageIfAvailable({ separatorsStandAloneAmongASCII(in: $0, separator) }) {
            return settled
        }
        return separatorsStandAloneAmongASCII(in: Array(bytes), separator)
    }

    private static func separatorsStandAloneAmongASCII(
        in bytes: some Sequence<UInt8>, _ separator: UInt8
    ) -> Bool? {
        var previous: UInt8?
        var afterSeparator = false
        for byte in bytes {
            if afterSeparator, byte >= 0x80 { return nil }
            afterSeparator = byte == separator
            if afterSeparator, let previous {
                if previous >= 0x80 { return nil }
                if separator == 0x0A, previous == 0x0D { return false }
            }
            previous = byte
        }
        return true
    }

    /// Latin text and the punctuation and symbols Lectern draws: never part of another character's cluster.
    private static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x300, 0x2010...0x2027, 0x2190...0x21FF, 0x2500...0x27BF: true
        default: false
        }
    }

    private static func wrapLine(_ line: String, width: Int, first: String, rest: String) -> String {
        // A line that fits as it is comes back as it is: no space at either end to drop, and its words and spaces
        // add up to its width (no space inside an escape sequence), so the loop below would break nowhere.
        if let last = line.utf8.last, last != 0x20, line.utf8.first != 0x20, let lineWidth = DisplayWidth.ofSpaced(line),
            DisplayWidth.of(first) + lineWidth <= width
        {
            return first + line
        }
        if let wrapped = wrapBytes(line, width: width, first: first, rest: rest) { return wrapped }
        // Each word with the spaces before it, so spacing inside a line (columns) survives; a break eats the spaces.
        var words: [(gap: Int, text: String)] = []
        var gap = 0
        for part in pieces(of: line[...], at: " ") {
            if part.isEmpty {
                gap += 1
            } else {
                words.append((words.isEmpty ? 0 : gap + 1, String(part)))
                gap = 0
            }
        }
        if words.isEmpty { return "" }
        // The lines so far, joined by newlines; the last one is being filled.
        var output = first
        var currentWidth = DisplayWidth.of(first)
        let restWidth = DisplayWidth.of(rest)
        var isFresh = true
        for word in words {
            var piece = word.text
            var pieceWidth = DisplayWidth.of(piece)
            if !isFresh && currentWidth + word.gap + pieceWidth > width {
                output += "\n" + rest
                currentWidth = restWidth
                isFresh = true
            }
            if currentWidth + pieceWidth > width && isFresh && pieceWidth > 1 && width - currentWidth > 0 {
                let cut = cut(piece, width: width, firstColumns: currentWidth, rest: rest, restColumns: restWidth)
                output += cut.lines
                piece = cut.tail
                pieceWidth = cut.tailWidth
                currentWidth = cut.tailColumns
            }
            if !isFresh {
                output += String(repeating: " ", count: word.gap)
                currentWidth += word.gap
            }
            output += piece
            currentWidth += pieceWidth
            isFresh = false
        }
        return output
    }

    /// `wrapLine` on the line's bytes, for the usual line: its spaces stand alone (so splitting its bytes at spaces
    /// gives its words) and every word fits on a fresh line (so none is cut). Nil for any other line, which the
    /// general loop in `wrapLine` handles; the two give the same text (a property test compares them).
    private static func wrapBytes(_ line: String, width: Int, first: String, rest: String) -> String? {
        guard separatorsStandAlone(in: line[...], " ") else { return nil }
        let bytes = Array(line.utf8)
        let firstWidth = DisplayWidth.of(first)
        let restWidth = DisplayWidth.of(rest)
        // Each word as (spaces before it, start, end, columns), as the general loop lists them.
        var words: [(gap: Int, start: Int, end: Int, width: Int)] = []
        var gap = 0
        var start = 0
        for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x20 {
            if end == start {
                gap += 1
            } else {
                let columns = columns(of: bytes[start..<end])
                guard columns + max(firstWidth, restWidth) <= width else { return nil }
                words.append((words.isEmpty ? 0 : gap + 1, start, end, columns))
                gap = 0
            }
            start = end + 1
        }
        if words.isEmpty { return "" }
        var output = Array(first.utf8)
        output.reserveCapacity(bytes.count + bytes.count / 8 * (rest.utf8.count + 1) + output.count)
        var currentWidth = firstWidth
        var isFresh = true
        for word in words {
            if !isFresh && currentWidth + word.gap + word.width > width {
                output.append(0x0A)
                output += rest.utf8
                currentWidth = restWidth
                isFresh = true
            }
            if !isFresh {
                output += repeatElement(0x20, count: word.gap)
                currentWidth += word.gap
            }
            output += bytes[word.start..<word.end]
            currentWidth += word.width
            isFresh = false
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The columns of one word's bytes, as `DisplayWidth.of` counts them: ASCII and escape sequences on the bytes.
    private static func columns(of word: ArraySlice<UInt8>) -> Int {
        guard word.allSatisfy({ $0 < 0x80 }) else { return DisplayWidth.of(String(decoding: word, as: UTF8.self)) }
        var columns = 0
        var inEscape = false
        for byte in word {
            if inEscape {
                if (0x40...0x7E).contains(byte) && byte != UInt8(ascii: "[") { inEscape = false }
            } else if byte == 0x1B {
                inEscape = true
            } else if byte >= 0x20 && byte != 0x7F {
                columns += 1
            }
        }
        return columns
    }

    /// A word too long for the line cut into lines, in one pass over it: each line the longest run of characters
    /// that fits (at least one, so cutting always advances), measured from where the line starts as if it were a word
    /// of its own; `lines` ends with the break and `rest` before the part that fits on the last line, `tail`.
    /// `firstColumns` is where the first line starts; the last line starts at `restColumns`.
    private static func cut(
        _ word: String, width: Int, firstColumns: Int, rest: String, restColumns: Int
    ) -> (lines: String, tail: String, tailWidth: Int, tailColumns: Int) {
        var lines = ""
        var start = word.startIndex
        var current = firstColumns
        while true {
            // Measure from `start` only as far as the line reaches: a line that needs cutting is cut where the
            // measure stops, and a rest that fits was measured whole.
            let columns = width - current
            var meter = DisplayWidth.Meter()
            var used = 0
            var end = start
            var fits = true
            while end < word.endIndex {
                let added = meter.columns(of: word[end])
                if end > start && used + added > columns {
                    fits = false
                    break
                }
                used += added
                end = word.index(after: end)
            }
            // A rest that fits ends the cutting; a first character wider than the line is a line by itself.
            if fits && used <= columns {
                return (lines, String(word[start...]), used, current)
            }
            lines += word[start..<end] + "\n" + rest
            start = end
            current = restColumns
            let tail = word[start...]
            if tail.isEmpty { return (lines, "", 0, current) }
            // The conditions under which the cutting goes on: the rest is wider than what is left of a fresh line,
            // it is more than one column and the line has room at all.
            if width - current <= 0 {
                return (lines, String(tail), DisplayWidth.of(String(tail)), current)
            }
        }
    }
}
