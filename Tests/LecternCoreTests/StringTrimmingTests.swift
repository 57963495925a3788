import Foundation
import Testing
@testable import LecternCore

struct StringTrimmingTests {
    @Test func randomTextIsTrimmedAsFoundationTrimsIt() {
        // Spaces and line breaks of every kind Foundation knows (zero-width space included), scalars near them that it
        // keeps (zero-width joiner, byte-order mark), the answer punctuation trimmed by the grader, combining marks and text beyond the BMP.
        let pieces = [
            " ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}", "\u{200A}",
            "\u{200B}", "\u{200D}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{FEFF}", "#", "(",
            ")", ".", ":", "2", "Iran", "e\u{301}", "\u{301}", "👍🏽", "“", "”",
        ]
        let sets: [(ScalarSet, CharacterSet)] = [
            (.whitespaces, .whitespaces), (.whitespacesAndNewlines, .whitespacesAndNewlines),
            (Grader.optionNumberMarks, CharacterSet(charactersIn: "#().: ")),
        ]
        var rng = SplitMix64(seed: 41)
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...7, using: &rng)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &rng)] }.joined()
            for (set, foundation) in sets {
                #expect(Array(text.trimmed(set).utf8) == Array(text.trimmingCharacters(in: foundation).utf8), "\(text.debugDescription)")
                let inner = text.dropFirst()
                #expect(Array(inner.trimmed(set).utf8) == Array(inner.trimmingCharacters(in: foundation).utf8), "\(text.debugDescription)")
            }
        }
    }

    @Test func theSetsHoldExactlyTheScalarsOfFoundationsSets() {
        // Every scalar there is, in and out of the Basic Multilingual Plane.
        for (set, foundation, name) in [
            (ScalarSet.whitespaces, CharacterSet.whitespaces, "whitespaces"),
            (ScalarSet.whitespacesAndNewlines, CharacterSet.whitespacesAndNewlines, "whitespacesAndNewlines"),
        ] {
            var disagreements: [String] = []
            for value in UInt32(0)...0x10FFFF {
                guard let scalar = Unicode.Scalar(value) else { continue }
                if set.contains(scalar) != foundation.contains(scalar) { disagreements.append(String(value, radix: 16)) }
            }
            #expect(disagreements.isEmpty, "\(name) differs at U+\(disagreements.prefix(10))")
        }
    }
}
