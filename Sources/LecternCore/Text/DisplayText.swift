/// Text that is safe to show at a terminal: no escape sequence, control character or bidi control from a file or a
/// learner can be in it. The only way in from a `String` neutralises those characters (`DisplayText(_:)`, a literal,
/// an interpolated value); the only escape codes it holds are the colours `Style` paints. Everything that reaches the
/// terminal is one of these, so forgetting to clean a piece of text is a compile error, not a hole.
///
/// What is neutralised, and how it shows: ESC and the other C0 controls but newline and tab as `^[`, `^G`, …; DEL as
/// `^?`; a tab as two spaces; C1 controls (U+0080 to U+009F, among them the one-byte CSI U+009B) and the bidi controls
/// (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069) as U+FFFD.
public struct DisplayText: Sendable, Hashable, ExpressibleByStringInterpolation {
    /// The text as it is written to the terminal, with any painted colours.
    public let string: String

    /// `text` with every control character neutralised.
    public init(_ text: some StringProtocol) {
        string = Self.neutralise(String(text))
    }

    /// Text known to be safe already: made only by the painter, the wrapper and the composition below from pieces
    /// that were display text themselves.
    init(alreadySafe string: String) {
        self.string = string
    }

    /// A literal is cleaned like any other text (a literal has no reason to hold an escape code).
    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// Text built by interpolation: display text goes in as it is, everything else is neutralised.
    public init(stringInterpolation: StringInterpolation) {
        string = stringInterpolation.string
    }

    /// Builds display text from literals and values: `"\(style.heading(title)) · \(author)"`.
    public struct StringInterpolation: StringInterpolationProtocol {
        var string = ""

        /// Reserves room for the literal parts.
        public init(literalCapacity: Int, interpolationCount: Int) {
            string.reserveCapacity(literalCapacity + 8 * interpolationCount)
        }

        /// Appends a literal part, neutralised.
        public mutating func appendLiteral(_ literal: String) {
            string += DisplayText.neutralise(literal)
        }

        /// Appends display text as it is.
        public mutating func appendInterpolation(_ text: DisplayText) {
            string += text.string
        }

        /// Appends an error's description, neutralised.
        public mutating func appendInterpolation(_ error: any Error) {
            string += DisplayText.neutralise(String(describing: error))
        }

        /// Appends a value's description, neutralised.
        public mutating func appendInterpolation(_ value: some CustomStringConvertible) {
            string += DisplayText.neutralise(value.description)
        }
    }

    /// Whether there is no text.
    public var isEmpty: Bool { string.isEmpty }

    /// The two texts one after the other.
    public static func + (left: DisplayText, right: DisplayText) -> DisplayText {
        DisplayText(alreadySafe: left.string + right.string)
    }

    /// Appends `right`.
    public static func += (left: inout DisplayText, right: DisplayText) {
        left = left + right
    }

    /// This text without its last newline, if it ends with one.
    public var withoutTrailingNewline: DisplayText {
        string.hasSuffix("\n") ? DisplayText(alreadySafe: String(string.dropLast())) : self
    }

    /// This text with a newline after it, unless it is empty.
    public var asLine: DisplayText { isEmpty ? self : DisplayText(alreadySafe: string + "\n") }

    /// `text` with control characters (other than newline) shown as visible placeholders, as `DisplayText` keeps it:
    /// for text that stays a `String` in a model (a course field, a learner's note) but must be clean from the start.
    public static func neutralise(_ text: String) -> String {
        // Most text has nothing to replace: return it as it is rather than copy it scalar by scalar.
        if isSafe(text) { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A: result.unicodeScalars.append(scalar)
            case 0x09: result += "  "
            case 0x00..<0x20, 0x7F: result += "^" + String(UnicodeScalar(UInt8((scalar.value + 0x40) & 0x7F)))
            case 0x80..<0xA0: result += "\u{FFFD}"
            case _ where isBidiControl(scalar.value): result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether `value` is a bidi control: the Arabic letter mark, the left-to-right and right-to-left marks, the
    /// embeddings and overrides, and the isolates. Each can reorder what a reader sees.
    public static func isBidiControl(_ value: UInt32) -> Bool {
        value == 0x061C || value == 0x200E || value == 0x200F || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value)
    }

    /// Whether `neutralise` would return `text` unchanged, settled on the UTF-8 bytes: no C0 control but the newline,
    /// no DEL, no C1 control (0xC2 then 0x80 to 0x9F), no bidi control (0xD8 0x9C; 0xE2 0x80 then 0x8E, 0x8F or 0xAA
    /// to 0xAE; 0xE2 0x81 then 0xA6 to 0xA9).
    static func isSafe(_ text: String) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x20 && byte != 0x0A || byte == 0x7F { return false }
            if byte >= 0x80 {
                if previous == 0xC2 && byte < 0xA0 || previous == 0xD8 && byte == 0x9C { return false }
                if beforePrevious == 0xE2 && previous == 0x80 && (byte == 0x8E || byte == 0x8F || (0xAA...0xAE).contains(byte)) {
                    return false
                }
                if beforePrevious == 0xE2 && previous == 0x81 && (0xA6...0xA9).contains(byte) { return false }
            }
            beforePrevious = previous
            previous = byte
        }
        return true
    }
}

extension Sequence<DisplayText> {
    /// The texts with `separator` between them.
    public func joined(separator: DisplayText = "") -> DisplayText {
        DisplayText(alreadySafe: map(\.string).joined(separator: separator.string))
    }
}
