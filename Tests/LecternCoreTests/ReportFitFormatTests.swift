import Foundation
import LecternCore
import LecternTestSupport
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The scheduling fit, the true retention table and the overridden answers in every format of the learner report.
@Suite struct ReportFitFormatTests {
    typealias F = ReportFixtures

    /// Ada's report with its fit, after she counted one typed answer as right (a response with Markdown, HTML and
    /// CSV specials in it).
    private func report() throws -> LearnerReport {
        var records = F.ada.records(course: F.course, bank: F.bank, until: F.now)
        let typed = try #require(F.bank.questions.first { $0.kind == .typed })
        let override = ReviewRecord(
            questionID: typed.id, contentHash: typed.contentHash, answeredAt: F.now.addingTimeInterval(-60),
            kind: "typed", response: "=1|<b>x</b>,\"y\"", outcome: .correct, credit: 1, rating: .good, latency: 9,
            mode: .quiz, overridden: true)
        records.append(.review(override))
        let snapshot = ProgressSnapshot.replaying(records)
        var report = LearnerReport(course: F.course, bank: F.bank, snapshot: snapshot, now: F.now, learner: "ada")
        report.fit = LearnerReport.Fit.of(records, snapshot: snapshot, now: F.now)
        return report
    }

    private func expected(_ fit: LearnerReport.Fit) -> String {
        "Predicted recall is off by " + String(format: "%.1f", fit.rmseBins * 100) + " points on average"
    }

    @Test func theFitCarriesTheTrueRetentionTableOfTheSameReviews() throws {
        let report = try report()
        let fit = try #require(report.fit)
        #expect(fit.weights == "default")
        let all = try #require(fit.retention?.rows.last)
        #expect(all.period == "all")
        #expect(all.total.reviews == fit.items, "the table counts the items the fit scores")
        #expect(all.young.reviews + all.mature.reviews == all.total.reviews)
        #expect(report.overridden.count == 1)
    }

    @Test func markdownShowsTheFitTheTableAndTheOverriddenAnswerEscaped() throws {
        let report = try report()
        let fit = try #require(report.fit)
        let text = ReportMarkdown.render(report).string
        #expect(text.contains("## Scheduling fit"))
        #expect(text.contains(expected(fit)))
        #expect(text.contains("| Period | Young | Mature | All |"))
        let allRow = try #require(text.split(separator: "\n").first { $0.hasPrefix("| All time |") })
        #expect(allRow.hasSuffix("of \(fit.items) |"), "\(allRow)")
        #expect(text.contains("## Counted as right by you"))
        #expect(text.contains("=1\\|&lt;b&gt;x&lt;/b&gt;,\"y\""), "pipes and raw HTML in the answer are escaped")
    }

    @Test func csvAddsTheFitTheTableAndTheOverriddenAnswersAsTablesAfterTheQuestions() throws {
        let report = try report()
        let fit = try #require(report.fit)
        let sections = ReportCSV.render(report).string.components(separatedBy: "\r\n\r\n")
        #expect(sections.count == 4)
        let questions = sections[0].components(separatedBy: "\r\n")
        #expect(questions.count == 1 + F.bank.questions.count, "the question table is as it was")
        let fitRows = sections[1].components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(fitRows.first == "fit_weights,fitted_at,items,log_loss,rmse_bins")
        #expect(fitRows.last?.hasPrefix("default,,\(fit.items),") == true, "\(fitRows)")
        let retention = sections[2].components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(retention.first == "retention_period,interval,reviews,recalled,recalled_share,predicted")
        #expect(retention.count == 1 + 6 * 3)
        #expect(retention.contains { $0.hasPrefix("all,all,\(fit.items),") })
        let overridden = sections[3].components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(overridden.first == "overridden_question,response,answered_at")
        #expect(overridden.last?.contains(",\"'=1|<b>x</b>,\"\"y\"\"\",") == true, "a formula is neutralised: \(overridden)")
    }

    @Test func htmlShowsTheFitTheTableAndTheOverriddenAnswerAndStaysWellFormed() throws {
        let report = try report()
        let fit = try #require(report.fit)
        let html = ReportHTML.render(report).string
        _ = try XMLElements(html)
        #expect(html.contains("<h2>Scheduling fit</h2>"))
        #expect(html.contains(expected(fit)))
        #expect(html.contains("<th scope=\"col\">Mature</th>"))
        #expect(html.contains("<td>All time</td>"))
        #expect(html.contains("<h2>Counted as right by you</h2>"))
        #expect(html.contains("=1|&lt;b&gt;x&lt;/b&gt;,&quot;y&quot;") || html.contains("=1|&lt;b&gt;x&lt;/b&gt;,\"y\""))
    }

    @Test func textShowsTheTableAndOnlyThePeriodsAndAllReviewsWhenNarrow() throws {
        let report = try report()
        let wide = ReportText.render(report, options: ReportRenderOptions(width: 100)).string
        #expect(wide.contains("Scheduling fit"))
        let header = try #require(wide.split(separator: "\n").first { $0.contains("Period") })
        #expect(header.contains("Young") && header.contains("Mature") && header.contains("All"))
        let narrow = ReportText.render(report, options: ReportRenderOptions(width: 40)).string
        let narrowHeader = try #require(narrow.split(separator: "\n").first { $0.contains("Period") })
        #expect(!narrowHeader.contains("Young") && narrowHeader.contains("All"))
        let lines = narrow.split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(lines.firstIndex { $0.hasPrefix("Scheduling fit") })
        let section = lines[start...].prefix { !$0.isEmpty }
        #expect(section.count > 8 && section.allSatisfy { $0.count <= 40 }, "\(section)")
    }

    @Test func jsonHasTheTableAndConformsToTheSchema() throws {
        let report = try report()
        var checker = JSONSchemaCheck(folder: F.schemas)
        let data = try report.jsonData()
        let problems = try checker.problems(in: data, schemaFile: "report.schema.json")
        #expect(problems.isEmpty, "\(problems.prefix(10).joined(separator: "\n"))")
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let fit = try #require(object["fit"] as? [String: Any])
        let rows = try #require((fit["retention"] as? [String: Any])?["rows"] as? [[String: Any]])
        #expect(rows.map { $0["period"] as? String } == ["today", "yesterday", "week", "month", "year", "all"])
    }
}
