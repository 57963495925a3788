import Foundation

/// Reads a Moodle XML question file into Lectern questions of one lesson.
///
/// Types map back as `MoodleXMLExporter` writes them (multichoice, truefalse, shortanswer, numerical, matching,
/// ordering, cloze with one short-answer gap); the general feedback gives the explanation and evidence, the id number
/// or name the id, Lectern's tags the citations. Other types (essay, description, calculated, drag and drop…) and
/// questions Lectern cannot grade as written are listed with the reason.
public enum MoodleXMLImporter {
    /// The most an import reads.
    public static let maximumBytes = 16 << 20

    /// The questions of `data` as a question file for `options.lessonID`, and those that do not map, with reasons.
    public static func importing(_ data: Data, options: ImportOptions) throws(ExchangeError) -> QuestionImport {
        QuestionImport(try candidates(data), options: options)
    }

    /// Every `<question>` of the file, read; categories are not questions and are passed over.
    static func candidates(_ data: Data) throws(ExchangeError) -> [ImportCandidate] {
        guard data.count <= maximumBytes else { throw .tooLarge(bytes: data.count, limit: maximumBytes) }
        let root = try MoodleElement.parse(data)
        guard root.name == "quiz" else { throw .notMoodleXML(root: root.name) }
        var position = 0
        return root.children("question").compactMap { element in
            guard element.attributes["type"] != "category" else { return nil }
            position += 1
            return candidate(element, position: position)
        }
    }

    private static func candidate(_ element: MoodleElement, position: Int) -> ImportCandidate {
        let type = element.attributes["type"] ?? ""
        var result = ImportCandidate(
            position: position, name: element.text(of: "name").flatMap { $0.isEmpty ? nil : $0 },
            prompt: ExchangeText.text(fromHTML: element.text(of: "questiontext") ?? ""), body: nil)
        result.idNumber = element.text(of: "idnumber").flatMap { $0.isEmpty ? nil : $0 }
        result.feedback = ExchangeText.text(fromHTML: element.text(of: "generalfeedback") ?? "")
            .components(separatedBy: "\n")
        result.metadata = ExchangeMetadata(
            tags: element.child("tags")?.children("tag").compactMap { $0.text(of: "text") ?? $0.text } ?? [])
        let answers = element.children("answer").map { answer in
            (
                text: ExchangeText.text(fromHTML: answer.child("text")?.text ?? ""),
                fraction: Double(answer.attributes["fraction"] ?? "") ?? 0,
                hasFeedback: !(answer.text(of: "feedback") ?? "").isEmpty,
                tolerance: answer.text(of: "tolerance")
            )
        }
        if answers.contains(where: \.hasFeedback), type != "ordering" {
            result.notes.append("feedback on single answers is not kept")
        }
        switch type {
        case "multichoice":
            let single = (element.text(of: "single") ?? "true").lowercased()
            let options = answers.map(\.text)
            if single == "true" || single == "1" {
                let right = answers.indices.filter { answers[$0].fraction >= 100 }
                guard right.count == 1, let answer = right.first else {
                    result.skipReason = "a single-answer multiple choice with \(right.count) answers at 100%"
                    return result
                }
                if answers.contains(where: { $0.fraction > 0 && $0.fraction < 100 }) {
                    result.notes.append("options with partial credit count as wrong")
                }
                result.body = .choice(options: options, answer: answer)
            } else {
                let right = Set(answers.indices.filter { answers[$0].fraction > 0 })
                guard !right.isEmpty else {
                    result.skipReason = "a multiple choice with no right answer"
                    return result
                }
                if Set(right.map { (answers[$0].fraction * 1000).rounded() }).count > 1 {
                    result.notes.append("right options had unequal credit; Lectern gives each an equal share")
                }
                result.body = right.count == 1
                    ? .choice(options: options, answer: right.first ?? 0) : .multi(options: options, answers: right)
            }
        case "truefalse":
            guard let right = answers.first(where: { $0.fraction >= 100 }),
                let truth = ["true": true, "false": false][right.text.lowercased()]
            else {
                result.skipReason = "a true-false question without a right answer 'true' or 'false'"
                return result
            }
            result.body = .trueFalse(answer: truth)
        case "shortanswer":
            let full = answers.filter { $0.fraction >= 100 }.map(\.text).filter { !$0.isEmpty && $0 != "*" }
            for partial in answers where partial.fraction < 100 && partial.fraction > 0 {
                result.notes.append("answer '\(partial.text)' with \(GIFTExporter.weight(partial.fraction))% credit is not kept")
            }
            if (element.text(of: "usecase") ?? "0") == "1" { result.notes.append("answers are no longer case-sensitive") }
            guard let first = full.first else {
                result.skipReason = "a short answer with no answer at full credit"
                return result
            }
            if full.contains(where: { $0.contains("*") }) { result.notes.append("'*' is a letter in Lectern, not a wildcard") }
            result.body = .typed(answer: first, accepted: Array(full.dropFirst()))
        case "numerical":
            guard let right = answers.first(where: { $0.fraction >= 100 && $0.text != "*" }),
                let value = Double(right.text), value.isFinite
            else {
                result.skipReason = "a numerical question with no number at full credit"
                return result
            }
            let tolerance = right.tolerance.flatMap(Double.init) ?? 0
            guard tolerance.isFinite, tolerance >= 0 else {
                result.skipReason = "the tolerance '\(right.tolerance ?? "")' is not a number of zero or more"
                return result
            }
            if answers.count > 1 { result.notes.append("only the answer at full credit is kept") }
            let units = element.child("units")?.children("unit") ?? []
            let unit = units.first { Double($0.text(of: "multiplier") ?? "1") == 1 }?.text(of: "unit_name")
            if units.count > 1 { result.notes.append("only the unit with multiplier 1 is kept") }
            result.body = .number(answer: value, tolerance: tolerance, unit: unit.flatMap { $0.isEmpty ? nil : $0 })
        case "matching":
            var pairs: [MatchPair] = []
            for sub in element.children("subquestion") {
                let left = ExchangeText.text(fromHTML: sub.child("text")?.text ?? "")
                guard !left.isEmpty else {
                    result.skipReason = "a matching with extra right-hand answers (no left-hand item) has no Lectern form"
                    return result
                }
                pairs.append(MatchPair(left: left, right: ExchangeText.text(fromHTML: sub.text(of: "answer") ?? "")))
            }
            result.body = .match(pairs: pairs)
        case "ordering":
            let items = answers.enumerated().sorted { ($0.element.fraction, $0.offset) < ($1.element.fraction, $1.offset) }
                .map(\.element.text)
            result.body = .order(items: items)
        case "cloze", "multianswer":
            readCloze(&result)
        case "":
            result.skipReason = "a question without a type"
        default:
            result.skipReason = "Moodle's '\(type)' questions have no Lectern form"
        }
        return result
    }

