/// References to ids made while reading a course, checked once everything is loaded.
struct ReferenceChecks {
    enum Target: String {
        case actor, event, paragraph, lesson
    }

    private var pending: [(target: Target, id: String, location: SourceLocation)] = []
    private var quotations: [(quotation: Quotation, paragraphIDs: [String]?, file: String)] = []

    /// Notes a quotation that must be verbatim in one of `paragraphIDs` (or anywhere in the article when nil).
    mutating func expect(_ quotation: Quotation, in paragraphIDs: [String]?, file: String) {
        quotations.append((quotation, paragraphIDs, file))
    }
    private var declared: [String: [(id: String, location: SourceLocation)]] = [:]

    /// Notes that `id` must name an existing `target`.
    mutating func expect(_ target: Target, _ ids: [String], file: String, line: Int?) {
        for id in ids { pending.append((target, id, SourceLocation(file: file, line: line))) }
    }

    /// Notes a declared id of some kind; ids must be well formed and unique within their kind.
    private mutating func declare(_ kind: String, _ id: String, file: String, line: Int?, log: inout DiagnosticLog) {
        if let problem = Identifier.problem(kind, id) { log.add(file, line, problem) }
        if let first = declared[kind, default: []].first(where: { $0.id == id }) {
            log.add(file, line, "duplicate \(kind) id '\(id)' (first used at \(first.location))")
        }
        declared[kind, default: []].append((id, SourceLocation(file: file, line: line)))
    }

    /// Reads the `id` field of `fields` and declares it as an id of `kind`; nil when the field is missing or empty.
    mutating func declaredID(_ kind: String, in fields: YAMLFields, log: inout DiagnosticLog) -> String? {
        let id = fields.string("id", log: &log)
        if let id { declare(kind, id, file: fields.file, line: fields.line(of: "id"), log: &log) }
        return id
    }

    func verify(against course: Course) -> [Diagnostic] {
        let known: [Target: Set<String>] = [
            .actor: Set(course.actors.map(\.id)), .event: Set(course.events.map(\.id)),
            .paragraph: Set(course.article.paragraphs.map(\.id)), .lesson: Set(course.lessons.map(\.id)),
        ]
        let quoteProblems = quotations.compactMap { item -> Diagnostic? in
            let location = SourceLocation(file: item.file, line: item.quotation.line)
            let sources = item.paragraphIDs.map { ids in ids.compactMap(course.article.paragraph) } ?? course.article.paragraphs
            if item.quotation.wordCount > Quotation.maximumWords {
                return Diagnostic(location, "quotation of \(item.quotation.wordCount) words is too long (at most \(Quotation.maximumWords)): \"\(item.quotation.text)\"")
            }
            if sources.contains(where: { item.quotation.isVerbatim(in: $0.text) }) { return nil }
            let place = item.paragraphIDs.map { "the cited paragraphs (\($0.joined(separator: ", ")))" } ?? "the article"
            return Diagnostic(location, "quotation is not verbatim in \(place): \"\(item.quotation.text)\"")
        }
        return quoteProblems + pending.compactMap { reference in
            guard known[reference.target, default: []].contains(reference.id) == false else { return nil }
            let hint = Identifier.closest(to: reference.id, in: known[reference.target, default: []])
                .map { " (did you mean '\($0)'?)" } ?? ""
            return Diagnostic(reference.location, "unknown \(reference.target.rawValue) '\(reference.id)'\(hint)")
        }
    }
}

/// The rules for ids, and "did you mean" suggestions.
public enum Identifier {
    /// Whether `id` is lower-case letters, digits and '-', starts with a letter and has at most 64 characters.
    public static func isValid(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first), id.unicodeScalars.count <= 64 else {
            return false
        }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// What is wrong with `id` as an id of `kind` ("fact id 'X' is not valid: …"); nil when it is valid.
    static func problem(_ kind: String, _ id: String) -> String? {
        isValid(id) ? nil : "\(kind) id '\(id)' is not valid: use a-z, 0-9 and '-', starting with a letter, at most 64 characters"
    }

    /// The candidate nearest to `word` by edit distance, when it is near enough to be a likely typo.
    public static func closest(to word: String, in candidates: some Collection<String>) -> String? {
        let scored = candidates.map { ($0, AnswerText.distance(word.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }) else { return nil }
        let limit = max(1, min(3, word.count / 3))
        if best.1 <= limit { return best.0 }
        return candidates.sorted().first { $0.hasPrefix(word.lowercased()) && !word.isEmpty }
    }
}

