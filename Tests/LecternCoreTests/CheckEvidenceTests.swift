import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// `evidence-verbatim` (an error whenever the course loads), `evidence-missing` and `level-missing`, each broken in a
/// copy of the clean course.
@Suite(.removingTemporaryFolders)
struct CheckEvidenceTests {
    static let file = CheckFixture.questions

    @Test func theCleanCourseBreaksNoRule() throws {
        #expect(try CheckFixture.warnings() == [])
        #expect(try CheckFixture.errors() == [])
    }

    /// Evidence that is nowhere in the article, and evidence that is in a paragraph the question does not cite.
    @Test(arguments: [
        ("had a shared enemy in the Taliban", ""),
        ("the talks stopped", "; it is in p2, which the question does not cite"),
    ])
    func evidenceNotInACitedParagraphIsAnErrorNamingTheParagraphsSearched(evidence: String, whereItIs: String) throws {
        let found = try CheckFixture.errors(
            CheckFixture.question("    evidence: had a common enemy in the Taliban", "    evidence: \(evidence)"))
        #expect(found == [
            "\(Self.file):3: error[evidence-verbatim]: question what-united-them: evidence is not word for word in the "
                + "paragraphs it cites (searched p1)\(whereItIs): \"\(evidence)\""
        ])
    }

    @Test(arguments: [
        ("\"had  a common\\n   enemy in the Taliban\"", true),
        ("\"  had a common enemy in the Taliban \"", true),
        ("Had a common enemy in the Taliban", false),
        ("had a common enemy, the Taliban", false),
        ("had a common enemy in the taliban", false),
    ])
    func evidenceIsComparedAfterCollapsingWhiteSpaceOnly(evidence: String, isVerbatim: Bool) throws {
        let found = try CheckFixture.errors(
            CheckFixture.question("    evidence: had a common enemy in the Taliban", "    evidence: \(evidence)"))
        #expect(found.isEmpty == isVerbatim, "\(found)")
        #expect(found.allSatisfy { $0.contains("error[evidence-verbatim]") }, "\(found)")
    }

    @Test func aCurlyApostropheIsNotAStraightOne() throws {
        let edit = CheckFixture.question(
            "    evidence: Then came the axis of evil speech in January 2002.", "    evidence: we don’t talk to evil")
        let found = try CheckFixture.errors(edit)
        #expect(found.count == 1 && found[0].contains(":26: error[evidence-verbatim]"), "\(found)")
    }

    @Test func aGeneratedQuestionsEvidenceIsCheckedToo() throws {
        let course = try CheckFixture.course([])
        let authored = try #require(course.questions.first)
        let generated = Question(
            id: "gen.role-actor.someone.typed", prompt: "Who?", body: .typed(answer: "Someone", accepted: []),
            explanation: "Because.", lessonID: authored.lessonID, paragraphIDs: ["p3"], actorIDs: [], eventIDs: [],
            origin: .generated, level: .remember, evidence: "spoke by radio")
        let found = QuestionValidator.validate(authored: course.questions, generated: [generated], in: course)
        #expect(found.map(\.description) == [
            "generated:gen.role-actor.someone.typed: error[evidence-verbatim]: evidence is not word for word in the "
                + "paragraphs it cites (searched p3): \"spoke by radio\""
        ])
        #expect(found.first?.severity == .error)
    }

    @Test func missingEvidenceIsAWarningAtTheQuestion() throws {
        let found = try CheckFixture.warnings(
            CheckFixture.question("    evidence: later said the cooperation was real and useful\n", ""), rule: .evidenceMissing)
        #expect(found == [
            "\(Self.file):15: warning[evidence-missing]: question crocker-judgement: names no evidence: add the exact "
                + "passage of a cited paragraph that makes the answer right"
        ])
    }

    @Test func aMissingLevelIsAWarningAtTheQuestionAndCountsAsRemember() throws {
        let edit = CheckFixture.question("    level: analyse\n", "")
        #expect(try CheckFixture.warnings(edit, rule: .levelMissing) == [
            "\(Self.file):38: warning[level-missing]: question long-silence: declares no level: add 'level: remember', "
                + "'understand' or 'analyse'"
        ])
        #expect(try CheckFixture.warnings(edit, rule: .lessonUnderstanding).count == 1)
    }
}
