import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// Export, import, export: every question keeps its text, answers, feedback and citations, in GIFT and Moodle XML.
@Suite(.removingTemporaryFolders) struct ExchangeRoundTripTests {
    @Test(arguments: ExchangeFormat.allCases)
    func theBundledBankComesBackWhole(_ format: ExchangeFormat) throws {
        let course = try BundledCourse.course()
        let names = ExchangeFixtures.names(course)
        let bank = QuestionBank(course: course).questions
        let first = format.export(bank, actorNames: names)
        let imported = try format.importing(first, options: ImportOptions(lessonID: "imported"))
        #expect(imported.skipped.isEmpty, "\(imported.skipped)")
        try #require(imported.questions.count == bank.count)
        for (original, back) in zip(bank, imported.questions) {
            #expect(back == ExchangeFixtures.expectedImport(original, names: names, lesson: "imported"), "\(original.id)")
        }
        // The second trip changes nothing: the same questions, the same file.
        let second = format.export(imported.questions)
        let again = try format.importing(second, options: ImportOptions(lessonID: "imported"))
        #expect(again.questions == imported.questions)
        #expect(again.fileText == imported.fileText)
        #expect(format.export(again.questions) == second)
    }

    @Test(arguments: ExchangeFormat.allCases)
    func edgeCasesComeBackExactly(_ format: ExchangeFormat) throws {
        let questions = ExchangeFixtures.edgeCases
        let imported = try format.importing(format.export(questions), options: ImportOptions(lessonID: "edge"))
        #expect(imported.skipped.isEmpty, "\(imported.skipped)")
        #expect(imported.notes.isEmpty, "\(imported.notes)")
        try #require(imported.questions.count == questions.count)
        for (original, back) in zip(questions, imported.questions) {
            #expect(back == ExchangeFixtures.expectedImport(original, names: [:], lesson: "edge"), "\(original.id)")
        }
        #expect(format.export(imported.questions) == format.export(questions))
    }

    /// Each lesson's authored questions, exported and imported into their own file, load as the course did:
    /// `lectern check` passes and the questions are the ones the course had.
    @Test(arguments: ExchangeFormat.allCases)
    func importedLessonFilesPassTheCourseCheck(_ format: ExchangeFormat) throws {
        let course = try BundledCourse.course()
        var files = try ExchangeFixtures.files(of: Fixtures.packageRoot)
        let byFile = Dictionary(grouping: course.questions) { $0.source?.file ?? "" }
        try #require(byFile.count >= 2)
        for (file, questions) in byFile {
            let lesson = try #require(questions.first?.lessonID)
            let imported = try format.importing(
                format.export(questions), options: ImportOptions(lessonID: lesson, file: file, course: course))
            #expect(imported.skipped.isEmpty, "\(file): \(imported.skipped)")
            files[file] = Data(imported.fileText.utf8)
        }
        let reloaded: Course
        do {
            reloaded = try CourseLoader.load(files: files, root: Fixtures.packageRoot)
        } catch {
            Issue.record("the imported files do not pass the check: \(error)")
            return
        }
        #expect(reloaded.questions.count == course.questions.count)
        for (original, back) in zip(course.questions, reloaded.questions) {
            var expected = ExchangeFixtures.expectedImport(original, names: [:], lesson: original.lessonID ?? "")
            expected = Question(
                id: expected.id, prompt: expected.prompt, body: expected.body, explanation: expected.explanation,
                lessonID: expected.lessonID, paragraphIDs: expected.paragraphIDs, actorIDs: expected.actorIDs,
                eventIDs: expected.eventIDs, origin: .authored, factID: expected.factID, source: back.source,
                level: expected.level, evidence: expected.evidence, objectives: expected.objectives)
            #expect(back == expected, "\(original.id)")
        }
    }
}
