import Foundation
import LecternTestSupport
import Testing

@testable import LecternCore

/// The item analysis gives the figures worked out with numpy for a class of twelve (`make_class.py`), to 1e-9, and
/// the hand-worked figures of three learners.
@Suite(.removingTemporaryFolders) struct ItemAnalysisTests {
    typealias F = ItemAnalysisFixture

    private func analysis() throws -> ItemAnalysis {
        let course = try CourseLoader.load(from: F.courseRoot)
        let bank = QuestionBank(course: course)
        let context = ItemAnalysis.Context(course: course, bank: bank)
        let logs = try F.logs()
        let answers = logs.map {
            ItemAnalysis.Answers(name: $0.name, reviews: ProgressRecord.keptReviews(in: $0.records), context: context, now: F.now)
        }
        let flags = FlagList(
            flags: logs.map { log in
                (name: log.name, flags: log.records.compactMap { record -> ProgressRecord.Flag? in
                    if case let .flag(flag) = record { return flag }
                    return nil
                })
            }, bank: bank)
        return ItemAnalysis(context: context, learners: answers, flags: flags.entries)
    }

    private func close(_ value: Double?, _ expected: Any?, _ what: String) {
        guard let expected = expected as? Double else {
            #expect(value == nil, "\(what): expected none, got \(String(describing: value))")
            return
        }
        guard let value else {
            Issue.record("\(what): expected \(expected), got none")
            return
        }
        #expect(abs(value - expected) < 1e-9, "\(what): \(value) against numpy's \(expected)")
    }

    @Test func everyQuestionsFiguresAreNumpysToOneBillionth() throws {
        let analysis = try analysis()
        let expected = try F.expected()["questions"] as? [[String: Any]] ?? []
        #expect(expected.count == 7)
        for question in expected {
            let id = question["id"] as? String ?? ""
            let found = try #require(analysis.questions.first { $0.id == id }, "\(id) is in the analysis")
            #expect(found.learners == question["learners"] as? Int, "\(id)")
            #expect(found.answers == question["answers"] as? Int, "\(id)")
            #expect(found.overrides == question["overrides"] as? Int, "\(id)")
            #expect(found.flags.count == question["flags"] as? Int, "\(id)")
            close(found.facility, question["facility"], "\(id) facility")
            close(found.discrimination, question["discrimination"], "\(id) discrimination")
            if let options = question["options"] as? [[String: Any]] {
                #expect(found.thirdSize == question["thirdSize"] as? Int, "\(id)")
                #expect(found.options.map(\.text) == options.map { $0["text"] as? String ?? "" }, "\(id)")
                #expect(found.options.map(\.picks) == options.map { $0["picks"] as? Int ?? -1 }, "\(id) picks")
                #expect(found.options.map(\.topThird) == options.map { $0["topThird"] as? Int ?? -1 }, "\(id) top")
                #expect(found.options.map(\.bottomThird) == options.map { $0["bottomThird"] as? Int ?? -1 }, "\(id) bottom")
            }
            if let confusions = question["confusions"] as? [[String: Any]] {
                #expect(found.confusions.map(\.named) == confusions.map { $0["named"] as? String ?? "" }, "\(id)")
                #expect(found.confusions.map(\.learners) == confusions.map { $0["learners"] as? Int ?? -1 }, "\(id)")
            }
        }
    }

    @Test func paragraphAndFormFiguresAreNumpysToOneBillionth() throws {
        let analysis = try analysis()
        let paragraphs = try F.expected()["paragraphs"] as? [[String: Any]] ?? []
        #expect(analysis.paragraphs.map(\.id) == paragraphs.map { $0["id"] as? String ?? "" })
        for (found, paragraph) in zip(analysis.paragraphs, paragraphs) {
            #expect(found.questions == paragraph["questions"] as? Int)
            #expect(found.firstAnswers == paragraph["firstAnswers"] as? Int)
            close(found.facility, paragraph["facility"], "\(found.id) facility")
        }
        let forms = try F.expected()["forms"] as? [[String: Any]] ?? []
        #expect(analysis.forms.map(\.id) == forms.map { $0["id"] as? String ?? "" })
        for (found, form) in zip(analysis.forms, forms) {
            #expect(found.items == form["items"] as? Int)
            #expect(found.learners == form["learners"] as? Int)
            #expect(found.incomplete == form["incomplete"] as? Int)
            #expect(found.distribution == form["distribution"] as? [Int])
            close(found.mean, form["mean"], "form \(found.id) mean")
            close(found.standardDeviation, form["standardDeviation"], "form \(found.id) SD")
            close(found.alpha, form["alpha"], "form \(found.id) alpha")
            close(found.standardError, form["standardError"], "form \(found.id) SE")
        }
        #expect(analysis.forms.last?.alpha != nil, "form 42 has its reliability")
    }

    @Test func failingQuestionsComeFirstWithTheirFileAndLine() throws {
        let analysis = try analysis()
        let failing = analysis.failing
        #expect(!failing.isEmpty)
        #expect(Array(analysis.questions.prefix(failing.count)) == failing)
        let flagged = try #require(analysis.questions.first { $0.id == "long-silence" })
        #expect(flagged.problems.contains("2 open flags"))
        #expect(flagged.source == "Quizzes/questions/01-a-common-enemy.yaml:38")
        #expect(flagged.flags.map(\.learner) == ["l02", "l07"])
    }

    @Test func theClassReportOfTheFixtureCarriesTheSameAnalysisAndItsJSONConformsToTheSchema() throws {
        let course = try CourseLoader.load(from: F.courseRoot)
        let bank = QuestionBank(course: course)
        let report = try ClassReport.read(folder: F.replayedClass(), course: course, bank: bank, directory: "class", now: F.now)
        #expect(report.itemAnalysis == (try analysis()))
        #expect(report.learners.first { $0.name == "l12" }?.note == ClassRoster.notStarted)
        var checker = JSONSchemaCheck(folder: ReportFixtures.schemas)
        let problems = try checker.problems(in: report.jsonData(), schemaFile: "class-report.schema.json")
        #expect(problems.isEmpty, "\(problems.prefix(10).joined(separator: "\n"))")
    }
}
