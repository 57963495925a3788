import Foundation
import Testing
@testable import LecternCore

struct StringTrimmingTests {
    @Test func randomTextIsTrimmedAsFoundationTrimsIt() {
        // Spaces and line breaks of every kind Foundation knows, scalars near them that it keeps (zero-width joiner,
        // byte-order mark), the answer punctuation trimmed by the grader, combining marks and text beyond the BMP.
        let pieces = [
            " ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}", "\u{200A}",
            "\u{200B}", "\u{200D}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{FEFF}", "#", "(",
            ")", ".", ":", "2", "Iran", "e\u{301}", "\u{301}", "👍🏽", "“", "”",
        ]
        let sets: [CharacterSet] = [.whitespaces, .whitespacesAndNewlines, CharacterSet(charactersIn: "#().: ")]
        var rng = SplitMix64(seed: 41)
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...7, using: &rng)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &rng)] }.joined()
            for set in sets {
                #expect(Array(text.trimmed(set).utf8) == Array(text.trimmingCharacters(in: set).utf8), "\(text.debugDescription)")
                let inner = text.dropFirst()
                #expect(Array(inner.trimmed(set).utf8) == Array(inner.trimmingCharacters(in: set).utf8), "\(text.debugDescription)")
            }
        }
    }
}
