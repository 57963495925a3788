import Foundation
import Testing

@testable import LecternCore

/// `progress export --format fsrs-csv`: the revlog CSV the reference FSRS tools read, parsed back.
struct RevlogExportTests {
    typealias F = ProgressFixtures

    /// The rows of `csv` after its header, as integers.
    private func rows(_ csv: String) throws -> [[Int]] {
        var lines = csv.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "card_id,review_time,review_rating,review_state,review_duration")
        #expect(lines.last == "")
        lines = Array(lines.dropFirst().dropLast())
        return try lines.map { line in
            try line.split(separator: ",", omittingEmptySubsequences: false).map { try #require(Int($0), "\(line)") }
        }
    }

    @Test func everyRatedAnswerIsOneRowWithTheCardsStateBeforeIt() throws {
        let minute = 60.0
        let day = 86_400.0
        let records: [ProgressRecord] = [
            .review(F.review("q-a", at: F.start, rating: .again, latency: 2.5)),
            .review(F.review("q-b", at: F.start.addingTimeInterval(minute), rating: .easy)),
            .review(F.review("q-a", at: F.start.addingTimeInterval(2 * minute), rating: .good)),
            .review(F.review("q-a", at: F.start.addingTimeInterval(20 * minute), rating: .good)),
            // Skipped: no rating, no row.
            .review(F.review("q-b", at: F.start.addingTimeInterval(21 * minute), rating: nil, outcome: .skipped)),
            .review(F.review("q-b", at: F.start.addingTimeInterval(30 * day), rating: .again)),
            .review(F.review("q-b", at: F.start.addingTimeInterval(30 * day + minute), rating: .good)),
            // Taken back: no row.
            .review(F.review("q-c", at: F.start.addingTimeInterval(31 * day), rating: .good)),
            .undo(.init(questionID: "q-c", answeredAt: F.start.addingTimeInterval(31 * day), at: F.start.addingTimeInterval(31 * day + 1))),
        ]
        let table = try rows(RevlogExport.csv(records))
        let ms = { (date: Date) in Int((date.timeIntervalSince1970 * 1000).rounded()) }
        #expect(table.map { $0[0] } == [1, 2, 1, 1, 2, 2])
        #expect(table.map { $0[1] } == [
            ms(F.start), ms(F.start.addingTimeInterval(minute)), ms(F.start.addingTimeInterval(2 * minute)),
            ms(F.start.addingTimeInterval(20 * minute)), ms(F.start.addingTimeInterval(30 * day)),
            ms(F.start.addingTimeInterval(30 * day + minute)),
        ])
        #expect(table.map { $0[2] } == [1, 4, 3, 3, 1, 3])
        // New, new, learning, learning, review (q-b graduated on Easy), relearning after the lapse.
        #expect(table.map { $0[3] } == [0, 0, 1, 1, 2, 3])
        #expect(table.map { $0[4] } == [2500, 4250, 4250, 4250, 4250, 4250])
    }

    @Test func anEmptyLogIsTheHeaderAlone() throws {
        #expect(try rows(RevlogExport.csv([])).isEmpty)
    }
}
