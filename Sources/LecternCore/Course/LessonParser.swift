/// Reads a lesson file: YAML front matter between `---` lines, then `## Title [p1, p2]` sections of Markdown.
enum LessonParser {
    static let fields: Set<String> = ["id", "title", "objectives", "actors", "events", "summary", "check"]

    static func parse(_ text: String, file: String, references: inout ReferenceChecks, log: inout DiagnosticLog) -> Lesson? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        guard lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") else {
            log.add(file, 1, "a lesson starts with YAML front matter between two '---' lines")
            return nil
        }
        let yaml = lines[1..<end].joined(separator: "\n")
        guard let node = YAMLDocument.compose(yaml, file: file, lineOffset: 1, log: &log),
            let front = YAMLFields(node, file: file, lineOffset: 1, what: "the front matter", allowed: fields, log: &log)
        else { return nil }

        let id = references.declaredID("lesson", in: front, log: &log)
        let title = front.string("title", log: &log)
        let objectives = front.strings("objectives", count: 2...4, log: &log)
        let actors = front.strings("actors", log: &log)
        let events = front.strings("events", log: &log)
        let summary = front.string("summary", log: &log)
        let checks = checkItems(front, references: &references, log: &log)
        references.expect(.actor, actors ?? [], file: file, line: front.line(of: "actors"))
        references.expect(.event, events ?? [], file: file, line: front.line(of: "events"))
        var textLines: [String: [Int]] = [:]
        for key in ["summary", "objectives"] {
            guard let node = front.node(key) else { continue }
            for item in node.sequence.map(Array.init) ?? [node] {
                guard let scalar = item.scalar else { continue }
                // Each list item has its own line; a block scalar (`>` or `|`) starts below its indicator.
                let isBlock = scalar.style == .folded || scalar.style == .literal
                let firstLine = (item.mark?.line ?? 1) + front.lineOffset + (isBlock ? 1 : 0)
                textLines[key, default: []].append(firstLine)
                for quotation in Quotation.all(in: scalar.string, firstLine: firstLine) {
                    references.expect(quotation, in: nil, file: file)
                }
            }
        }
        let textPlaces = LessonLines(
            frontMatter: 2, objectives: textLines["objectives"] ?? [], summary: textLines["summary"]?.first,
            checks: checks?.map(\.promptLine) ?? [], checkAnswers: checks?.map(\.answerLine) ?? [])

        let sections = parseSections(lines[(end + 1)...], file: file, references: &references, log: &log)
        if sections.isEmpty { log.add(file, end + 2, "the lesson has no sections: add '## Title [p1]' headings") }
        guard let id, let title, let objectives, let actors, let events, let summary, let checks else { return nil }
        return Lesson(
            id: id, title: title, objectives: objectives, actorIDs: actors, eventIDs: events, summary: summary,
            checks: checks.map(\.prompt), checkAnswers: checks.map(\.answer), sections: sections, file: file, lines: textPlaces)
    }

    /// One "check yourself" item: a plain prompt, or a mapping of `prompt:` and the model `answer:`.
    struct CheckItem {
        let prompt: String
        let promptLine: Int
        /// The model answer; nil when the item has none or it is empty (`check` warns: `check-answer-missing`).
        let answer: String?
        let answerLine: Int?
    }

    /// The `check` list: 2 to 4 items, each a plain string (a prompt without a model answer, still accepted) or
    /// `{prompt: …, answer: …}`. Quotations in prompts and answers are checked against the article.
    static func checkItems(
        _ front: YAMLFields, references: inout ReferenceChecks, log: inout DiagnosticLog
    ) -> [CheckItem]? {
        let file = front.file
        guard let node = front.node("check", required: true, log: &log) else { return nil }
        guard let sequence = node.sequence else {
            log.add(file, front.line(of: "check"), "field 'check' must be a list of prompts")
            return nil
        }
        // Each text has its own line; a block scalar (`>` or `|`) starts below its indicator.
        func text(_ node: Node) -> (text: String, raw: String, line: Int)? {
            guard let scalar = node.scalar else { return nil }
            let isBlock = scalar.style == .folded || scalar.style == .literal
            let line = (node.mark?.line ?? 1) + front.lineOffset + (isBlock ? 1 : 0)
            for quotation in Quotation.all(in: scalar.string, firstLine: line) {
                references.expect(quotation, in: nil, file: file)
            }
            let trimmed = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
            return (DisplayText.neutralise(trimmed), scalar.string, line)
        }
        var items: [CheckItem] = []
        for item in sequence {
            let itemLine = item.mark.map { $0.line + front.lineOffset }
            if item.mapping == nil {
                guard let prompt = text(item), !prompt.text.isEmpty else {
                    log.add(file, itemLine, "field 'check' lists prompts: a plain string, or 'prompt:' with its 'answer:'")
                    continue
                }
                items.append(CheckItem(prompt: prompt.text, promptLine: prompt.line, answer: nil, answerLine: nil))
                continue
            }
            guard
                let fields = YAMLFields(
                    item, file: file, lineOffset: front.lineOffset, what: "a check-yourself prompt",
                    allowed: ["prompt", "answer"], log: &log),
                fields.string("prompt", log: &log) != nil, let prompt = fields.node("prompt").flatMap(text)
            else { continue }
            var answer: (text: String, raw: String, line: Int)?
            if let node = fields.node("answer") {
                guard let read = text(node) else {
                    log.add(file, fields.line(of: "answer"), "field 'answer' must be a single text, not a list or mapping")
                    continue
                }
                answer = read.text.isEmpty ? nil : read
            }
            items.append(
                CheckItem(prompt: prompt.text, promptLine: prompt.line, answer: answer?.text, answerLine: answer?.line))
        }
        if !(2...4).contains(sequence.count) {
            log.add(file, front.line(of: "check"), "field 'check' has \(sequence.count) entries; it needs 2 to 4")
        }
        // A broken item is an error already; the lesson still loads without it, so the lesson's sections are not
        // reported again as missing.
        return items
    }

    /// Splits the body into sections; `body` is indexed by 0-based file line.
    private static func parseSections(
        _ body: ArraySlice<String>, file: String, references: inout ReferenceChecks, log: inout DiagnosticLog
    ) -> [LessonSection] {
        var sections: [LessonSection] = []
        var heading: (title: String, cites: [String], line: Int)?
        var text: [String] = []
        func close() {
            guard let heading else { return }
            let prose = text.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            if prose.isEmpty { log.add(file, heading.line, "section '\(heading.title)' has no text") }
            for quotation in Quotation.all(in: text.joined(separator: "\n"), firstLine: heading.line + 1) {
                references.expect(quotation, in: heading.cites, file: file)
            }
            // The title and the prose are neutralised where they are read: nothing in a lesson file reaches the
            // terminal as a control character. Newlines are kept, so the body's lines stay the file's.
            let blankLines = text.prefix { $0.trimmingCharacters(in: .whitespaces).isEmpty }.count
            sections.append(
                LessonSection(
                    title: DisplayText.neutralise(heading.title), paragraphIDs: heading.cites,
                    body: DisplayText.neutralise(prose), line: heading.line, bodyLine: heading.line + 1 + blankLines))
        }
        for (index, line) in zip(body.indices, body) {
            let lineNumber = index + 1
            if line.hasPrefix("## ") {
                close()
                text = []
                heading = parseHeading(String(line.dropFirst(3)), file: file, line: lineNumber, log: &log)
                if let heading {
                    references.expect(.paragraph, heading.cites, file: file, line: lineNumber)
                }
            } else if heading == nil, !line.trimmingCharacters(in: .whitespaces).isEmpty {
                log.add(file, lineNumber, "text before the first '## ' section heading")
                heading = ("", [], lineNumber)
                text = [line]
            } else {
                text.append(line)
            }
        }
        close()
        return sections.filter { !$0.title.isEmpty }
    }

    /// `Title [p1, p2]` → the title and the cited ids.
    private static func parseHeading(
        _ text: String, file: String, line: Int, log: inout DiagnosticLog
    ) -> (title: String, cites: [String], line: Int) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix("]"), let open = trimmed.lastIndex(of: "[") else {
            log.add(file, line, "section heading must end with the paragraphs it cites, like '## \(trimmed) [p1]'")
            return (trimmed, [], line)
        }
        let title = trimmed[..<open].trimmingCharacters(in: .whitespaces)
        let cites = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
            .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if cites.isEmpty { log.add(file, line, "section '\(title)' cites no paragraph") }
        if title.isEmpty { log.add(file, line, "section heading has no title") }
        return (title, cites, line)
    }
}

import Foundation
import Yams
