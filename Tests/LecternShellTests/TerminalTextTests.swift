import LecternCore
import Testing

@testable import LecternShell

struct TerminalTextTests {
    /// `safe` as it was before it returned clean text untouched: every scalar looked at.
    private func reference(_ text: String) -> String {
        var result = ""
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

    @Test func randomTextIsMadeSafeAsScalarByScalar() {
        // Every C0 control, DEL, every C1 control, and their neighbours in UTF-8 (U+00A0, U+00BF, U+0100).
        let pieces = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) } + (0x7F..<0xA1).map { String(UnicodeScalar(UInt8($0))) }
            + ["\u{BF}", "\u{100}", "é", "Iran", " ", "·", "👍🏽"]
        var rng = SplitMix64(seed: 17)
        var unchanged = 0
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...5, using: &rng)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &rng)] }.joined()
            let safe = TerminalText.safe(text)
            #expect(Array(safe.utf8) == Array(reference(text).utf8), "\(text.debugDescription)")
            if TerminalText.isSafe(text) { unchanged += 1 }
        }
        #expect(unchanged > 100)
    }

    @Test func controlCharactersAreShownAndCleanTextIsKept() {
        #expect(TerminalText.safe("a\u{1B}[31mb\tc\u{85}\nd") == "a^[[31mb  c\u{FFFD}\nd")
        #expect(TerminalText.safe("Quiz · “Rouhani” é\n") == "Quiz · “Rouhani” é\n")
    }
}
