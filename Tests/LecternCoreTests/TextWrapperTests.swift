import LecternCore

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
}
