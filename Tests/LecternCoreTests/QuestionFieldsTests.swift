import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// The optional fields every authored question may declare, `level`, `evidence`, `fact` and `objectives`, read from
/// a copy of the minimal course, and the errors a wrong value gets at its `file:line`.
@Suite(.removingTemporaryFolders)
struct QuestionFieldsTests {
    static let questions = "Quizzes/questions/01-a-common-enemy.yaml"
    /// The first question of the minimal course's question file, to which the tests add fields.
    static let firstQuestion = "  - id: shared-foe\n    kind: choice\n"

    func adding(_ fields: String) -> CourseEdit {
        .replace(Self.questions, Self.firstQuestion, with: Self.firstQuestion + fields)
    }

    func loaded(_ edits: CourseEdit...) throws -> Course {
        try CourseLoader.load(from: try CourseFixture.copy(editing: edits))
    }

    @Test func theFourFieldsAreReadWhenDeclared() throws {
        let course = try loaded(
            adding("    level: understand\n    evidence: common  enemy\n    fact: the-shared-enemy\n    objectives: [2, 1]\n"))
        let question = try #require(course.questions.first { $0.id == "shared-foe" })
        #expect(question.level == .understand)
        #expect(question.testsUnderstanding)
        #expect(question.evidence == "common  enemy")
        #expect(question.factID == "the-shared-enemy")
        #expect(question.objectives == [2, 1])
    }

    @Test func undeclaredFieldsReadAsNothing() throws {
        let question = try #require(try loaded().questions.first { $0.id == "shared-foe" })
        #expect(question.level == nil)
        #expect(!question.testsUnderstanding)
        #expect(question.evidence == nil)
        #expect(question.factID == "shared-foe")
        #expect(question.objectives.isEmpty)
    }

    @Test func anObjectiveBeyondTheLessonsListIsAnError() throws {
        let found = try CourseFixture.problems(editing: [adding("    objectives: [1, 3]\n")])
        #expect(found.map(\.description) == [
            "\(Self.questions):3: question shared-foe: objective 3 is out of range: lesson 'a-common-enemy' has 2 objectives (1 to 2)"
        ])
    }

    @Test(arguments: [("[0]", "not '0'"), ("[first]", "not 'first'"), ("[1, 1]", "objective 1 is listed twice")])
    func objectivesMustBeDistinctNumbersFromOne(list: String, message: String) throws {
        let found = try CourseFixture.problems(editing: [adding("    objectives: \(list)\n")])
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.location.description == "\(Self.questions):5")
        #expect(found.first?.message.contains(message) == true, "\(found)")
    }

    @Test func objectivesWithoutALessonAreAnError() {
        var parts = SampleCourse.parts
        let loose = SampleCourse.authored(
            "loose", line: 3, prompt: "Which?", body: .trueFalse(answer: true), lesson: nil)
        parts.replaceQuestion(
            "loose",
            with: Question(
                id: loose.id, prompt: loose.prompt, body: loose.body, explanation: loose.explanation, lessonID: nil,
                paragraphIDs: loose.paragraphIDs, actorIDs: [], eventIDs: [], origin: .authored, source: loose.source,
                objectives: [1]))
        let found = QuestionValidator.validate(parts.course).map(\.description)
        #expect(found.contains(
            "Quizzes/questions/broken.yaml:3: question loose: lists objectives but belongs to no lesson; objectives are numbered within a lesson"),
            "\(found)")
    }

    @Test func anUnknownLevelIsAnErrorNamingTheKnownOnes() throws {
        let found = try CourseFixture.problems(editing: [adding("    level: apply\n")])
        #expect(found.map(\.description) == [
            "\(Self.questions):5: unknown level 'apply' (known levels: remember, understand, analyse)"
        ])
    }
}

/// `lectern questions --format json` shows the declared fields: `level`, `evidence` verbatim, `fact` and
/// `objectives`, and omits those a question does not declare.
@Suite(.removingTemporaryFolders)
struct QuestionFieldsCatalogTests {
    @Test func theCatalogShowsLevelEvidenceFactAndObjectives() throws {
        let course = try CourseLoader.load(from: CheckFixture.clean)
        let catalog = QuestionCatalog(course: course)
        let entry = try #require(catalog.questions.first { $0.id == "long-silence" })
        #expect(entry.level == .analyse)
        #expect(entry.evidence == "the first such call since the 1970s")
        #expect(entry.fact == "long-silence")
        #expect(entry.objectives == [2])
        let json = String(decoding: try catalog.jsonData(), as: UTF8.self)
        #expect(json.contains("\"level\" : \"analyse\""))
        #expect(json.contains("\"evidence\" : \"the first such call since the 1970s\""))
        #expect(try QuestionCatalog.decoded(from: catalog.jsonData()) == catalog)
    }

    @Test func undeclaredFieldsAreOmittedFromTheJSON() throws {
        let catalog = QuestionCatalog(course: try CourseLoader.load(from: CourseFixture.minimal))
        let json = try #require(try JSONSerialization.jsonObject(with: catalog.jsonData()) as? [String: Any])
        let entries = try #require(json["questions"] as? [[String: Any]])
        let entry = try #require(entries.first { $0["id"] as? String == "shared-foe" })
        #expect(entry["level"] == nil)
        #expect(entry["evidence"] == nil)
        #expect(entry["objectives"] == nil)
        #expect(entry["fact"] as? String == "shared-foe")
    }
}
