import Foundation
import Yams

/// Reads a file of authored questions, `Quizzes/questions/*.yaml`.
enum QuestionParser {
    private static let common: Set<String> = [
        "id", "kind", "prompt", "explanation", "paragraphs", "actors", "events", "level", "evidence", "fact",
        "objectives", "draft", "section",
    ]
    private static let specific: [QuestionKind: Set<String>] = [
        .choice: ["options", "answer"], .multi: ["options", "answers"], .trueFalse: ["answer"],
        .typed: ["answer", "accept"], .number: ["answer", "tolerance", "unit"], .order: ["items"],
        .match: ["pairs"], .cloze: ["text", "accept"],
    ]

    static func parse(_ text: String, file: String, references: inout ReferenceChecks, log: inout DiagnosticLog) -> [Question] {
        guard let node = YAMLDocument.compose(text, file: file, log: &log),
            let top = YAMLFields(node, file: file, lineOffset: 0, what: "the file", allowed: ["lesson", "questions"], log: &log)
        else { return [] }
        let lesson = top.string("lesson", log: &log)
        references.expect(.lesson, lesson.map { [$0] } ?? [], file: file, line: top.line(of: "lesson"))
        return (top.mappings("questions", log: &log) ?? []).compactMap {
            question($0, lesson: lesson, file: file, references: &references, log: &log)
        }
    }

    private static func question(
        _ node: Node, lesson: String?, file: String, references: inout ReferenceChecks, log: inout DiagnosticLog
    ) -> Question? {
        let kindText = node["kind"]?.string
        let kind = kindText.flatMap(QuestionKind.init(rawValue:))
        guard
            let fields = YAMLFields(
                node, file: file, lineOffset: 0, what: "a question", allowed: common.union(kind.flatMap { specific[$0] } ?? []),
                log: &log)
        else { return nil }
        let id = references.declaredID("question", in: fields, log: &log)
        if kind == nil {
            let known = specific.keys.map(\.rawValue).sorted().joined(separator: ", ")
            let problem = kindText.map { "unknown question kind '\($0)'" } ?? "missing field 'kind'"
            log.add(file, fields.line(of: "kind"), "\(problem) (known kinds: \(known))")
        }
        let prompt = fields.string("prompt", log: &log)
        let explanation = fields.string("explanation", log: &log)
        let paragraphs = fields.strings("paragraphs", log: &log)
        if paragraphs?.isEmpty == true { log.add(file, fields.line(of: "paragraphs"), "a question cites at least one paragraph") }
        let actors = fields.strings("actors", log: &log)
        let events = fields.strings("events", log: &log)
        references.expect(.paragraph, paragraphs ?? [], file: file, line: fields.line(of: "paragraphs"))
        references.expect(.actor, actors ?? [], file: file, line: fields.line(of: "actors"))
        references.expect(.event, events ?? [], file: file, line: fields.line(of: "events"))
        let level = self.level(fields, log: &log)
        let evidence = fields.string("evidence", required: false, log: &log)
        let fact = fields.string("fact", required: false, log: &log)
        if let problem = fact.flatMap({ Identifier.problem("fact", $0) }) { log.add(file, fields.line(of: "fact"), problem) }
        let objectives = self.objectives(fields, log: &log)
        let section = fields.string("section", required: false, log: &log).map {
            SectionReference(title: $0, line: fields.line(of: "section"))
        }
        let body = kind.flatMap { self.body(of: $0, fields, log: &log) }
        let isDraft = fields.draft(log: &log)
        guard let id, let prompt, let explanation, let paragraphs, let actors, let events, let body else { return nil }
        return Question(
            id: id, prompt: prompt, body: body, explanation: explanation, lessonID: lesson, paragraphIDs: paragraphs,
            actorIDs: actors, eventIDs: events, origin: .authored, factID: fact,
            source: SourceLocation(file: file, line: fields.line), level: level, evidence: evidence,
            objectives: objectives ?? [], isDraft: isDraft, section: section)
    }

    /// The declared `objectives`, 1-based indices into the lesson's objectives (their range is checked once the
    /// lessons are loaded); anything but a list of distinct whole numbers from 1 is an error.
    private static func objectives(_ fields: YAMLFields, log: inout DiagnosticLog) -> [Int]? {
        guard let texts = fields.strings("objectives", required: false, log: &log) else { return nil }
        var indices: [Int] = []
        for text in texts {
            guard let index = Int(text), index >= 1 else {
                log.add(fields.file, fields.line(of: "objectives"), "objectives lists objective numbers from 1, like [1, 3], not '\(text)'")
                return nil
            }
            if indices.contains(index) {
                log.add(fields.file, fields.line(of: "objectives"), "objective \(index) is listed twice")
            } else {
                indices.append(index)
            }
        }
        return indices
    }

