import Foundation
import LecternTestSupport
import Testing

@testable import LecternCore

/// Text from files inside CSV and Markdown: a spreadsheet formula is neutralised (OWASP's rule), raw HTML is shown
/// as text, a pipe cannot end a table cell, and no control character survives in any format.
@Suite(.removingTemporaryFolders)
struct ReportEscapingTests {
    @Test(arguments: ["=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])
    func aCellThatASpreadsheetWouldReadAsAFormulaIsQuotedWithASingleQuoteBeforeIt(cell: String) {
        let field = ReportCSV.field(cell)
        #expect(field.hasPrefix("\"'"), "\(field.debugDescription)")
        #expect(field.hasSuffix("\""))
        #expect(!field.unicodeScalars.contains { $0 == "\t" || $0 == "\r" })
    }

    @Test func plainNumbersAndOrdinaryTextAreLeftAsTheyAre() {
        #expect(ReportCSV.field("-0.25") == "-0.25")
        #expect(ReportCSV.field("-12") == "-12")
        #expect(ReportCSV.field("ada") == "ada")
        #expect(ReportCSV.field("a, b") == "\"a, b\"")
        #expect(ReportCSV.field("1-2") == "1-2")
    }

    @Test func theCSVOfAReportWithAFormulaAsTheLearnerNameNeutralisesIt() {
        let report = ReportFixtures.report(learner: "=cmd|' /C calc'!A0")
        let csv = ReportCSV.render(report).string
        let rows = csv.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.hasPrefix("\"'=cmd|' /C calc'!A0\",") }, "\(rows.prefix(2))")
    }

    @Test func markdownShowsRawHTMLAsTextAndKeepsTablesWhole() {
        #expect(MarkdownEscape.inline("<script>alert(1)</script> & co") == "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co")
        #expect(MarkdownEscape.cell("a | b\nc") == "a \\| b c")
        #expect(MarkdownEscape.cell("ends with \\") == "ends with \\\\")
        #expect(MarkdownEscape.code("id`x") == "`` id`x ``")
        #expect(MarkdownEscape.code("plain") == "`plain`")
    }

    @Test func aMarkdownReportForAHostileLearnerNameHasNoRawHTMLAndOneCellPerColumn() {
        let report = ReportFixtures.report(learner: "<img src=x onerror=alert(1)>|\u{1B}]52;c;aGk=\u{7}")
        let markdown = ReportMarkdown.render(report).string
        #expect(!markdown.contains("<img"))
        #expect(markdown.contains("# Progress report: &lt;img src=x onerror=alert(1)&gt;\\|^[]52;c;aGk=^G"))
        #expect(!markdown.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }

    @Test func theQuizRecapEscapesRawHTMLInAnswersAndNotes() throws {
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        var rng = SplitMix64(seed: 3)
        var quiz = QuizSession(
            questions: [GradingFixture.typedRouhani], course: GradingFixture.course, settings: QuizSettings(),
            recorder: InMemoryProgress(), using: &rng, now: start)
        _ = quiz.handle("flag <b>bold</b> \u{202E}note", now: start)
        _ = quiz.handle("<script>x</script>", now: start.addingTimeInterval(5))
        _ = quiz.handle("quit", now: start.addingTimeInterval(6))
        let recap = quiz.summary.markdownRecap(course: GradingFixture.course, title: "Recap <i>").string
        #expect(!recap.contains("<script>") && !recap.contains("<b>") && !recap.contains("<i>"), "\(recap)")
        #expect(recap.contains("&lt;script&gt;x&lt;/script&gt;"), "\(recap)")
        #expect(recap.contains("&lt;b&gt;bold&lt;/b&gt;"), "\(recap)")
        #expect(!recap.unicodeScalars.contains { $0.value == 0x202E })
    }
}
