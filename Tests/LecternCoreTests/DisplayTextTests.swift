import Testing

@testable import LecternCore

/// The one way text reaches the terminal: what it neutralises, what it keeps, and that only the painter adds escapes.
struct DisplayTextTests {
    /// Every scalar `DisplayText` must not let through: ESC and the other C0 controls but newline, DEL, C1, bidi.
    private func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 && value != 0x0A || (0x7F..<0xA0).contains(value) || value == 0x061C || value == 0x200E
            || value == 0x200F || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// The policy, scalar by scalar as docs/terminal-safety.md states it.
    private func specified(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar == "\t" {
                result += "  "
            } else if scalar.value < 0x20 && scalar != "\n" || scalar.value == 0x7F {
                result += "^" + String(UnicodeScalar(UInt8((scalar.value + 0x40) & 0x7F)))
            } else if isForbidden(scalar) {
                result += "\u{FFFD}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    @Test func controlCharactersAreShownAndCleanTextIsKept() {
        #expect(DisplayText("a\u{1B}[31mb\tc\u{85}\nd").string == "a^[[31mb  c\u{FFFD}\nd")
        #expect(DisplayText("Quiz · “Rouhani” é\n").string == "Quiz · “Rouhani” é\n")
        #expect(DisplayText("\u{7F}\u{0}\r").string == "^?^@^M")
    }

    @Test func oscCsiC1AndBidiControlsAreAllNeutralised() {
        let hostile = "\u{1B}]52;c;aGk=\u{07}\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m\u{202E}evil\u{2066}\u{200F}\u{061C}"
        let safe = DisplayText(hostile).string
        #expect(!safe.unicodeScalars.contains(where: isForbidden))
        #expect(safe == "^[]52;c;aGk=^G^[]0;pwned^G^[[2J\u{FFFD}31m\u{FFFD}evil\u{FFFD}\u{FFFD}\u{FFFD}")
    }

    /// Random text built from every forbidden scalar and its neighbours in UTF-8 (so the byte-level check that skips
    /// clean text is tried at its edges): nothing forbidden comes out, each scalar is replaced as the policy says,
    /// and clean text comes out unchanged.
    @Test func randomTextComesOutWithNothingForbiddenAndEverythingElseKept() {
        let forbidden = (0..<0x20).map { UnicodeScalar(UInt8($0)) } + (0x7F..<0xA0).map { UnicodeScalar(UInt8($0)) }
            + [0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]
            .compactMap(Unicode.Scalar.init(_:))
        let neighbours = [0x061B, 0x061D, 0x200D, 0x2010, 0x2029, 0x202F, 0x2065, 0x206A, 0xA0, 0xBF, 0x100]
            .compactMap(Unicode.Scalar.init(_:)).map(String.init)
        let pieces = forbidden.map(String.init) + neighbours + ["é", "Iran", " ", "·", "👍🏽", "\n"]
        var rng = SplitMix64(seed: 17)
        var unchanged = 0
        for _ in 0..<3_000 {
            let count = Int.random(in: 0...5, using: &rng)
            let text = (0..<count).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &rng)] }.joined()
            let safe = DisplayText(text).string
            #expect(!safe.unicodeScalars.contains(where: isForbidden), "\(text.debugDescription)")
            #expect(safe == specified(text), "\(text.debugDescription)")
            if !text.unicodeScalars.contains(where: isForbidden) {
                #expect(safe == text)
                unchanged += 1
            }
        }
        #expect(unchanged > 100)
    }

    @Test func interpolationKeepsDisplayTextAndNeutralisesEverythingElse() {
        let style = Style(usesColor: true)
        let title = "\u{1B}]0;title\u{07}"
        let line: DisplayText = "\(style.heading("Lesson")) · \(title) · \(3)"
        #expect(line.string == "\u{1B}[1mLesson\u{1B}[0m · ^[]0;title^G · 3")
        // A literal is cleaned too: only the painter writes an escape.
        let literal: DisplayText = "a\u{1B}b"
        #expect(literal.string == "a^[b")
        #expect((style.bad("x") + "\u{9B}").string == "\u{1B}[31mx\u{1B}[0m\u{FFFD}")
    }

    @Test func thePainterWritesNothingWithoutColour() {
        let plain = Style(usesColor: false)
        #expect(plain.heading("Lesson").string == "Lesson")
        #expect(plain.graded("80%", 0.9).string == "80%")
        #expect(Style(usesColor: true).graded("40%", 0.4).string == "\u{1B}[31m40%\u{1B}[0m")
        #expect(Charts(ReportRenderOptions(usesColor: true)).graded("90%", 0.9).string == "\u{1B}[32m90%\u{1B}[0m")
    }

    @Test func neutralisingTwiceChangesNothingMore() {
        let once = DisplayText.neutralise("a\t\u{1B}[2J\u{202E}b")
        #expect(DisplayText.neutralise(once) == once)
    }
}