    /// The declared `level`; a missing one is nil (it counts as `remember`, and `check` warns), an unknown one is an
    /// error.
    private static func level(_ fields: YAMLFields, log: inout DiagnosticLog) -> QuestionLevel? {
        guard let text = fields.string("level", required: false, log: &log) else { return nil }
        guard let level = QuestionLevel(rawValue: text) else {
            let known = QuestionLevel.allCases.map(\.rawValue).joined(separator: ", ")
            log.add(fields.file, fields.line(of: "level"), "unknown level '\(text)' (known levels: \(known))")
            return nil
        }
        return level
    }

    private static func body(of kind: QuestionKind, _ fields: YAMLFields, log: inout DiagnosticLog) -> QuestionBody? {
        let file = fields.file
        switch kind {
        case .choice:
            guard let options = fields.strings("options", count: 2...6, log: &log),
                let answer = fields.string("answer", log: &log)
            else { return nil }
            guard let index = options.firstIndex(of: answer) else {
                log.add(file, fields.line(of: "answer"), "answer '\(answer)' is not one of the options")
                return nil
            }
            return .choice(options: options, answer: index)
        case .multi:
            guard let options = fields.strings("options", count: 3...7, log: &log),
                let answers = fields.strings("answers", count: 2...max(2, options.count - 1), log: &log)
            else { return nil }
            let indices = answers.compactMap { options.firstIndex(of: $0) }
            for missing in answers where !options.contains(missing) {
                log.add(file, fields.line(of: "answers"), "answer '\(missing)' is not one of the options")
            }
            return indices.count == answers.count ? .multi(options: options, answers: Set(indices)) : nil
        case .trueFalse:
            guard let node = fields.node("answer", required: true, log: &log) else { return nil }
            guard let value = node.bool else {
                log.add(file, fields.line(of: "answer"), "answer must be true or false")
                return nil
            }
            return .trueFalse(answer: value)
        case .typed:
            guard let answer = fields.string("answer", log: &log) else { return nil }
            let accepted = fields.strings("accept", required: false, log: &log) ?? []
            return .typed(answer: answer, accepted: accepted)
        case .number:
            return number(fields, log: &log)
        case .order:
            return fields.strings("items", count: 3...5, log: &log).map { .order(items: $0) }
        case .match:
            return match(fields, log: &log)
        case .cloze:
            guard let text = fields.string("text", log: &log) else { return nil }
            let accepted = fields.strings("accept", required: false, log: &log) ?? []
            let pieces = text.components(separatedBy: "{{")
            guard pieces.count == 2, let close = pieces[1].range(of: "}}"), !pieces[1].contains("{{") else {
                log.add(file, fields.line(of: "text"), "a cloze text needs exactly one gap written {{answer}}")
                return nil
            }
            let answer = pieces[1][..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            if answer.isEmpty { log.add(file, fields.line(of: "text"), "the cloze gap is empty") }
            return .cloze(
                before: pieces[0], answer: answer, after: String(pieces[1][close.upperBound...]), accepted: accepted)
        case .whoSaid:
            return nil
        }
    }

    private static func number(_ fields: YAMLFields, log: inout DiagnosticLog) -> QuestionBody? {
        func value(_ key: String, required: Bool) -> Double? {
            guard let text = fields.string(key, required: required, log: &log) else { return nil }
            guard let number = Double(text), number.isFinite else {
                log.add(fields.file, fields.line(of: key), "\(key) must be a number, not '\(text)'")
                return nil
            }
            return number
        }
        guard let answer = value("answer", required: true) else { return nil }
        let tolerance = value("tolerance", required: false) ?? 0
        if tolerance < 0 { log.add(fields.file, fields.line(of: "tolerance"), "tolerance cannot be negative") }
        return .number(answer: answer, tolerance: tolerance, unit: fields.string("unit", required: false, log: &log))
    }

    private static func match(_ fields: YAMLFields, log: inout DiagnosticLog) -> QuestionBody? {
        guard let items = fields.mappings("pairs", log: &log) else { return nil }
        if !(3...5).contains(items.count) {
            log.add(fields.file, fields.line(of: "pairs"), "field 'pairs' has \(items.count) entries; it needs 3 to 5")
        }
        let pairs = items.compactMap { item -> MatchPair? in
            guard
                let pair = YAMLFields(
                    item, file: fields.file, lineOffset: 0, what: "a pair", allowed: ["left", "right"], log: &log),
                let left = pair.string("left", log: &log), let right = pair.string("right", log: &log)
            else { return nil }
            return MatchPair(left: left, right: right)
        }
        return pairs.count == items.count ? .match(pairs: pairs) : nil
    }
}
