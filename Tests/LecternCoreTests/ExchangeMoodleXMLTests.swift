import Foundation
import LecternCore
import LecternTestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The Moodle XML export read by an independent parser (Foundation's `XMLDocument`), and the importer on files
/// written by hand the way Moodle writes them.
@Suite(.removingTemporaryFolders) struct ExchangeMoodleXMLTests {
    private func document(_ text: String) throws -> XMLDocument {
        try XMLDocument(data: Data(text.utf8), options: [])
    }

    private func questions(_ document: XMLDocument) throws -> [XMLElement] {
        try document.nodes(forXPath: "/quiz/question").compactMap { $0 as? XMLElement }
    }

    private func fractions(_ question: XMLElement) -> [Double] {
        question.elements(forName: "answer").compactMap { $0.attribute(forName: "fraction")?.stringValue }
            .compactMap(Double.init)
    }

    @Test func theBundledBankIsWellFormedWithEachKindMapped() throws {
        let course = try BundledCourse.course()
        let bank = QuestionBank(course: course).questions
        let xml = try document(MoodleXMLExporter.export(course: course))
        let elements = try questions(xml)
        try #require(elements.count == bank.count)
        let expectedType: [QuestionKind: String] = [
            .choice: "multichoice", .multi: "multichoice", .whoSaid: "multichoice", .trueFalse: "truefalse",
            .typed: "shortanswer", .number: "numerical", .match: "matching", .order: "ordering", .cloze: "cloze",
        ]
        for (question, element) in zip(bank, elements) {
            let type = element.attribute(forName: "type")?.stringValue
            #expect(type == expectedType[question.kind], "\(question.id)")
            let idnumber = element.elements(forName: "idnumber").first?.stringValue
            #expect(idnumber == question.id)
            let feedback = element.elements(forName: "generalfeedback").first?.stringValue ?? ""
            #expect(feedback.contains(ExchangeText_html(question.explanation)), "\(question.id)")
            let tags = try element.nodes(forXPath: "tags/tag/text").map { $0.stringValue ?? "" }
            for paragraph in question.paragraphIDs { #expect(tags.contains("lectern::paragraph::\(paragraph)")) }
            #expect(tags.contains("lectern::kind::\(question.kind.rawValue)"))
            switch question.body {
            case .choice, .whoSaid:
                #expect(element.elements(forName: "single").first?.stringValue == "true")
                #expect(fractions(element).filter { $0 == 100 }.count == 1)
            case .multi(let options, let right):
                #expect(element.elements(forName: "single").first?.stringValue == "false")
                let weights = fractions(element)
                #expect(weights.count == options.count)
                #expect(abs(weights.filter { $0 > 0 }.reduce(0, +) - 100) < 0.001)
                #expect(weights.filter { $0 > 0 }.count == right.count)
            case .number(let answer, let tolerance, _):
                let first = try #require(element.elements(forName: "answer").first)
                #expect(Double(first.elements(forName: "text").first?.stringValue ?? "") == answer)
                #expect(Double(first.elements(forName: "tolerance").first?.stringValue ?? "") == tolerance)
            case .order(let items):
                let texts = element.elements(forName: "answer").map { $0.elements(forName: "text").first?.stringValue ?? "" }
                #expect(texts.count == items.count)
                #expect(fractions(element) == items.indices.map { Double($0 + 1) })
            case .match(let pairs):
                #expect(element.elements(forName: "subquestion").count == pairs.count)
            case .cloze(_, let answer, _, _):
                let text = element.elements(forName: "questiontext").first?.stringValue ?? ""
                #expect(text.contains("{1:SHORTANSWER:=" + ExchangeText_html(answer)))
            case .trueFalse(let answer):
                let right = element.elements(forName: "answer").first { $0.attribute(forName: "fraction")?.stringValue == "100" }
                #expect(right?.elements(forName: "text").first?.stringValue == (answer ? "true" : "false"))
            case .typed(let answer, let accepted):
                let texts = element.elements(forName: "answer").map { $0.elements(forName: "text").first?.stringValue ?? "" }
                #expect(texts == [answer] + accepted)
            }
        }
    }

    @Test func specialCharactersStayTextAndNumbersKeepTheirUnits() throws {
        let xml = try document(MoodleXMLExporter.export(ExchangeFixtures.edgeCases))
        let elements = try questions(xml)
        let choice = try #require(elements.first)
        let prompt = choice.elements(forName: "questiontext").first?.stringValue ?? ""
        #expect(prompt.contains("&lt;b&gt;tags&lt;/b&gt; &amp; ]]&gt; is it?"))
        let multi = try #require(elements.first { $0.elements(forName: "idnumber").first?.stringValue == "multi-partial" })
        #expect(fractions(multi) == [33.33333, -33.33333, 33.33333, -33.33333, -33.33333, 33.33333])
        let number = try #require(elements.first { $0.elements(forName: "idnumber").first?.stringValue == "number-tolerance-unit" })
        #expect(try number.nodes(forXPath: "units/unit/unit_name").first?.stringValue == "km²")
        #expect(try number.nodes(forXPath: "units/unit/multiplier").first?.stringValue == "1")
        let cloze = try #require(elements.first { $0.elements(forName: "idnumber").first?.stringValue == "cloze-specials" })
        let text = cloze.elements(forName: "questiontext").first?.stringValue ?? ""
        #expect(text.contains(##"{1:SHORTANSWER:=a\}b\~c\#d\\e::f~=ab::cd~=x=y}"##))
    }

    @Test func aBankWrittenByMoodleImportsAndWhatDoesNotMapIsListed() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <quiz>
              <question type="category"><category><text>$course$/top/Iraq</text></category></question>
              <question type="multichoice">
                <name><text>Capital of Iraq</text></name>
                <questiontext format="html"><text><![CDATA[<p>What is the <b>capital</b> of Iraq?</p>]]></text></questiontext>
                <generalfeedback format="html"><text><![CDATA[<p>Baghdad has been the capital since 1921.</p>]]></text></generalfeedback>
                <single>true</single>
                <answer fraction="100" format="html"><text>Baghdad</text><feedback format="html"><text>Yes.</text></feedback></answer>
                <answer fraction="0" format="html"><text>Basra</text></answer>
                <answer fraction="0" format="html"><text>Mosul</text></answer>
              </question>
              <question type="essay">
                <name><text>Discuss</text></name>
                <questiontext format="html"><text>Discuss the alliance.</text></questiontext>
              </question>
              <question type="multichoice">
                <name><text>Capital of Iraq</text></name>
                <questiontext format="html"><text>Which two cities are on the Tigris?</text></questiontext>
                <single>false</single>
                <answer fraction="50"><text>Baghdad</text></answer>
                <answer fraction="50"><text>Mosul</text></answer>
                <answer fraction="-100"><text>Basra</text></answer>
              </question>
              <question type="cloze">
                <name><text>Two gaps</text></name>
                <questiontext format="html"><text>{1:SA:=a} and {1:SA:=b}</text></questiontext>
              </question>
              <question type="numerical">
                <name><text>Mosul</text></name>
                <questiontext format="html"><text>In which year did Mosul fall?</text></questiontext>
                <answer fraction="100"><text>2014</text><tolerance>0</tolerance></answer>
              </question>
            </quiz>
            """
        let imported = try MoodleXMLImporter.importing(
            Data(xml.utf8), options: ImportOptions(lessonID: "a-common-enemy", paragraphIDs: ["p1"]))
        #expect(imported.questions.map(\.id) == ["capital-of-iraq", "capital-of-iraq-2", "mosul"])
        #expect(imported.questions.first?.prompt == "What is the capital of Iraq?")
        #expect(imported.questions.first?.body == .choice(options: ["Baghdad", "Basra", "Mosul"], answer: 0))
        #expect(imported.questions.first?.explanation == "Baghdad has been the capital since 1921.")
        #expect(imported.questions.dropFirst().first?.body == .multi(options: ["Baghdad", "Mosul", "Basra"], answers: [0, 1]))
        #expect(imported.questions.last?.body == .number(answer: 2014, tolerance: 0, unit: nil))
        #expect(imported.skipped.map(\.position) == [2, 4])
        #expect(imported.skipped.first?.reason == "Moodle's 'essay' questions have no Lectern form")
        #expect(imported.skipped.last?.reason == "a cloze with 2 gaps; Lectern's have exactly one")
        #expect(imported.notes.map(\.description).contains("capital-of-iraq: feedback on single answers is not kept"))
        #expect(imported.notes.contains { $0.questionID == "mosul" && $0.message.contains("written by the import") })
        #expect(imported.fileText.contains("explanation: \"The answer: 2014.\""))
        #expect(!imported.fileText.contains("level:"))
    }

    @Test func aFileThatIsNotMoodleXMLIsRefusedWithTheReason() throws {
        #expect(throws: ExchangeError.notMoodleXML(root: "html")) {
            try MoodleXMLImporter.importing(Data("<html><body/></html>".utf8), options: ImportOptions(lessonID: "x"))
        }
        do {
            _ = try MoodleXMLImporter.importing(Data("<quiz><question>".utf8), options: ImportOptions(lessonID: "x"))
            Issue.record("a cut-off file was read")
        } catch {
            #expect(error.description.hasPrefix("not well-formed XML (line 1)"))
        }
    }
}

/// The HTML the exporter writes for plain text, written out here independently: `& < > " '` escaped.
private func ExchangeText_html(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        .replacingOccurrences(of: "'", with: "&#39;")
}

/// Files that try to make the XML reader do too much are refused or read, never followed without end.
@Suite(.removingTemporaryFolders) struct ExchangeHostileXMLTests {
    @Test func entitiesThatMultiplyAreNotExpandedWithoutLimit() throws {
        var entities = "<!ENTITY a0 \"laugh\">"
        for level in 1...12 {
            entities += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level - 1);", count: 10) + "\">"
        }
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE quiz [\(entities)]><quiz><question type=\"truefalse\">"
            + "<questiontext><text>&a12;</text></questiontext></question></quiz>"
        let started = Date()
        let result = Result { try MoodleXMLImporter.importing(Data(xml.utf8), options: ImportOptions(lessonID: "x")) }
        #expect(Date().timeIntervalSince(started) < 30)
        if case .success(let imported) = result {
            #expect(imported.questions.allSatisfy { $0.prompt.utf8.count < 10_000_000 })
        }
    }

    @Test func anExternalEntityIsNotRead() throws {
        let folder = try Fixtures.temporaryDirectory("lectern-xxe")
        defer { try? FileManager.default.removeItem(at: folder) }
        let secret = folder.appendingPathComponent("secret.txt")
        try "the secret".write(to: secret, atomically: true, encoding: .utf8)
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE quiz [<!ENTITY leak SYSTEM \"\(secret.absoluteString)\">]>"
            + "<quiz><question type=\"truefalse\"><name><text>Leak</text></name>"
            + "<questiontext><text>Is it &leak;?</text></questiontext>"
            + "<answer fraction=\"100\"><text>true</text></answer><answer fraction=\"0\"><text>false</text></answer>"
            + "</question></quiz>"
        let result = Result {
            try MoodleXMLImporter.importing(Data(xml.utf8), options: ImportOptions(lessonID: "x", paragraphIDs: ["p1"]))
        }
        if case .success(let imported) = result {
            #expect(!imported.fileText.contains("the secret"))
        }
    }
}
