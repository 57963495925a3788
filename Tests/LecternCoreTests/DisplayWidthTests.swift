import Testing
@testable import LecternCore

@Suite struct DisplayWidthTests {
    @Test func printableASCIITakesOneColumnAndControlCharactersNone() {
        for value in UInt8(0)..<0x80 {
            let text = String(UnicodeScalar(value))
            let isControl = value < 0x20 || value == 0x7F
            // An escape starts a sequence: alone it takes no column either.
            #expect(DisplayWidth.of(text) == (isControl ? 0 : 1), "\(value)")
        }
    }

    @Test func marksTakeNoColumnAndWideCharactersTwo() {
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("\u{85}\u{9F}") == 0)
        #expect(DisplayWidth.of("é·—‘’") == 5)
        #expect(DisplayWidth.of("漢字") == 4)
        #expect(DisplayWidth.of("\u{1B}[1mbold\u{1B}[0m") == 4)
    }
}
