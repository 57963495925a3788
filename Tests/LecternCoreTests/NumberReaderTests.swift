import Testing
@testable import LecternCore

@Suite struct NumberReaderTests {
    @Test(arguments: [
        ("2000", 2000.0), ("2,000", 2000), ("2 000", 2000), ("two thousand", 2000),
        ("two thousand five hundred", 2500), ("twenty-one", 21), ("280", 280), ("1.5", 1.5), ("13", 13),
        ("thirteen", 13), ("2003", 2003), ("two thousand and three", 2003), ("one hundred and twenty", 120),
        ("a thousand", 1000), ("2 thousand", 2000), ("1.5 million", 1_500_000), ("Twenty One", 21), ("zero", 0),
        ("1,234,567", 1_234_567), ("-3", -3), ("fifteen hundred", 1500),
    ])
    func readsDigitsAndWords(text: String, expected: Double) {
        #expect(NumberReader.read(text) == expected)
    }

    @Test(arguments: [
        "", "abc", "two two", "2,00", "20,00,000", "thousand", "1.2.3", "twenty thirty", "one and", "12a",
        "hundred", "five ten", "2 3",
    ])
    func refusesJunk(text: String) {
        #expect(NumberReader.read(text) == nil)
    }

    @Test(arguments: [(2000.0, "2,000"), (1.5, "1.5"), (280, "280"), (1_500_000, "1,500,000"), (-2.25, "-2.25")])
    func formatsForDisplay(value: Double, expected: String) {
        #expect(NumberReader.format(value) == expected)
    }
}
