import Foundation

/// Writes authored questions as a Lectern question file (`Quizzes/questions/*.yaml`), the format `QuestionParser`
/// reads: every string double-quoted, so no text can be read as YAML syntax, a number or a Boolean.
enum QuestionFileWriter {
    /// The file's text and, for each question, the range of lines (1-based) its entry takes.
    /// `unknownLevels` names the questions whose level was never given (imported from a format without one): their
    /// entries leave `level` out rather than claim one.
    static func write(_ questions: [Question], lesson: String, unknownLevels: Set<String> = [])
        -> (text: String, lines: [ClosedRange<Int>])
    {
        var lines = ["lesson: " + quoted(lesson), "questions:"]
        var ranges: [ClosedRange<Int>] = []
        for question in questions {
            let first = lines.count + 1
            lines += entry(question, writesLevel: !unknownLevels.contains(question.id))
            ranges.append(first...lines.count)
        }
        if questions.isEmpty { lines[1] = "questions: []" }
        return (lines.joined(separator: "\n") + "\n", ranges)
    }

    private static func entry(_ question: Question, writesLevel: Bool) -> [String] {
        var lines = ["  - id: " + quoted(question.id), "    kind: " + question.kind.rawValue]
        if question.isDraft { lines.append("    draft: true") }
        func field(_ key: String, _ value: String) { lines.append("    \(key): " + value) }
        field("prompt", quoted(question.prompt))
        switch question.body {
        case .choice(let options, let answer):
            field("options", list(options))
            field("answer", quoted(options.indices.contains(answer) ? options[answer] : ""))
        case .multi(let options, let answers):
            field("options", list(options))
            field("answers", list(options.indices.filter(answers.contains).map { options[$0] }))
        case .trueFalse(let answer):
            field("answer", answer ? "true" : "false")
        case .typed(let answer, let accepted):
            field("answer", quoted(answer))
            if !accepted.isEmpty { field("accept", list(accepted)) }
        case .number(let answer, let tolerance, let unit):
            field("answer", ExchangeText.number(answer))
            if tolerance != 0 { field("tolerance", ExchangeText.number(tolerance)) }
            if let unit { field("unit", quoted(unit)) }
        case .order(let items):
            field("items", list(items))
        case .match(let pairs):
            field("pairs", "")
            lines[lines.count - 1] = "    pairs:"
            lines += pairs.map { "      - { left: \(quoted($0.left)), right: \(quoted($0.right)) }" }
        case .cloze(let before, let answer, let after, let accepted):
            field("text", quoted(before + "{{" + answer + "}}" + after))
            if !accepted.isEmpty { field("accept", list(accepted)) }
        case .whoSaid:
            break
        }
        field("explanation", quoted(question.explanation))
        if let evidence = question.evidence { field("evidence", quoted(evidence)) }
        if writesLevel, let level = question.level { field("level", level.rawValue) }
        if !question.objectives.isEmpty { field("objectives", "[" + question.objectives.map(String.init).joined(separator: ", ") + "]") }
        field("paragraphs", list(question.paragraphIDs))
        field("actors", list(question.actorIDs))
        field("events", list(question.eventIDs))
        if question.factID != question.id { field("fact", quoted(question.factID)) }
        return lines
    }

    private static func list(_ values: [String]) -> String {
        "[" + values.map(quoted).joined(separator: ", ") + "]"
    }

    /// A YAML double-quoted scalar: backslash, quote and every control character escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028
                    || scalar.value == 0x2029 || scalar.value == 0xFEFF
                {
                    result += String(format: "\\u%04X", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
