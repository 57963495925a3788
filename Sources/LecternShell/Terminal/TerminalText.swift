/// Text from course files and learners made safe to print: no escape sequences or control characters reach the
/// terminal, whatever a file or an answer contains.
public enum TerminalText {
    /// `text` with control characters (other than newline and tab) shown as visible placeholders.
    public static func safe(_ text: String) -> String {
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
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether `safe` would return `text` unchanged: no C0 control but the newline, no DEL, no C1 control (U+0080 to
    /// U+009F, which UTF-8 writes as 0xC2 and a byte from 0x80 to 0x9F).
    static func isSafe(_ text: String) -> Bool {
        var afterC2 = false
        for byte in text.utf8 {
            if byte < 0x20 && byte != 0x0A || byte == 0x7F || afterC2 && byte < 0xA0 { return false }
            afterC2 = byte == 0xC2
        }
        return true
    }
}
