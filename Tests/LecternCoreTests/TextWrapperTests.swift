@testable import LecternCore

import Testing

struct TextWrapperTests {
    func widest(_ text: String) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { DisplayWidth.of(String($0)) }.max() ?? 0
    }

    @Test func wordsAreKeptWholeAndLinesFitTheWidth() {
        let wrapped = TextWrapper.wrap("the quick brown fox jumps over the lazy dog", width: 15)
        #expect(wrapped == "the quick brown\nfox jumps over\nthe lazy dog")
    }

    @Test func aShortLineIsLeftAsItIs() {
        #expect(TextWrapper.wrap("short line", width: 40) == "short line")
    }

    @Test func spacesBetweenWordsOnOneLineAreKept() {
        #expect(TextWrapper.wrap("1. Title  · done", width: 40) == "1. Title  · done")
    }

    @Test func theIndentStartsTheFirstLineAndTheHangingIndentTheRest() {
        let wrapped = TextWrapper.wrap("one two three four five", width: 12, indent: "  - ", hangingIndent: "    ")
        #expect(wrapped == "  - one two\n    three\n    four\n    five")
        #expect(TextWrapper.wrap("one two three", width: 9, indent: "> ") == "> one two\n> three")
    }

    @Test func existingLineBreaksAndBlankLinesAreKept() {
        #expect(TextWrapper.wrap("first\n\nsecond", width: 20, indent: "  ") == "  first\n\n  second")
    }

    @Test func aWordLongerThanALineIsSplitToFit() {
        let wrapped = TextWrapper.wrap("a supercalifragilistic word", width: 8)
        #expect(widest(wrapped) <= 8)
        #expect(wrapped.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: " ", with: "") == "asupercalifragilisticword")
    }

    @Test func aLongWordOfWideCharactersIsSplitByColumns() {
        let wrapped = TextWrapper.wrap("漢字漢字漢字漢字", width: 5)
        #expect(widest(wrapped) <= 5)
        #expect(wrapped.replacingOccurrences(of: "\n", with: "") == "漢字漢字漢字漢字")
    }

    @Test func escapeCodesTakeNoColumns() {
        let red = "\u{1B}[31mred\u{1B}[0m"
        let wrapped = TextWrapper.wrap("\(red) \(red) \(red)", width: 8)
        #expect(wrapped == "\(red) \(red)\n\(red)")
    }

    @Test func wideCharactersTakeTwoColumns() {
        #expect(TextWrapper.wrap("漢字 漢字 漢字", width: 10) == "漢字 漢字\n漢字")
    }

    /// The word that once took `questions` 15 to 20 seconds (each cut measured the whole rest again): wrapped, every
    /// line fits and starts with its indent, the lines are full but the last, and nothing is lost or reordered.
    @Test func aNineHundredThousandCharacterWordWrapsWithinTheWidthAndKeepsEveryCharacter() {
        let word = String(repeating: "abcdefghij", count: 90_000)
        let wrapped = TextWrapper.wrap("Prompt: " + word + " end", width: 80, indent: "  ", hangingIndent: "    ")
        let lines = wrapped.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(lines.first == "  Prompt:")
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("    ") })
        #expect(lines.dropFirst().dropLast(2).allSatisfy { $0.count == 80 })
        let body = lines.dropFirst().map { $0.dropFirst(4) }.joined()
        #expect(body == word + " end" || body == word + "end")
        #expect(lines.count == 1 + (900_000 + 75) / 76 + (lines.last == "    end" ? 1 : 0))
    }

    /// A huge word of wide characters with colour codes in it, as a highlighted name in a lesson: the columns are
    /// counted without the codes, wide characters are never split, and the codes are kept in place.
    @Test func aHugeWordOfWideCharactersAndEscapeCodesWrapsByColumns() {
        let piece = "\u{1B}[1m漢字\u{1B}[0mab"
        let word = String(repeating: piece, count: 20_000)
        let wrapped = TextWrapper.wrap(word, width: 33)
        let lines = wrapped.split(separator: "\n")
        #expect(lines.allSatisfy { DisplayWidth.of(String($0)) <= 33 })
        #expect(lines.dropLast().allSatisfy { DisplayWidth.of(String($0)) >= 32 })
        #expect(lines.joined() == word)
    }

    /// Display text wraps as its string does and stays display text: the wrapper adds only breaks and indents.
    @Test func displayTextWrapsAsItsString() {
        let style = Style(usesColor: true)
        let text: DisplayText = "\(style.heading("Lesson")) one two three \u{1B}[2J"
        let wrapped = TextWrapper.wrap(text, width: 12, indent: "> ")
        #expect(wrapped.string == TextWrapper.wrap(text.string, width: 12, indent: "> "))
        #expect(!wrapped.string.contains("\u{1B}[2J"))
    }
}

