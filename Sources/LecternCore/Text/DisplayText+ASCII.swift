import Foundation

extension DisplayText {
    /// The text in ASCII, for a terminal whose locale is not UTF-8: Lectern's own marks, quotes, dashes, arrows and
    /// chart blocks by their ASCII stand-ins (`✓` `+`, `✗` `x`, `◐` `~`, `→` `->`, `·` `|`, `“”` `"`, `—` `--`,
    /// `…` `...`, blocks `#`), letters with accents without them, and anything else left as `?`. Escape sequences
    /// (ASCII already) are kept, so colour still works.
    public var ascii: DisplayText {
        guard string.utf8.contains(where: { $0 >= 0x80 }) else { return self }
        var result = ""
        result.unicodeScalars.reserveCapacity(string.unicodeScalars.count)
        for scalar in string.unicodeScalars {
            if scalar.isASCII {
                result.unicodeScalars.append(scalar)
            } else if let standIn = Self.asciiStandIns[scalar] {
                result += standIn
            } else {
                let folded = String(scalar).folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
                result += folded.unicodeScalars.allSatisfy(\.isASCII) && !folded.isEmpty ? folded : "?"
            }
        }
        return DisplayText(alreadySafe: result)
    }

    private static let asciiStandIns: [Unicode.Scalar: String] = [
        "✓": "+", "✗": "x", "◐": "~", "→": "->", "←": "<-", "·": "|", "•": "*", "“": "\"", "”": "\"", "„": "\"",
        "‘": "'", "’": "'", "—": "--", "–": "-", "…": "...", "±": "+/-", "×": "x", "≤": "<=", "≥": ">=",
        "░": ":", "▒": "+", "▓": "*", "█": "#", "▁": "_", "▂": ".", "▃": "-", "▄": "=", "▅": "+", "▆": "*", "▇": "#",
        "▏": "#", "▎": "#", "▍": "#", "▌": "#", "▋": "#", "▊": "#", "▉": "#", "\u{FFFD}": "?", "\u{A0}": " ",
        "ß": "ss", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "œ": "oe", "Œ": "OE",
    ]
}
