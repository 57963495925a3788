import LecternCore
import Testing

struct EventDateTests {
    static let valid: [(String, EventDate)] = [
        ("1990s", EventDate(year: 1990, month: nil, day: nil, precision: .decade)),
        ("2003", EventDate(year: 2003, month: nil, day: nil, precision: .year)),
        ("2013-09", EventDate(year: 2013, month: 9, day: nil, precision: .month)),
        ("2013-09-27", EventDate(year: 2013, month: 9, day: 27, precision: .day)),
        ("2012-02-29", EventDate(year: 2012, month: 2, day: 29, precision: .day)),
        ("2000-02-29", EventDate(year: 2000, month: 2, day: 29, precision: .day)),
        ("2013-12-31", EventDate(year: 2013, month: 12, day: 31, precision: .day)),
    ]

    @Test(arguments: valid)
    func aWellFormedDateParsesAtThePrecisionItIsWrittenIn(text: String, expected: EventDate) {
        #expect(EventDate(text) == expected)
    }

    @Test(arguments: [
        "2013-02-29", "1900-02-29", "2013-02-30", "2013-04-31", "2003-13", "2003-00", "2013-09-00", "2013-9",
        "2013-09-7", "13", "20130", "1995s", "199s", "sometime", "", "2013-09-27-01", "2013/09/27", "-2013",
        "2013-", "+123", "2013-+9", "2013-09-+7",
    ])
    func anImpossibleOrMalformedDateDoesNotParse(text: String) {
        #expect(EventDate(text) == nil)
    }

    @Test(arguments: [
        ("1990s", "1990s"), ("2003", "2003"), ("2013-09", "September 2013"), ("2013-09-27", "27 September 2013"),
        ("2014-01-05", "5 January 2014"),
    ])
    func aDateIsPrintedAtItsPrecision(text: String, printed: String) throws {
        let date = try #require(EventDate(text))
        #expect(date.description == printed)
    }

    @Test func datesSortByTheirEarliestMomentWithTheLessPreciseFirst() throws {
        let texts = ["2013-10", "2013-09-27", "2013", "1990s", "2013-09", "1995", "2014-01-01"]
        let sorted = try texts.map { try #require(EventDate($0)) }.sorted()
        #expect(sorted.map(\.description) == [
            "1990s", "1995", "2013", "September 2013", "27 September 2013", "October 2013", "1 January 2014",
        ])
    }
}
