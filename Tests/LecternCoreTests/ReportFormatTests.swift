import Foundation
import LecternCore
import LecternTestSupport
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// JSON against its schema, HTML as well-formed XML with its charts.
@Suite(.removingTemporaryFolders) struct ReportFormatTests {
    typealias F = ReportFixtures

    @Test func learnerJSONConformsToItsSchema() throws {
        var checker = JSONSchemaCheck(folder: F.schemas)
        let problems = try checker.problems(in: F.report().jsonData(), schemaFile: "report.schema.json")
        #expect(problems.isEmpty, "\(problems.prefix(10).joined(separator: "\n"))")
        let empty = LearnerReport(course: F.course, bank: F.bank, snapshot: ProgressSnapshot(), now: F.now)
        #expect(try checker.problems(in: empty.jsonData(), schemaFile: "report.schema.json").isEmpty)
    }

    @Test func theSchemaCheckerFindsMissingKeysAndWrongTypes() throws {
        var checker = JSONSchemaCheck(folder: F.schemas)
        var object = try #require(try JSONSerialization.jsonObject(with: F.report().jsonData()) as? [String: Any])
        object["nextStep"] = nil
        object["overall"] = "all good"
        let problems = try checker.problems(
            in: JSONSerialization.data(withJSONObject: object), schemaFile: "report.schema.json")
        #expect(problems.contains { $0.contains("missing required \"nextStep\"") })
        #expect(problems.contains { $0.contains("$.overall: is string") })
    }

    @Test func learnerJSONHasEveryQuestionsSchedulingState() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: F.report().jsonData()) as? [String: Any])
        let questions = try #require(object["questions"] as? [[String: Any]])
        #expect(questions.count == F.bank.questions.count)
        let seen = try #require(questions.first { $0["state"] as? String == "review" })
        for key in ["stability", "difficulty", "retrievability", "due", "reviews", "lapses"] {
            #expect(seen[key] != nil, "\(key)")
        }
    }

    @Test func classJSONConformsToItsSchema() throws {
        let roster = try ClassRoster.read(directory: F.classFolder())
        let report = ClassReport(course: F.course, bank: F.bank, roster: roster, directory: "class", now: F.now)
        var checker = JSONSchemaCheck(folder: F.schemas)
        let problems = try checker.problems(in: report.jsonData(), schemaFile: "class-report.schema.json")
        #expect(problems.isEmpty, "\(problems.prefix(10).joined(separator: "\n"))")
    }

    @Test func theSnapshotFileConformsToItsSchema() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(F.ada.snapshot(course: F.course, bank: F.bank, until: F.now))
        var checker = JSONSchemaCheck(folder: F.schemas)
        let problems = try checker.problems(in: data, schemaFile: "progress-snapshot.schema.json")
        #expect(problems.isEmpty, "\(problems.prefix(10).joined(separator: "\n"))")
    }

    @Test func learnerHTMLIsWellFormedXMLWithItsSVGCharts() throws {
        let html = ReportHTML.render(F.report()).string
        let elements = try XMLElements(html)
        #expect(elements.count("svg") == 8)  // recall, lessons, actors, events, paragraphs, calendar, accuracy, calibration
        #expect(elements.count("title") == 1 + elements.count("svg") + F.report().activity.days.count)
        #expect(elements.count("desc") == elements.count("svg"))
        #expect(elements.count("figure") == elements.count("svg"))
        #expect(elements.count("polyline") >= 1)
        #expect(elements.classes.filter { $0.hasPrefix("heat") }.count >= F.report().activity.days.count)
        #expect(elements.count("table") >= elements.count("svg"))
        #expect(elements.count("script") == 0)
        #expect(!html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/", with: "").contains("http"))
    }

    @Test func classHTMLIsWellFormedXML() throws {
        let roster = try ClassRoster.read(directory: F.classFolder())
        let report = ClassReport(course: F.course, bank: F.bank, roster: roster, directory: "a & b <class>", now: F.now)
        let elements = try XMLElements(ReportHTML.render(report).string)
        // Mastery per learner, median mastery per lesson, facility per paragraph.
        #expect(elements.count("svg") == 3)
        #expect(elements.count("script") == 0)
        #expect(elements.text.contains("a & b <class>"))
    }
}

/// The elements of an XML document, counted by name; parsing fails the test when the document is not well formed.
final class XMLElements: NSObject, XMLParserDelegate {
    private var counts: [String: Int] = [:]
    private(set) var classes: [String] = []
    private(set) var text = ""

    init(_ document: String) throws {
        super.init()
        let parser = XMLParser(data: Data(document.utf8))
        parser.delegate = self
        guard parser.parse() else {
            throw parser.parserError ?? CocoaError(.coderReadCorrupt)
        }
    }

    func count(_ name: String) -> Int { counts[name, default: 0] }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        counts[elementName, default: 0] += 1
        if let value = attributes["class"] { classes.append(value) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }
}
