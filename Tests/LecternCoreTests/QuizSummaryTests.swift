import Foundation
import Testing
@testable import LecternCore

@Suite struct QuizSummaryTests {
    typealias F = GradingFixture
    let start = Date(timeIntervalSince1970: 1_403_000_000)  // 2014-06-17 10:13:20 UTC

    func finishedSummary() throws -> QuizSummary {
        var rng = SplitMix64(seed: 3)
        var quiz = QuizSession(
            questions: [F.typedRouhani, F.number, F.whoSaid, F.year], course: F.course,
            settings: QuizSettings(askConfidence: true, mode: "review"), recorder: InMemoryProgress(), using: &rng,
            now: start)
        _ = quiz.handle("Rohani", now: start.addingTimeInterval(20))
        _ = quiz.handle("sure", now: start.addingTimeInterval(21))
        _ = quiz.handle("hint", now: start.addingTimeInterval(30))
        _ = quiz.handle("200", now: start.addingTimeInterval(40))
        _ = quiz.handle("u", now: start.addingTimeInterval(41))
        _ = quiz.handle("flag quote is cut short", now: start.addingTimeInterval(50))
        _ = quiz.handle("Cheney", now: start.addingTimeInterval(60))
        _ = quiz.handle("g", now: start.addingTimeInterval(61))
        guard case .finished(let summary) = quiz.handle("quit", now: start.addingTimeInterval(252)) else {
            throw SummaryTestError.notFinished
        }
        return summary
    }

    enum SummaryTestError: Error { case notFinished }

    @Test func theSummaryCountsScoreTimeHintsAndCalibration() throws {
        let summary = try finishedSummary()
        #expect(summary.attempted == 3)
        #expect(summary.correct == 2)
        #expect(summary.incorrect == 1)
        #expect(summary.notReached == 1)
        #expect(abs(summary.score - 2.0 / 3) < 1e-9)
        #expect(summary.duration == 252)
        #expect(summary.hintsUsed == 1)
        #expect(summary.calibration.map(\.confidence) == [.sure, .unsure, .guess])
        #expect(summary.calibration.map(\.correct) == [1, 0, 1])
        #expect(summary.missed.map(\.questionID) == ["number-troops"])
        #expect(summary.missed.first?.passage?.citation().contains("the 2,000 Iranian troops") == true)
    }

    @Test func theMarkdownRecapListsAnswersPassagesAndSources() throws {
        let recap = try finishedSummary().markdownRecap(course: F.course, title: "Review of 17 June").string
        let expectedLines = [
            "# Review of 17 June",
            "Mode: review · started 2014-06-17 10:13 UTC · time 4 min 12 s",
            "**Score: 67%** (2 of 3)",
            "2 correct · 0 partial · 1 incorrect · 0 skipped · 1 not reached · 1 hint used",
            "| typed | 1 | 100% |",
            "| sure | 1 | 1 | 100% |",
            "1. **Who was President of Iran?** — ✓ correct",
            "   - Your answer: Rohani",
            "   - Note: accepted with one typo; spelled Rouhani",
            "2. **How many Iranian troops and militia entered Iraq?** — ✗ incorrect",
            "   - Answer: 2,000 troops",
            "   - Hints: 1",
            "   - Note: you said 200; the article says 2,000",
            "   - Your answer: Dick Cheney",
            "- How many Iranian troops and militia entered Iraq? — 2,000 troops (p4)",
            "- `who-evil`: quote is cut short",
            "**caption**",
            "**p4**",
        ]
        let lines = recap.components(separatedBy: "\n")
        for line in expectedLines {
            #expect(lines.contains(line), "missing: \(line)")
        }
        #expect(recap.contains("   - Source: p4: ‘"))
        #expect(recap.contains("> Obama may have sent a carrier") == false)
        #expect(recap.contains("Source: Christian Emery, “Iran and the US are now on the same side in Iraq”"))
        let sources = try #require(recap.range(of: "## Sources"))
        #expect(recap[sources.upperBound...].contains("**caption**"))
        #expect(recap.hasSuffix("\n"))
    }

    @Test func summariesRoundTripThroughJSON() throws {
        let summary = try finishedSummary()
        let data = try JSONEncoder().encode(summary)
        #expect(try JSONDecoder().decode(QuizSummary.self, from: data) == summary)
    }

    @Test(arguments: [(45.0, "45 s"), (252, "4 min 12 s"), (3720, "1 h 2 min")])
    func durationsReadNaturally(seconds: Double, text: String) {
        #expect(QuizSummary.duration(seconds) == text)
    }
}
