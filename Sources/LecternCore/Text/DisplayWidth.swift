/// How many terminal columns text takes.
public enum DisplayWidth {
    /// The number of terminal columns `text` takes, ignoring ANSI escape sequences; wide characters count two.
    public static func of(_ text: String) -> Int {
        measure(text).width
    }

    /// `of(text)`, or nil when a space falls inside an escape sequence, so that the widths of the text's words and
    /// spaces taken apart add up to something else.
    static func ofSpaced(_ text: String) -> Int? {
        let measured = measure(text)
        return measured.hasSpaceInEscape ? nil : measured.width
    }

    private static func measure(_ text: String) -> (width: Int, hasSpaceInEscape: Bool) {
        var meter = Meter()
        var width = 0
        for scalar in text.unicodeScalars { width += meter.columns(of: scalar) }
        return (width, meter.hasSpaceInEscape)
    }

    /// Counts columns scalar by scalar, remembering whether it is inside an escape sequence: text measured piece by
    /// piece with one meter has the width of the whole.
    struct Meter {
        private var inEscape = false
        /// Whether a space was met inside an escape sequence.
        private(set) var hasSpaceInEscape = false

        /// The columns `scalar` adds.
        mutating func columns(of scalar: Unicode.Scalar) -> Int {
            if inEscape {
                if scalar == " " { hasSpaceInEscape = true }
                if (0x40...0x7E).contains(scalar.value) && scalar != "[" { inEscape = false }
                return 0
            }
            if scalar == "\u{1B}" {
                inEscape = true
                return 0
            }
            return DisplayWidth.columns(of: scalar)
        }

        /// The columns `character` adds.
        mutating func columns(of character: Character) -> Int {
            var width = 0
            for scalar in character.unicodeScalars { width += columns(of: scalar) }
            return width
        }
    }

    fileprivate static func columns(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        // ASCII, most of what is drawn, needs no look-up of its Unicode properties.
        if value < 0x80 { return value < 0x20 || value == 0x7F ? 0 : 1 }
        if value < 0xA0 { return 0 }
        if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark {
            return 0
        }
        if (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
            || (0x1F300...0x1FAFF).contains(value) || (0x20000...0x3FFFD).contains(value)
        {
            return 2
        }
        return 1
    }
}
