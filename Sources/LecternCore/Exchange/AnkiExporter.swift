import Foundation

/// Writes questions as an Anki text import: tab-separated notes under `#` header lines that name the separator, the
/// HTML setting, the note type, deck, GUID and tag columns, so Anki's File > Import takes it without asking.
///
/// Clozes become `Cloze` notes (`{{c1::answer}}`); every other kind a `Basic` note whose front is the question (its
/// options or items in alphabetical order, so their position gives nothing away) and whose back is the answer, the
/// explanation, the evidence and the paragraphs. Tags carry the lesson, paragraphs, level, actors, events and kind.
/// The GUID column is `lectern/<id>`, so importing a newer export updates the notes instead of duplicating them.
public enum AnkiExporter {
    /// The header lines and columns, in order.
    public static let columns = ["Note type", "GUID", "Front", "Back", "Tags"]

    /// The export of a course's whole bank, authored and generated, into the deck `deck`.
    public static func export(course: Course, deck: String = "Lectern") -> String {
        export(QuestionBank(course: course).questions, actorNames: course.actorNames, deck: deck)
    }

    /// The export of `questions` into the deck `deck`; `actorNames` gives who-said options their names.
    public static func export(_ questions: [Question], actorNames: [String: String] = [:], deck: String = "Lectern")
        -> String
    {
        var lines = [
            "#separator:tab", "#html:true", "#notetype column:1", "#guid column:2", "#tags column:5",
            "#deck:" + field(deck), "#columns:" + columns.joined(separator: "\t"),
        ]
        for question in questions {
            let tags = ExchangeMetadata(question).tags.joined(separator: " ")
            let shown = question.forExchange(actorNames: actorNames)
            let (noteType, front, back) = note(shown)
            lines.append([noteType, field("lectern/" + question.id), front, back, field(tags)].joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The note type and the two fields of one question.
    private static func note(_ question: Question) -> (String, String, String) {
        let prompt = html(question.prompt)
        let extra = details(question)
        switch question.body {
        case .choice(let options, let answer):
            let right = options.indices.contains(answer) ? options[answer] : ""
            return ("Basic", prompt + list(sortedForShow(options)), html(right) + extra)
        case .multi(let options, let answers):
            let right = options.indices.filter(answers.contains).map { options[$0] }
            return ("Basic", prompt + "<br>(Choose every right answer.)" + list(sortedForShow(options)), list(right) + extra)
        case .trueFalse(let answer):
            return ("Basic", prompt + "<br>(True or false?)", (answer ? "True" : "False") + extra)
        case .typed(let answer, let accepted):
            return ("Basic", prompt, html(answer) + alsoAccepted(accepted) + extra)
        case .number(let answer, let tolerance, let unit):
            var shown = ExchangeText.number(answer) + (unit.map { " " + $0 } ?? "")
            if tolerance > 0 { shown += " (± " + ExchangeText.number(tolerance) + ")" }
            return ("Basic", prompt, html(shown) + extra)
        case .order(let items):
            return ("Basic", prompt + list(sortedForShow(items)), list(items, ordered: true) + extra)
        case .match(let pairs):
            let front = prompt + list(pairs.map(\.left)) + list(sortedForShow(pairs.map(\.right)))
            return ("Basic", front, list(pairs.map { $0.left + " → " + $0.right }) + extra)
        case .cloze(let before, let answer, let after, let accepted):
            let text = prompt + "<br>" + clozeSafe(html(before)) + "{{c1::" + clozeSafe(html(answer)) + "}}"
                + clozeSafe(html(after))
            return ("Cloze", text, alsoAccepted(accepted).dropFirstBreak + extra)
        case .whoSaid:
            // `forExchange` has made it a choice.
            return ("Basic", prompt, extra)
        }
    }

    /// The explanation, the evidence and the paragraphs, under the answer.
    private static func details(_ question: Question) -> String {
        var text = "<br><br>" + html(question.explanation)
        if let evidence = question.evidence { text += "<br><i>“" + html(evidence) + "”</i>" }
        if !question.paragraphIDs.isEmpty {
            text += "<br><small>Paragraphs: " + html(question.paragraphIDs.joined(separator: ", ")) + "</small>"
        }
        return text
    }

    private static func alsoAccepted(_ accepted: [String]) -> String {
        accepted.isEmpty ? "" : "<br>Also accepted: " + html(accepted.joined(separator: "; "))
    }

    private static func list(_ items: [String], ordered: Bool = false) -> String {
        let tag = ordered ? "ol" : "ul"
        return "<\(tag)>" + items.map { "<li>" + html($0) + "</li>" }.joined() + "</\(tag)>"
    }

    /// Options and items in alphabetical order: Anki shows a note as written, and the author's order may start with
    /// the answer or be the answer (an ordering).
    private static func sortedForShow(_ items: [String]) -> [String] {
        items.sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }
    }

    /// HTML for one field: escaped, line breaks as `<br>`, no tab (the separator).
    private static func html(_ text: String) -> String {
        ExchangeText.html(text.replacingOccurrences(of: "\r", with: "")).replacingOccurrences(of: "\t", with: " ")
    }

    /// A field that is not HTML text (the deck, the GUID, the tags): no tab, no line break.
    private static func field(_ text: String) -> String {
        text.map { $0 == "\t" || $0.isNewline ? " " : String($0) }.joined()
    }

    /// Braces and colons as character references, so text around and inside the gap cannot open another cloze or
    /// end this one (`}}`, `::` would).
    private static func clozeSafe(_ text: String) -> String {
        text.replacingOccurrences(of: "{", with: "&#123;").replacingOccurrences(of: "}", with: "&#125;")
            .replacingOccurrences(of: ":", with: "&#58;")
    }
}

extension String {
    /// The text without a leading `<br>`.
    fileprivate var dropFirstBreak: String {
        hasPrefix("<br>") ? String(dropFirst(4)) : self
    }
}