/// `TextWrapper.pieces` splits on bytes only where that gives what splitting the characters gives.
struct TextWrapperPiecesTests {
    /// Pieces around spaces and line feeds: plain text, typography Lectern draws, a carriage return, and scalars that
    /// join a neighbouring space into one character (combining acute, zero-width joiner, Devanagari spacing mark,
    /// Arabic prepended number sign) or might look as if they did (emoji, a flag).
    static let pieces = [
        "Iran", "é", "e", "·", "—", "“", "”", "‘", "→", "✓", "◐", "\u{301}", "\u{200D}", "\u{903}", "\u{600}", "👍🏽",
        "🇮🇷", "\r", "\u{1B}[1m", "漢",
    ]

    @Test func randomTextSplitsAsItsCharactersSplit() {
        var rng = SplitMix64(seed: 3)
        var byBytes = 0
        for _ in 0..<4_000 {
            let text = (0..<Int.random(in: 0...12, using: &rng)).map { _ in
                Int.random(in: 0..<3, using: &rng) == 0
                    ? [" ", "\n", "  "][Int.random(in: 0..<3, using: &rng)]
                    : Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &rng)]
            }.joined()
            for separator: Unicode.Scalar in [" ", "\n"] {
                let expected = text.split(separator: Character(separator), omittingEmptySubsequences: false)
                let split = TextWrapper.pieces(of: text[...], at: separator)
                #expect(split.map { Array($0.utf8) } == expected.map { Array($0.utf8) }, "\(text.debugDescription)")
                if TextWrapper.separatorsStandAlone(in: text[...], separator) { byBytes += 1 }
            }
        }
        // Both ways are taken: most text by bytes, some by characters.
        #expect(byBytes > 2_000 && byBytes < 8_000)
    }

    @Test func spacesThatJoinTheirNeighboursAreLeftToTheCharacterSplit() {
        #expect(TextWrapper.separatorsStandAlone(in: "Quiz · “Rouhani” — p4 → ✓ done", " "))
        #expect(!TextWrapper.separatorsStandAlone(in: "a \u{301}b", " "))
        #expect(!TextWrapper.separatorsStandAlone(in: "a\u{600} b", " "))
        #expect(!TextWrapper.separatorsStandAlone(in: "one\r\ntwo", "\n"))
        #expect(TextWrapper.separatorsStandAlone(in: "one\n\u{301}two\u{600}\nthree", "\n"))
    }
}

