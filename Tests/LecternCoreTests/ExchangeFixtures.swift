import Foundation
import LecternCore
import LecternTestSupport

/// What the exchange tests share: the formats as one list, hand-made edge cases, and what a question is expected to
/// look like once it has been out to a format and back.
enum ExchangeFormat: String, CaseIterable, CustomStringConvertible {
    case gift
    case moodleXML = "moodle-xml"

    var description: String { rawValue }

    /// The export of `questions`.
    func export(_ questions: [Question], actorNames: [String: String] = [:]) -> String {
        switch self {
        case .gift: GIFTExporter.export(questions, actorNames: actorNames)
        case .moodleXML: MoodleXMLExporter.export(questions, actorNames: actorNames)
        }
    }

    /// The import of `text`.
    func importing(_ text: String, options: ImportOptions) throws -> QuestionImport {
        switch self {
        case .gift: GIFTImporter.importing(text, options: options)
        case .moodleXML: try MoodleXMLImporter.importing(Data(text.utf8), options: options)
        }
    }
}

enum ExchangeFixtures {
    /// Every actor's name by id.
    static func names(_ course: Course) -> [String: String] {
        Dictionary(course.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// Questions made to break an exporter: every special character of GIFT, XML, HTML, YAML and Anki's cloze, a
    /// cloze with alternatives, a multi with three right options of six, numbers with tolerances and units.
    static let edgeCases: [Question] = [
        edge("specials-choice", "Which ~ = # { } : \\ of these \"quoted\" <b>tags</b> & ]]> is it?",
             .choice(options: ["a ~ b", "c = d", "e # f", "{g}", "h: i", "j \\ k"], answer: 3),
             explanation: "Because {braces} & <angles> = # ~ : \\ too.", evidence: "the text \"quoted\" & {so}"),
        edge("multi-partial", "Which three are right?",
             .multi(options: ["one", "two", "three", "four", "five", "six"], answers: [0, 2, 5]), level: .understand),
        edge("multi-two", "Which two are right?", .multi(options: ["red", "green", "blue"], answers: [0, 1])),
        edge("cloze-specials", "Complete the sentence.",
             .cloze(before: "The value {x} is ", answer: "a}b~c#d\\e::f", after: " & <so> on.", accepted: ["ab::cd", "x=y"]),
             explanation: "The gap holds braces }} and colons ::."),
        edge("cloze-end", "Complete it.", .cloze(before: "It ends with ", answer: "the gap", after: "", accepted: [])),
        edge("number-tolerance-unit", "How far is it?", .number(answer: 2000, tolerance: 2.5, unit: "km²")),
        edge("number-negative", "Which temperature?", .number(answer: -3.25, tolerance: 0, unit: nil)),
        edge("number-fraction", "What share?", .number(answer: 0.1, tolerance: 0.05, unit: "per cent of GDP")),
        edge("truefalse-false", "Is 3 < 2 & 5 > 4?", .trueFalse(answer: false), level: .analyse),
        edge("typed-accept", "Who wrote it: Smith: or Jones?", .typed(answer: "Jones", accepted: ["Mr. Jones", "J=ones"])),
        edge("order-specials", "Put {these} in order:",
             .order(items: ["first # one", "second ~ two", "third: three", "fourth = four"]),
             explanation: "Earliest {first}.", evidence: "first, then second"),
        edge("match-specials", "Match = each:",
             .match(pairs: [MatchPair(left: "a # 1", right: "x ~ y"), MatchPair(left: "b: 2", right: "{z}"),
                            MatchPair(left: "c", right: "w & v")])),
    ]

    private static func edge(
        _ id: String, _ prompt: String, _ body: QuestionBody, explanation: String = "One line of why.",
        evidence: String? = nil, level: QuestionLevel = .remember
    ) -> Question {
        Question(
            id: id, prompt: prompt, body: body, explanation: explanation, lessonID: "edge", paragraphIDs: ["p1", "p3"],
            actorIDs: ["iran"], eventIDs: ["fall-of-mosul"], origin: .authored, factID: id + "-fact", level: level,
            evidence: evidence)
    }

    /// The id a question gets back from a format: Lectern's own ids as they are, a generated one with its dots as
    /// dashes (at most 64 characters).
    static func importedID(_ id: String) -> String {
        String(id.replacingOccurrences(of: ".", with: "-").prefix(64)).trimmingCharacters(in: ["-"])
    }

    /// `question` as it should come back from any format into lesson `lesson`: a who-said question as a multiple
    /// choice among the speakers' names with the quotation under the prompt, everything else as it was.
    static func expectedImport(_ question: Question, names: [String: String], lesson: String) -> Question {
        var prompt = question.prompt
        var body = question.body
        if case .whoSaid(let quote, let options, let answer) = question.body {
            prompt += "\n“" + quote + "”"
            body = .choice(options: options.map { names[$0] ?? $0 }, answer: answer)
        }
        return Question(
            id: importedID(question.id), prompt: prompt, body: body, explanation: question.explanation,
            lessonID: lesson, paragraphIDs: question.paragraphIDs, actorIDs: question.actorIDs,
            eventIDs: question.eventIDs, origin: .authored, factID: importedID(question.factID), source: nil,
            level: question.level, evidence: question.evidence, objectives: question.objectives)
    }

    /// Every file of a course folder under `Lessons/` and `Quizzes/`, by relative path.
    static func files(of root: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for top in ["Lessons", "Quizzes"] {
            let folder = root.appendingPathComponent(top)
            guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
            else { continue }
            for case let url as URL in walker where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
                let relative = top + "/" + url.path.dropFirst(folder.path.count + 1)
                files[relative] = try Data(contentsOf: url)
            }
        }
        return files
    }
}
