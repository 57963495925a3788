import Foundation

/// Writes questions as Moodle XML (`<quiz>`, one `<question>` each), which Moodle's question bank imports.
///
/// Kinds map to Moodle's types: choice and who-said to `multichoice` (single), multi to `multichoice` (multiple,
/// right options sharing 100% and wrong ones taking as much away, as Lectern grades), truefalse, typed to
/// `shortanswer`, number to `numerical` (tolerance and unit), match to `matching`, order to `ordering`, cloze to
/// `cloze` with a `{1:SHORTANSWER:=…}` gap. The explanation and evidence are the general feedback; the id is the
/// name and the id number; Lectern's tags carry the lesson, paragraphs, level, actors, events and kind.
public enum MoodleXMLExporter {
    /// The export of a course's whole bank, authored and generated.
    public static func export(course: Course) -> String {
        export(QuestionBank(course: course).questions, actorNames: course.actorNames)
    }

    /// The export of `questions`; `actorNames` gives who-said options their names.
    public static func export(_ questions: [Question], actorNames: [String: String] = [:]) -> String {
        var lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<quiz>"]
        for question in questions {
            lines += element(question.forExchange(actorNames: actorNames), metadata: ExchangeMetadata(question))
        }
        lines.append("</quiz>")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func element(_ question: Question, metadata: ExchangeMetadata) -> [String] {
        let type: String
        var specific: [String] = []
        var prompt = paragraph(question.prompt)
        switch question.body {
        case .choice(let options, let answer):
            type = "multichoice"
            specific = choiceSettings(single: true)
                + options.indices.map { answerElement(fraction: $0 == answer ? "100" : "0", options[$0]) }
        case .multi(let options, let right):
            type = "multichoice"
            let share = 100 / Double(max(1, right.count))
            specific = choiceSettings(single: false) + options.indices.map { index in
                answerElement(fraction: GIFTExporter.weight(right.contains(index) ? share : -share), options[index])
            }
        case .trueFalse(let answer):
            type = "truefalse"
            specific = [
                answerElement(fraction: answer ? "100" : "0", "true", format: "moodle_auto_format"),
                answerElement(fraction: answer ? "0" : "100", "false", format: "moodle_auto_format"),
            ]
        case .typed(let answer, let accepted):
            type = "shortanswer"
            specific = ["    <usecase>0</usecase>"]
                + ([answer] + accepted).map { answerElement(fraction: "100", $0, format: "moodle_auto_format") }
        case .number(let answer, let tolerance, let unit):
            type = "numerical"
            specific = [
                "    <answer fraction=\"100\" format=\"moodle_auto_format\">",
                "      <text>\(ExchangeText.number(answer))</text>",
                "      <feedback format=\"html\"><text></text></feedback>",
                "      <tolerance>\(ExchangeText.number(tolerance))</tolerance>",
                "    </answer>",
            ]
            if let unit {
                specific += [
                    "    <units>", "      <unit>", "        <multiplier>1</multiplier>",
                    "        <unit_name>\(escape(unit))</unit_name>", "      </unit>", "    </units>",
                    "    <unitgradingtype>0</unitgradingtype>", "    <unitpenalty>0.1000000</unitpenalty>",
                    "    <showunits>3</showunits>", "    <unitsleft>0</unitsleft>",
                ]
            }
        case .order(let items):
            type = "ordering"
            specific = [
                "    <layouttype>VERTICAL</layouttype>", "    <selecttype>ALL</selecttype>",
                "    <selectcount>0</selectcount>", "    <gradingtype>RELATIVE_ALL_PREVIOUS_AND_NEXT</gradingtype>",
                "    <showgrading>SHOW</showgrading>", "    <numberingstyle>none</numberingstyle>",
            ] + items.indices.map { answerElement(fraction: "\($0 + 1)", items[$0]) }
        case .match(let pairs):
            type = "matching"
            specific = ["    <shuffleanswers>true</shuffleanswers>"] + pairs.flatMap { pair in
                [
                    "    <subquestion format=\"html\">", "      <text>\(cdata(ExchangeText.html(pair.left)))</text>",
                    "      <answer><text>\(escape(pair.right))</text></answer>", "    </subquestion>",
                ]
            }
        case .cloze(let before, let answer, let after, let accepted):
            type = "cloze"
            let gap = "{1:SHORTANSWER:" + ([answer] + accepted).map { "=" + clozeEscape($0) }.joined(separator: "~") + "}"
            prompt = paragraph(question.prompt)
                + "<p>" + ExchangeText.html(before) + ExchangeText.html(gap) + ExchangeText.html(after) + "</p>"
        case .whoSaid:
            type = "multichoice"
        }
        var lines = [
            "  <!-- question: \(escape(question.id).replacingOccurrences(of: "--", with: "- -")) -->",
            "  <question type=\"\(type)\">",
            "    <name><text>\(escape(question.id))</text></name>",
            "    <questiontext format=\"html\"><text>\(cdata(prompt))</text></questiontext>",
            "    <generalfeedback format=\"html\"><text>\(cdata(ExchangeText.feedbackParagraphs(question).map(paragraph).joined()))</text></generalfeedback>",
            "    <defaultgrade>1</defaultgrade>", "    <penalty>0.3333333</penalty>", "    <hidden>0</hidden>",
            "    <idnumber>\(escape(question.id))</idnumber>",
        ]
        lines += specific
        let tags = metadata.tags
        if !tags.isEmpty {
            lines += ["    <tags>"] + tags.map { "      <tag><text>\(escape($0))</text></tag>" } + ["    </tags>"]
        }
        lines.append("  </question>")
        return lines
    }

    private static func choiceSettings(single: Bool) -> [String] {
        [
            "    <single>\(single)</single>", "    <shuffleanswers>true</shuffleanswers>",
            "    <answernumbering>abc</answernumbering>", "    <showstandardinstruction>0</showstandardinstruction>",
        ]
    }

    private static func answerElement(fraction: String, _ text: String, format: String = "html") -> String {
        let content = format == "html" ? cdata(ExchangeText.html(text)) : escape(text)
        return "    <answer fraction=\"\(fraction)\" format=\"\(format)\"><text>\(content)</text>"
            + "<feedback format=\"html\"><text></text></feedback></answer>"
    }

    private static func paragraph(_ text: String) -> String {
        "<p>" + ExchangeText.html(text) + "</p>"
    }

    /// XML character data: `& < > " '` escaped, and characters XML 1.0 cannot hold left out.
    static func escape(_ text: String) -> String {
        ExchangeText.escapeHTML(text)
    }

    /// A CDATA section; a `]]>` inside is split across two sections.
    private static func cdata(_ text: String) -> String {
        "<![CDATA[" + xmlCharacters(text).replacingOccurrences(of: "]]>", with: "]]]]><![CDATA[>") + "]]>"
    }

    /// Only the characters XML 1.0 allows (no control character but tab, line feed and carriage return).
    private static func xmlCharacters(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { scalar in
            scalar == "\t" || scalar == "\n" || scalar == "\r" || (scalar.value >= 0x20 && scalar.value != 0xFFFE
                && scalar.value != 0xFFFF)
        }))
    }

    /// A cloze answer with the characters of the gap syntax (`} ~ # \`) escaped by a backslash.
    static func clozeEscape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if "}~#\\".contains(character) { escaped += "\\" }
            escaped.append(character)
        }
        return escaped
    }
}
