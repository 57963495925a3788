import Foundation

/// Text conversions the exchange formats share: HTML in and out, the explanation and evidence in one feedback, and
/// who-said questions shown as the multiple choice the formats know.
enum ExchangeText {
    /// The paragraph that carries a question's evidence in a general feedback starts with this.
    static let evidenceLead = "Evidence: "

    /// Escapes `& < > " '` so text reads the same inside HTML and XML, and leaves out the control characters XML
    /// cannot hold.
    static func escapeHTML(_ text: String) -> String {
        SVGCharts.escape(text)
    }

    /// Plain text as HTML: escaped, each line break a `<br>`.
    static func html(_ text: String) -> String {
        text.components(separatedBy: "\n").map(escapeHTML).joined(separator: "<br>")
    }

    /// The text an HTML fragment shows: tags removed, `<br>` and block ends as line breaks, entities decoded,
    /// white space collapsed, empty lines dropped.
    static func text(fromHTML html: String) -> String {
        var lines: [String] = []
        var line = ""
        var index = html.startIndex
        func endLine() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { lines.append(trimmed) }
            line = ""
        }
        func appendSpace() {
            if !line.isEmpty, line.last != " " { line.append(" ") }
        }
        while index < html.endIndex {
            let character = html[index]
            if character == "<", let close = html[index...].firstIndex(of: ">") {
                let tag = html[html.index(after: index)..<close].lowercased()
                let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }
                if ["br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"].contains(String(name)) {
                    endLine()
                }
                index = html.index(after: close)
                continue
            }
            if character == "&", let semicolon = html[index...].prefix(12).firstIndex(of: ";"),
                let decoded = entity(String(html[html.index(after: index)..<semicolon]))
            {
                if decoded.allSatisfy(\.isWhitespace) { appendSpace() } else { line += decoded }
                index = html.index(after: semicolon)
                continue
            }
            if character.isWhitespace { appendSpace() } else { line.append(character) }
            index = html.index(after: index)
        }
        endLine()
        return lines.joined(separator: "\n")
    }

    private static func entity(_ name: String) -> String? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return " "
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
    }

    /// The paragraphs of a general feedback: the explanation, then the evidence when there is one.
    static func feedbackParagraphs(_ question: Question) -> [String] {
        [question.explanation] + (question.evidence.map { [evidenceLead + $0] } ?? [])
    }

    /// The explanation and evidence read back from the paragraphs (or lines) of a general feedback.
    static func explanationAndEvidence(_ paragraphs: [String]) -> (explanation: String, evidence: String?) {
        var paragraphs = paragraphs.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        var evidence: String?
        if let last = paragraphs.last, last.hasPrefix(evidenceLead) {
            evidence = String(last.dropFirst(evidenceLead.count))
            paragraphs.removeLast()
        }
        return (paragraphs.joined(separator: " "), evidence)
    }

    /// `2000` for a whole number, `2.5` otherwise.
    static func number(_ value: Double) -> String {
        QuestionCatalog.Entry.format(value)
    }
}

extension Question {
    /// The question as the exchange formats can hold it: a who-said question becomes a multiple choice among the
    /// speakers' names (from `actorNames`, else their ids) with the quotation on a line under the prompt; every other
    /// question is unchanged.
    func forExchange(actorNames: [String: String]) -> Question {
        guard case .whoSaid(let quote, let options, let answer) = body else { return self }
        return Question(
            id: id, prompt: prompt + "\n“" + quote + "”",
            body: .choice(options: options.map { actorNames[$0] ?? $0 }, answer: answer), explanation: explanation,
            lessonID: lessonID, paragraphIDs: paragraphIDs, actorIDs: actorIDs, eventIDs: eventIDs, origin: origin,
            factID: factID, source: source, level: level, evidence: evidence)
    }
}

extension Course {
    /// Every actor's display name by id, for who-said options.
    var actorNames: [String: String] {
        Dictionary(actors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }
}
