import Foundation

/// Reads a GIFT file (Moodle's text format) into Lectern questions of one lesson.
///
/// Follows Moodle's own reader (`question/format/gift/format.php`): blocks separated by blank lines, `//` comments
/// (with `[id:…]` and `[tag:…]`), `::name::`, `[html]`/`[moodle]`/`[plain]`/`[markdown]` text formats, the answer
/// section between the first `{` and the first `}`, `####` general feedback, `\` escapes; the ordering plugin's
/// `{>N …}`. Lectern's tags and `// lectern …:` comments, as `GIFTExporter` writes them, bring back what GIFT has no
/// field for.
public enum GIFTImporter {
    /// The questions of `text` as a question file for `options.lessonID`, and those that do not map, with reasons.
    public static func importing(_ text: String, options: ImportOptions) -> QuestionImport {
        QuestionImport(candidates(text), options: options)
    }

    /// Every question block of `text`, read.
    static func candidates(_ text: String) -> [ImportCandidate] {
        var blocks: [[Substring]] = [[]]
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        for line in text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) {
                if !(blocks.last?.isEmpty ?? true) { blocks.append([]) }
            } else {
                blocks[blocks.count - 1].append(line)
            }
        }
        var position = 0
        var candidates: [ImportCandidate] = []
        for block in blocks {
            let comments = block.filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
            let body = block.filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }.joined(separator: "\n")
            let trimmed = body.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("$CATEGORY:") else { continue }
            position += 1
            candidates.append(candidate(GIFTText(Substring(trimmed)), comments: comments, position: position))
        }
        return candidates
    }

    private static func candidate(_ text: GIFTText, comments: [Substring], position: Int) -> ImportCandidate {
        var text = text
        var name: String?
        if text.find("::") == 0, let end = text.find("::", from: 2) {
            let title = text[2..<end].trimmed
            name = title.isEmpty ? nil : title
            text = text.dropFirst(end + 2).stripped
        }
        let comment = comments.joined(separator: "\n")
        var result = ImportCandidate(position: position, name: name, prompt: "", body: nil)
        result.idNumber = firstMatch(#"\[id:([^\]]+)\]"#, in: comment).first
        result.metadata = ExchangeMetadata(tags: firstMatch(#"\[tag:([^\]]+)\]"#, in: comment, all: true))
        let lectern = lecternComments(comments)
        guard let open = text.find("{"), let close = text.find("}", from: open) else {
            result.prompt = formatted(text)
            result.skipReason = text.find("{") == nil && text.find("}") == nil
                ? "a description (no answers), not a question" : "a brace is not closed"
            return result
        }
        var answers = text[(open + 1)..<close]
        let before = text[0..<open]
        let after = text.dropFirst(close + 1)
        if let separator = answers.findLast("####") {
            let feedback = formatted(answers.dropFirst(separator + 4))
            result.feedback = feedback.components(separatedBy: "\n")
            answers = answers[0..<separator]
        }
        let isMissingWord = !after.isEmpty
        result.prompt = isMissingWord
            ? (before.string + "_____" + after.string).trimmingCharacters(in: .whitespaces) : formatted(before)
        let wantsCloze = result.metadata.kind == .cloze || (isMissingWord && result.metadata.kind != .choice)
        answers = answers.stripped
        switch answers.firstSyntax {
        case nil where answers.isEmpty:
            result.skipReason = "an essay question (no answer to grade) has no Lectern form"
        case ">":
            readOrdering(answers, lectern: lectern, into: &result)
        case "#":
            readNumber(answers.dropFirst(1), unit: lectern["unit"], into: &result)
        default:
            if answers.find("~") != nil {
                readChoice(answers, into: &result)
            } else if answers.find("=") != nil, answers.find("->") != nil,
                result.metadata.kind != .typed, result.metadata.kind != .cloze
            {
                readMatch(answers, into: &result)
            } else if let truth = truth(answers) {
                result.body = .trueFalse(answer: truth)
                if answers.find("#") != nil { result.notes.append("feedback on the true and false answers is not kept") }
            } else if wantsCloze {
                readCloze(answers, before: before, after: after, into: &result)
            } else {
                readTyped(answers, into: &result)
            }
        }
        if let explanation = lectern["explanation"] {
            result.feedback = [explanation] + (lectern["evidence"].map { [ExchangeText.evidenceLead + $0] } ?? [])
        }
        return result
    }

    // MARK: - Kinds

    private static func readChoice(_ answers: GIFTText, into result: inout ImportCandidate) {
        var options: [(text: String, weight: Double)] = []
        var hasFeedback = false
        for piece in answers.pieces(startingAt: ["~", "="]) {
            guard let mark = piece.firstSyntax, mark == "~" || mark == "=" else { continue }
            var rest = piece.dropFirst(1).stripped
            var weight: Double = mark == "=" ? 100 : 0
            if mark == "~", let parsed = percent(&rest) { weight = parsed }
            if let hash = rest.find("#") {
                hasFeedback = true
                rest = rest[0..<hash]
            }
            options.append((formatted(rest), weight))
        }
        if hasFeedback { result.notes.append("feedback on single options is not kept") }
        let hasFull = answers.find("=") != nil
        if hasFull {
            let right = options.indices.filter { options[$0].weight >= 100 }
            guard right.count == 1, let answer = right.first else {
                result.skipReason = "a multiple choice with \(right.count) right answers marked '='"
                return
            }
            if options.contains(where: { $0.weight > 0 && $0.weight < 100 }) {
                result.notes.append("options with partial credit count as wrong")
            }
            result.body = .choice(options: options.map(\.text), answer: answer)
        } else {
            let right = Set(options.indices.filter { options[$0].weight > 0 })
            guard !right.isEmpty else {
                result.skipReason = "a multiple choice with no right answer"
                return
            }
            if Set(right.map { (options[$0].weight * 1000).rounded() }).count > 1 {
                result.notes.append("right options had unequal credit; Lectern gives each an equal share")
            }
            result.body = right.count == 1
                ? .choice(options: options.map(\.text), answer: right.first ?? 0)
                : .multi(options: options.map(\.text), answers: right)
        }
    }

    private static func readMatch(_ answers: GIFTText, into result: inout ImportCandidate) {
        var pairs: [MatchPair] = []
        for piece in answers.pieces(startingAt: ["="]) {
            let rest = piece.dropFirst(1)
            guard let arrow = rest.find("->") else {
                result.skipReason = "a matching pair without '->'"
                return
            }
            let left = formatted(rest[0..<arrow])
            guard !left.isEmpty else {
                result.skipReason = "a matching with extra right-hand answers (no left-hand item) has no Lectern form"
                return
            }
            pairs.append(MatchPair(left: left, right: formatted(rest.dropFirst(arrow + 2))))
        }
        result.body = .match(pairs: pairs)
    }

    private static func readTyped(_ answers: GIFTText, into result: inout ImportCandidate) {
        guard let accepted = fullAnswers(answers, into: &result) else { return }
        result.body = .typed(answer: accepted[0], accepted: Array(accepted.dropFirst()))
    }

    private static func readCloze(_ answers: GIFTText, before: GIFTText, after: GIFTText, into result: inout ImportCandidate) {
        guard let accepted = fullAnswers(answers, into: &result) else { return }
        // The prompt and the sentence are one text in GIFT; Lectern's export puts a line break between them.
        let raw = before.string
        let lead = String(raw.drop { $0 == " " || $0 == "\t" })
        var prompt = "Fill in the gap."
        var sentence = lead
        if let split = lead.lastIndex(of: "\n") {
            prompt = String(lead[..<split])
            sentence = String(lead[lead.index(after: split)...])
        }
        result.prompt = prompt
        let tail = after.string
        let end = tail.lastIndex { !$0.isWhitespace }.map { tail.index(after: $0) } ?? tail.startIndex
        result.body = .cloze(
            before: sentence, answer: accepted[0], after: String(tail[..<end]), accepted: Array(accepted.dropFirst()))
    }

    /// The answers with full credit of a short answer; partial ones are noted and left out.
    private static func fullAnswers(_ answers: GIFTText, into result: inout ImportCandidate) -> [String]? {
        var accepted: [String] = []
        for (rest, weight) in weightedAnswers(answers, into: &result) {
            if weight >= 100 {
                accepted.append(formatted(rest))
            } else {
                result.notes.append("answer '\(formatted(rest))' with \(GIFTExporter.weight(weight))% credit is not kept")
            }
        }
        accepted.removeAll(where: \.isEmpty)
        guard !accepted.isEmpty else {
            result.skipReason = "a short answer with no answer at full credit"
            return nil
        }
        return accepted
    }

    /// The `=`-separated answers of a short answer or a number, each with its weight (100 unless `%w%` says) and
    /// without its feedback, which is noted as lost.
    private static func weightedAnswers(_ answers: GIFTText, into result: inout ImportCandidate)
        -> [(text: GIFTText, weight: Double)]
    {
        answers.pieces(startingAt: ["="]).map { piece in
            var rest = piece.firstSyntax == "=" ? piece.dropFirst(1).stripped : piece.stripped
            let weight = percent(&rest) ?? 100
            if let hash = rest.find("#") {
                rest = rest[0..<hash]
                result.notes.append("feedback on single answers is not kept")
            }
            return (rest, weight)
        }
    }

    private static func readNumber(_ answers: GIFTText, unit: String?, into result: inout ImportCandidate) {
        var answers = answers
        if let wrong = answers.find("~") {
            answers = answers[0..<wrong]
            result.notes.append("feedback for wrong numbers is not kept")
        }
        var found: (value: Double, tolerance: Double)?
        for (rest, weight) in weightedAnswers(answers, into: &result) {
            let text = rest.trimmed
            guard let parsed = numberAndTolerance(text) else {
                result.skipReason = "'\(text)' is not a number"
                return
            }
            if weight >= 100, found == nil {
                found = parsed
            } else {
                result.notes.append("the answer \(text) with \(GIFTExporter.weight(weight))% credit is not kept")
            }
        }
        guard let found else {
            result.skipReason = "a numerical question with no answer at full credit"
            return
        }
        result.body = .number(answer: found.value, tolerance: found.tolerance, unit: unit)
    }

    private static func readOrdering(_ answers: GIFTText, lectern: [String: String], into result: inout ImportCandidate) {
        let lines = answers.dropFirst(1).string(keepingLineBreaks: true).components(separatedBy: "\n")
        let items = lines.dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard items.count >= 2 else {
            result.skipReason = "an ordering with fewer than two items"
            return
        }
        result.body = .order(items: items)
    }

    // MARK: - Pieces

    /// `value:tolerance`, `min..max` or `value`.
    static func numberAndTolerance(_ text: String) -> (value: Double, tolerance: Double)? {
        if let range = text.range(of: ".."), range.lowerBound != text.startIndex {
            guard let low = Double(text[..<range.lowerBound].trimmingCharacters(in: .whitespaces)),
                let high = Double(text[range.upperBound...].trimmingCharacters(in: .whitespaces)), low <= high,
                (high - low).isFinite, (low + high).isFinite
            else { return nil }
            return ((low + high) / 2, (high - low) / 2)
        }
        let parts = text.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let first = parts.first, let value = Double(first), value.isFinite else { return nil }
        let tolerance = parts.count > 1 ? Double(parts[1]) : 0
        guard let tolerance, tolerance.isFinite, tolerance >= 0 else { return nil }
        return (value, tolerance)
    }

    /// A leading `%50%` weight, removed from `text`.
    private static func percent(_ text: inout GIFTText) -> Double? {
        guard text.firstSyntax == "%", let end = text.find("%", from: 1),
            let value = Double(text[1..<end].trimmed)
        else { return nil }
        text = text.dropFirst(end + 1).stripped
        return value
    }

    private static func truth(_ answers: GIFTText) -> Bool? {
        let head = (answers.find("#").map { answers[0..<$0] } ?? answers).trimmed
        switch head {
        case "T", "TRUE": return true
        case "F", "FALSE": return false
        default: return nil
        }
    }

    /// Text with its format prefix read: `[html]` text is converted to plain text, the others taken as they are.
    private static func formatted(_ text: GIFTText) -> String {
        var plain = text.string(keepingLineBreaks: false)
        let lead = plain.trimmingCharacters(in: .whitespaces)
        for format in ["[html]", "[moodle]", "[plain]", "[markdown]"] where lead.hasPrefix(format) {
            plain = String(lead.dropFirst(format.count))
            if format == "[html]" { return ExchangeText.text(fromHTML: plain) }
        }
        return plain.trimmingCharacters(in: .whitespaces)
    }

    /// The `// lectern name: value` comments.
    private static func lecternComments(_ comments: [Substring]) -> [String: String] {
        var values: [String: String] = [:]
        for line in comments {
            let text = line.trimmingCharacters(in: .whitespaces).dropFirst(2).trimmingCharacters(in: .whitespaces)
            guard text.hasPrefix("lectern "), let colon = text.firstIndex(of: ":") else { continue }
            let key = text[text.index(text.startIndex, offsetBy: 8)..<colon].trimmingCharacters(in: .whitespaces)
            values[key] = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return values
    }

    private static func firstMatch(_ pattern: String, in text: String, all: Bool = false) -> [String] {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
        let matches = expression.matches(in: text, range: NSRange(text.startIndex..., in: text))
        let values = matches.compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]).trimmingCharacters(in: .whitespaces) }
        }
        return all ? values : Array(values.prefix(1))
    }
}
