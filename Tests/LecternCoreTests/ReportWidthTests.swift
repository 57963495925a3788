import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// The terminal report at every width from 40 to 200: no line wider than the width, for learners with a history
/// over the bundled course (long lesson, actor and paragraph titles, long generated ids) and a long learner name;
/// and the short report of a learner who has done nothing yet.
@Suite struct ReportWidthTests {
    static let now = ReportFixtures.now
    static let name = "Maximiliana Quillon-Featherstonehaugh of the Skerry Point Lighthouse Keepers"

    static func reports() throws -> [(String, LearnerReport)] {
        let course = try BundledCourse.course()
        let bank = QuestionBank(course: course)
        var reports: [(String, LearnerReport)] = []
        for (label, simulation) in [("ada", ReportFixtures.ada), ("bob", ReportFixtures.bob)] {
            let snapshot = simulation.snapshot(course: course, bank: bank, until: now)
            reports.append((label, LearnerReport(course: course, bank: bank, snapshot: snapshot, now: now, learner: name)))
        }
        reports.append(("sample ada", ReportFixtures.report(learner: name)))
        return reports
    }

    @Test(arguments: Array(40...200))
    func noLineOfTheReportIsWiderThanItsWidth(_ width: Int) throws {
        for (label, report) in try Self.reports() {
            for charset in [ReportRenderOptions.Charset.unicode, .ascii] {
                let text = ReportText.render(report, options: ReportRenderOptions(width: width, charset: charset)).string
                let wide = text.split(separator: "\n").filter { DisplayWidth.of(String($0)) > width }
                #expect(wide.isEmpty, "\(label), \(charset) at \(width): \(wide.prefix(3))")
                #expect(text.contains(report.nextStep) || width < 100, "\(label) at \(width) keeps its next step")
            }
        }
    }

    @Test func aLearnerWithNoHistorySeesAShortReportThatSaysWhatToDoFirst() throws {
        let course = try BundledCourse.course()
        let report = LearnerReport(
            course: course, bank: QuestionBank(course: course), snapshot: ProgressSnapshot(), now: Self.now, learner: "new")
        let text = ReportText.render(report, options: ReportRenderOptions(width: 80)).string
        let lines = text.trimmingCharacters(in: .newlines).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count <= 8, "\(text)")
        #expect(text.contains("study 1"), "\(text)")
        #expect(text.contains("Nothing studied yet"))
        #expect(!text.contains("0%"), "no empty bars: \(text)")
    }

    @Test func aLearnerWithAnswersStillGetsTheWholeReport() throws {
        let (_, report) = try #require(try Self.reports().first)
        let text = ReportText.render(report, options: ReportRenderOptions(width: 80)).string
        #expect(text.contains("Weakest questions") && text.contains("Activity") && text.contains("Lessons"))
        #expect(!text.contains("Nothing studied yet"))
    }
}
