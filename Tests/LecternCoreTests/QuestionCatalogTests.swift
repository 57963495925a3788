import Foundation
import LecternCore
import LecternTestSupport
import Testing

@Suite(.removingTemporaryFolders) struct QuestionCatalogTests {
    let course = SampleCourse.course
    var bank: QuestionBank { QuestionBank(course: course) }

    @Test func theCatalogHoldsEveryQuestionOfTheBankInOrder() {
        let catalog = QuestionCatalog(course: course)
        #expect(catalog.questions.map(\.id) == bank.questions.map(\.id))
        #expect(catalog.title == course.article.title)
        #expect(catalog.year == 2014)
        #expect(catalog.formatVersion == QuestionCatalog.currentFormatVersion)
    }

    @Test func jsonRoundTrips() throws {
        let catalog = QuestionCatalog(course: course)
        let data = try catalog.jsonData()
        #expect(try QuestionCatalog.decoded(from: data) == catalog)
        #expect(try catalog.jsonData() == data)
    }

    @Test func jsonHasSortedKeysAndOmitsAbsentFields() throws {
        let json = String(decoding: try QuestionCatalog(course: course).jsonData(), as: UTF8.self)
        let top = try #require(json.range(of: "\"formatVersion\""))
        let questions = try #require(json.range(of: "\"questions\""))
        let title = try #require(json.range(of: "\"title\""))
        #expect(top.lowerBound < questions.lowerBound && questions.lowerBound < title.lowerBound)
        #expect(!json.contains("null"))
        #expect(json.hasSuffix("}\n"))
    }

    @Test func entriesCarryAnswersAndCitationsForEveryKind() throws {
        let catalog = QuestionCatalog(course: course)
        func entry(_ id: String) throws -> QuestionCatalog.Entry {
            try #require(catalog.questions.first { $0.id == id })
        }
        #expect(try entry("enemy-shared-foe").answers == ["The Taliban"])
        #expect(try entry("enemy-shared-foe").source == "Quizzes/questions/01-a-common-enemy.yaml:3")
        #expect(try entry("enemy-iran-offers").answers == [
            "Battlefield intelligence", "Political backing for the Afghan Interim Authority",
        ])
        #expect(try entry("iraq-troops").answers == ["2000"])
        #expect(try entry("iraq-troops").unit == "troops")
        #expect(try entry("iraq-stable").answers == ["true"])
        #expect(try entry("enemy-cheney-mantra").text == "Vice-President Cheney's mantra was 'we don't talk to {{evil}}'.")
        #expect(try entry("iraq-leaders").answers.first == "Nouri al-Maliki: Iraq")
        let typed = try entry("gen.role-actor.maliki.typed")
        #expect(typed.answers == ["Nouri al-Maliki", "Maliki", "al-Maliki", "Prime Minister Maliki"])
        #expect(typed.fact == "gen.role-actor.maliki")
        #expect(typed.origin == .generated)
        #expect(typed.lesson == "same-side-in-iraq")
        #expect(typed.paragraphs == ["p3"], "the paragraph of its evidence")
        #expect(typed.source == nil)
        let whoSaid = try entry("gen.who-said.cheney-evil.choice")
        #expect(whoSaid.answers == ["Vice-President Cheney"])
        #expect(whoSaid.quote == "we don't talk to evil")
        #expect(whoSaid.optionActors?.count == whoSaid.options?.count)
        #expect(whoSaid.options?.contains("Vice-President Cheney") == true)
    }

    /// The sample course, and the clean check fixture, whose questions declare level, evidence and objectives.
    static let schemaCourses: [String] = ["sample", "clean"]

    @Test(arguments: schemaCourses)
    func everyEntryHasTheFieldsTheSchemaRequires(courseName: String) throws {
        let course = courseName == "sample" ? course : try CourseLoader.load(from: CheckFixture.clean)
        let bank = QuestionBank(course: course)
        let schemaURL = Fixtures.packageRoot.appendingPathComponent("docs/schemas/question-bank.schema.json")
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL)) as? [String: Any])
        let defs = try #require(schema["$defs"] as? [String: Any])
        let question = try #require(defs["question"] as? [String: Any])
        let required = try #require(question["required"] as? [String])
        let allowed = Set(try #require(question["properties"] as? [String: Any]).keys)
        let topRequired = try #require(schema["required"] as? [String])

        let data = try QuestionCatalog(course: course).jsonData()
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(document.keys) == Set(topRequired))
        let entries = try #require(document["questions"] as? [[String: Any]])
        #expect(entries.count == bank.questions.count)
        for entry in entries {
            #expect(Set(required).isSubset(of: entry.keys), "\(entry["id"] ?? "?")")
            #expect(Set(entry.keys).isSubset(of: allowed), "\(entry["id"] ?? "?")")
        }
    }

    @Test func textHasOneBlockPerQuestionWrappedToTheWidth() {
        let catalog = QuestionCatalog(course: course)
        let text = catalog.text(width: 60).string
        let blocks = text.components(separatedBy: "\n\n")
        #expect(blocks.count == catalog.questions.count + 1)
        for (block, entry) in zip(blocks.dropFirst(), catalog.questions) {
            #expect(block.hasPrefix("\(entry.id)\n"))
            #expect(block.contains("\n  \(entry.kind.rawValue), \(entry.origin.rawValue);"))
        }
        let ids = Set(catalog.questions.map(\.id))
        for line in text.split(separator: "\n") where line.count > 60 && !ids.contains(String(line)) {
            #expect(!line.trimmingCharacters(in: .whitespaces).contains(" "), "\(line)")
        }
        #expect(text.contains("    a) The Taliban *"))
        #expect(text.contains("  Why: Back in 2001 the shared foe was the Taliban."))
    }

    @Test func withoutAnswersTheTextMarksNoOptionAndGivesNoAnswerOrExplanation() {
        let catalog = QuestionCatalog(course: course)
        let text = catalog.text(width: 60, answers: false).string
        let blocks = text.components(separatedBy: "\n\n")
        #expect(blocks.count == catalog.questions.count + 1)
        for (block, entry) in zip(blocks.dropFirst(), catalog.questions) {
            #expect(block.hasPrefix("\(entry.id)\n"))
            #expect(!block.contains(" *\n") && !block.hasSuffix(" *"), "\(entry.id) marks its right option")
            #expect(!block.contains("Answer: ") && !block.contains("Why: "), "\(entry.id): \(block)")
            #expect(!block.contains("{{"), "\(entry.id) shows its gap's answer")
        }
        #expect(text.contains("    a) The Taliban\n"))
        #expect(!text.contains("Back in 2001 the shared foe was the Taliban."))
    }
}