    /// One `{1:SHORTANSWER:=…}` gap (or `SA`, `MW` and their case-sensitive forms) in the text's last paragraph.
    private static func readCloze(_ result: inout ImportCandidate) {
        let text = result.prompt
        let pattern = #"\{[0-9]*:([A-Z_]+):((?:\\.|[^}\\])*)\}"#
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return }
        let matches = expression.matches(in: text, range: NSRange(text.startIndex..., in: text))
        guard matches.count == 1, let match = matches.first, let whole = Range(match.range, in: text),
            let typeRange = Range(match.range(at: 1), in: text), let answersRange = Range(match.range(at: 2), in: text)
        else {
            result.skipReason = "a cloze with \(matches.count) gaps; Lectern's have exactly one"
            return
        }
        let type = String(text[typeRange])
        guard ["SHORTANSWER", "SA", "MW", "SHORTANSWER_C", "SAC", "MWC"].contains(type) else {
            result.skipReason = "a cloze gap of type \(type); Lectern's gaps are typed answers"
            return
        }
        var accepted: [String] = []
        for alternative in splitUnescaped(String(text[answersRange]), at: "~") {
            var answer = alternative
            var full = false
            if answer.hasPrefix("=") {
                full = true
                answer.removeFirst()
            } else if answer.hasPrefix("%"), let end = answer.dropFirst().firstIndex(of: "%") {
                full = (Double(answer[answer.index(after: answer.startIndex)..<end]) ?? 0) >= 100
                answer = String(answer[answer.index(after: end)...])
            }
            if let hash = splitUnescaped(answer, at: "#").first, hash.count != answer.count {
                answer = hash
                result.notes.append("feedback on the gap's answers is not kept")
            }
            let plain = unescape(answer).trimmingCharacters(in: .whitespaces)
            if full, !plain.isEmpty { accepted.append(plain) } else if !plain.isEmpty {
                result.notes.append("the gap's answer '\(plain)' without full credit is not kept")
            }
        }
        guard let answer = accepted.first else {
            result.skipReason = "a cloze gap with no answer at full credit"
            return
        }
        let head = text[..<whole.lowerBound]
        let sentenceStart = head.lastIndex(of: "\n").map { head.index(after: $0) } ?? head.startIndex
        let tail = text[whole.upperBound...]
        let sentenceEnd = tail.firstIndex(of: "\n") ?? tail.endIndex
        if sentenceEnd != tail.endIndex { result.notes.append("text after the gap's paragraph is not kept") }
        let prompt = String(head[..<sentenceStart]).trimmingCharacters(in: .whitespacesAndNewlines)
        result.prompt = prompt.isEmpty ? "Fill in the gap." : prompt
        result.body = .cloze(
            before: String(head[sentenceStart...]), answer: answer, after: String(tail[..<sentenceEnd]),
            accepted: Array(accepted.dropFirst()))
    }

    /// `text` cut at every `separator` not escaped by a backslash (the escapes are kept).
    private static func splitUnescaped(_ text: String, at separator: Character) -> [String] {
        var pieces = [""]
        var escaped = false
        for character in text {
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == separator {
                pieces.append("")
                continue
            }
            pieces[pieces.count - 1].append(character)
        }
        return pieces
    }

    private static func unescape(_ text: String) -> String {
        var result = ""
        var escaped = false
        for character in text {
            if !escaped, character == "\\" {
                escaped = true
                continue
            }
            escaped = false
            result.append(character)
        }
        return result
    }
}