/// `TextWrapper.wrap` against the wrapper as it was before lines that fit were returned untouched and words were
/// split on bytes; the reference below is that code.
struct TextWrapperReferenceTests {
    @Test func randomTextWrapsAsTheReferenceWrapsIt() {
        let pieces = [
            "Iran", "the", "supercalifragilistic", "é", "e\u{301}", "·", "“", "漢字", "✓", "\u{1B}[1m", "\u{1B}[0m",
            "\u{1B}[", "\u{1B}", "m", " ", " ", "  ", "\n", "\r\n", "\u{301}", "\u{600}", "\t",
        ]
        let indents = ["", "  ", "  - ", "\u{1B}[2m> \u{1B}[0m", "漢 "]
        var rng = SplitMix64(seed: 29)
        var untouched = 0
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...14, using: &rng)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &rng)] }.joined()
            let (wrapped, indent) = expectWrappedAsTheReference(text, widths: 1...40, indents: indents, &rng)
            if wrapped == indent + text { untouched += 1 }
        }
        #expect(untouched > 200)
    }

    @Test func proseWrapsAsTheReferenceWrapsIt() {
        // Many words per line at terminal widths: the byte path for lines whose words all fit.
        let words = [
            "Iran", "the", "Quds", "Force", "2,000", "“axis", "of", "evil”", "Iran’s", "—", "é", "漢字", "✓", "\u{1B}[2m“",
            "quote”\u{1B}[0m", "\u{1B}[1mbold\u{1B}[0m", "a", "counter-insurgency", "(p4)", "e\u{301}t\u{301}e", "·",
        ]
        let indents = ["", "  ", "  Why: ", "  Source p4: ", "\u{1B}[2m> \u{1B}[0m"]
        var rng = SplitMix64(seed: 31)
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 1...60, using: &rng)).map { _ in words[Int.random(in: 0..<words.count, using: &rng)] }
                .joined(separator: Bool.random(using: &rng) ? " " : (Bool.random(using: &rng) ? "  " : " \n"))
            expectWrappedAsTheReference(text, widths: 20...100, indents: indents, &rng)
        }
    }

    /// Wraps `text` at a width and with indents drawn from those given, expects the reference's bytes, and returns
    /// the wrapped text and the first indent.
    @discardableResult
    private func expectWrappedAsTheReference(
        _ text: String, widths: ClosedRange<Int>, indents: [String], _ rng: inout SplitMix64,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> (wrapped: String, indent: String) {
        let width = Int.random(in: widths, using: &rng)
        let indent = indents[Int.random(in: 0..<indents.count, using: &rng)]
        let hanging = Bool.random(using: &rng) ? nil : indents[Int.random(in: 0..<indents.count, using: &rng)]
        let wrapped = TextWrapper.wrap(text, width: width, indent: indent, hangingIndent: hanging)
        let expected = Reference.wrap(text, width: width, indent: indent, hangingIndent: hanging)
        #expect(
            Array(wrapped.utf8) == Array(expected.utf8),
            "\(text.debugDescription) width \(width) indent \(indent.debugDescription)", sourceLocation: sourceLocation)
        return (wrapped, indent)
    }

    private enum Reference {
        static func wrap(_ text: String, width: Int, indent: String, hangingIndent: String?) -> String {
            let hanging = hangingIndent ?? indent
            return text.split(separator: "\n", omittingEmptySubsequences: false).map { paragraph in
                wrapLine(String(paragraph), width: width, first: indent, rest: hanging)
            }.joined(separator: "\n")
        }

        static func wrapLine(_ line: String, width: Int, first: String, rest: String) -> String {
            var words: [(gap: Int, text: String)] = []
            var gap = 0
            for part in line.split(separator: " ", omittingEmptySubsequences: false) {
                if part.isEmpty {
                    gap += 1
                } else {
                    words.append((words.isEmpty ? 0 : gap + 1, String(part)))
                    gap = 0
                }
            }
            if words.isEmpty { return "" }
            var lines: [String] = []
            var current = first
            var currentWidth = DisplayWidth.of(first)
            var isFresh = true
            for word in words {
                var piece = word.text
                var pieceWidth = DisplayWidth.of(piece)
                if !isFresh && currentWidth + word.gap + pieceWidth > width {
                    lines.append(current)
                    current = rest
                    currentWidth = DisplayWidth.of(rest)
                    isFresh = true
                }
                while currentWidth + pieceWidth > width && isFresh && pieceWidth > 1 && width - currentWidth > 0 {
                    let head = prefix(of: piece, columns: width - currentWidth)
                    lines.append(current + head)
                    piece = String(piece.dropFirst(head.count))
                    pieceWidth = DisplayWidth.of(piece)
                    current = rest
                    currentWidth = DisplayWidth.of(rest)
                }
                if !isFresh {
                    current += String(repeating: " ", count: word.gap)
                    currentWidth += word.gap
                }
                current += piece
                currentWidth += pieceWidth
                isFresh = false
            }
            lines.append(current)
            return lines.joined(separator: "\n")
        }

        static func prefix(of word: String, columns: Int) -> String {
            var head = ""
            for character in word {
                if !head.isEmpty && DisplayWidth.of(head + String(character)) > columns { break }
                head.append(character)
            }
            return head
        }
    }
}
