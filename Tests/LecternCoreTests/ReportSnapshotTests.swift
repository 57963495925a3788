import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// The rendered reports compared with the files under `Snapshots/` (re-record with LECTERN_RECORD_SNAPSHOTS=1).
@Suite(.removingTemporaryFolders) struct ReportSnapshotTests {
    typealias F = ReportFixtures

    private func expectSnapshot(_ text: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let mismatch = SnapshotFile.mismatch(text, named: name, in: F.snapshots)
        #expect(mismatch == nil, "\(mismatch ?? "")", sourceLocation: sourceLocation)
    }

    @Test func learnerTextWithUnicodeChartsAt80Columns() {
        expectSnapshot(ReportText.render(F.report(), options: .init(width: 80)).string, "learner-text.txt")
    }

    @Test func learnerTextWithASCIIChartsAt60Columns() {
        let text = ReportText.render(F.report(), options: .init(width: 60, charset: .ascii)).string
        expectSnapshot(text, "learner-text-ascii.txt")
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII || "“”’".unicodeScalars.contains($0) })
        for line in text.split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= 60, "\(line)") }
    }

    @Test func learnerTextForALearnerWithNoAnswers() {
        let report = LearnerReport(course: F.course, bank: F.bank, snapshot: ProgressSnapshot(), now: F.now)
        expectSnapshot(ReportText.render(report, options: .init(width: 80)).string, "learner-empty-text.txt")
        #expect(report.nextStep == "lesson 1 not started: run `study 1`")
    }

    @Test func learnerMarkdown() {
        expectSnapshot(ReportMarkdown.render(F.report()).string, "learner.md")
    }

    @Test func learnerCSVHasOneRowPerQuestion() {
        let csv = ReportCSV.render(F.report()).string
        expectSnapshot(csv, "learner.csv")
        #expect(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == F.bank.questions.count + 1)
    }

    @Test func colourIsOnlyAddedWhenAskedFor() {
        let plain = ReportText.render(F.report(), options: .init(width: 80)).string
        let coloured = ReportText.render(F.report(), options: .init(width: 80, usesColor: true)).string
        #expect(!plain.contains("\u{1B}["))
        #expect(coloured.contains("\u{1B}["))
        #expect(coloured.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression) == plain)
    }

    @Test func classTextMarkdownAndCSV() throws {
        let folder = try F.classFolder()
        let roster = try ClassRoster.read(directory: folder)
        let report = ClassReport(course: F.course, bank: F.bank, roster: roster, directory: "class-fixture", now: F.now)
        expectSnapshot(ClassReportText.render(report, options: .init(width: 80)).string, "class-text.txt")
        expectSnapshot(ReportMarkdown.render(report).string, "class.md")
        expectSnapshot(ReportCSV.render(report).string, "class.csv")
    }
}
