/// Text from course files and learners made safe to print: no escape sequences or control characters reach the
/// terminal, whatever a file or an answer contains.
public enum TerminalText {
    /// `text` with control characters (other than newline and tab) shown as visible placeholders.
    public static func safe(_ text: String) -> String {
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
}
