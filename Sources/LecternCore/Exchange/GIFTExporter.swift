import Foundation

/// Writes questions in Moodle's GIFT format, one question a block, blocks separated by a blank line.
///
/// Each block starts with a `// [id:…] [tag:…]` comment, which Moodle reads into the question's id number and tags
/// (Lectern's tags carry the lesson, paragraphs, level, actors, events and kind), then `::id::` and the question.
/// The explanation is the general feedback (`####`), followed by the evidence on a paragraph of its own. GIFT has
/// no unit for a number and no general feedback for an ordering: those go in `// lectern …:` comments, which only
/// Lectern reads back.
public enum GIFTExporter {
    /// The export of a course's whole bank, authored and generated.
    public static func export(course: Course) -> String {
        export(QuestionBank(course: course).questions, actorNames: course.actorNames)
    }

    /// The export of `questions`; `actorNames` gives who-said options their names.
    public static func export(_ questions: [Question], actorNames: [String: String] = [:]) -> String {
        questions.map { block($0.forExchange(actorNames: actorNames), metadata: ExchangeMetadata($0)) }
            .joined(separator: "\n")
    }

    private static func block(_ question: Question, metadata: ExchangeMetadata) -> String {
        var lines = ["// [id:\(question.id)] " + metadata.tags.map { "[tag:\($0)]" }.joined(separator: " ")]
        let feedback = "####" + escape(ExchangeText.feedbackParagraphs(question).joined(separator: "\n\n"))
        let head = "::" + escape(question.id) + "::"
        switch question.body {
        case .choice(let options, let answer):
            let answers = options.indices.map { "\t" + ($0 == answer ? "=" : "~") + escape(options[$0]) }
            lines.append(head + escape(question.prompt) + "{")
            lines += answers + ["\t" + feedback, "}"]
        case .multi(let options, let right):
            let share = 100 / Double(max(1, right.count))
            let answers = options.indices.map { index in
                "\t~%" + weight(right.contains(index) ? share : -share) + "%" + escape(options[index])
            }
            lines.append(head + escape(question.prompt) + "{")
            lines += answers + ["\t" + feedback, "}"]
        case .trueFalse(let answer):
            lines.append(head + escape(question.prompt) + "{" + (answer ? "TRUE" : "FALSE") + feedback + "}")
        case .typed(let answer, let accepted):
            lines.append(head + escape(question.prompt) + "{")
            lines += ([answer] + accepted).map { "\t=" + escape($0) } + ["\t" + feedback, "}"]
        case .number(let answer, let tolerance, let unit):
            if let unit { lines.insert("// lectern unit: " + comment(unit), at: 1) }
            let value = ExchangeText.number(answer) + ":" + ExchangeText.number(tolerance)
            lines.append(head + escape(question.prompt) + "{#" + value + feedback + "}")
        case .order(let items):
            // The ordering plugin reads every line up to the closing brace as an item: the feedback goes in comments.
            lines.insert("// lectern explanation: " + comment(question.explanation), at: 1)
            if let evidence = question.evidence { lines.insert("// lectern evidence: " + comment(evidence), at: 2) }
            lines.append(head + escape(question.prompt) + "{>\(items.count) ALL")
            lines += items.map(escape) + ["}"]
        case .match(let pairs):
            lines.append(head + escape(question.prompt) + "{")
            lines += pairs.map { "\t=" + escape($0.left) + " -> " + escape($0.right) } + ["\t" + feedback, "}"]
        case .cloze(let before, let answer, let after, let accepted):
            // The prompt, a line break, then the sentence with its gap: Moodle shows it as a missing word.
            let gap = ([answer] + accepted).map { "=" + escape($0) }.joined(separator: " ")
            lines.append(head + escape(question.prompt + "\n" + before) + "{" + gap + feedback + "}" + escape(after))
        case .whoSaid:
            break
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text with GIFT's special characters (`~ = # { } :` and the backslash) escaped and line breaks as `\n`.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\\", "~", "=", "#", "{", "}", ":": escaped += "\\" + String(character)
            case "\n": escaped += "\\n"
            case "\r": continue
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// Text for a comment line: one line.
    private static func comment(_ text: String) -> String {
        text.map { $0.isNewline ? " " : String($0) }.joined()
    }

    /// A percentage as GIFT and Moodle write it: up to five decimals, no trailing zeros.
    static func weight(_ value: Double) -> String {
        var text = String(format: "%.5f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
