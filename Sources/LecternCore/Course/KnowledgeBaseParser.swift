import Yams

/// Reads `Quizzes/actors.yaml`, `Quizzes/events.yaml` and `Quizzes/quotes.yaml`.
enum KnowledgeBaseParser {
    struct KnowledgeBase {
        var actors: [Actor] = []
        var events: [Event] = []
        var quotes: [Quote] = []
    }

    static func parse(files: CourseFiles, references: inout ReferenceChecks, log: inout DiagnosticLog) -> KnowledgeBase {
        var base = KnowledgeBase()
        base.actors = entries("Quizzes/actors.yaml", key: "actors", files: files, log: &log) { fields, log in
            actor(fields, references: &references, log: &log)
        }
        base.events = entries("Quizzes/events.yaml", key: "events", files: files, log: &log) { fields, log in
            event(fields, references: &references, log: &log)
        }
        if files.exists("Quizzes/quotes.yaml") {
            base.quotes = entries("Quizzes/quotes.yaml", key: "quotes", files: files, log: &log) { fields, log in
                quote(fields, references: &references, log: &log)
            }
        }
        return base
    }

    /// Reads a file holding one top-level list, `key:`, of mappings, each turned into an entry by `make`.
    private static func entries<Entry>(
        _ path: String, key: String, files: CourseFiles, log: inout DiagnosticLog,
        make: (YAMLFields, inout DiagnosticLog) -> Entry?
    ) -> [Entry] {
        guard let text = files.text(path, log: &log),
            let node = YAMLDocument.compose(text, file: path, log: &log),
            let top = YAMLFields(node, file: path, lineOffset: 0, what: "the file", allowed: [key], log: &log),
            let items = top.mappings(key, log: &log)
        else { return [] }
        let singular = String(key.dropLast())
        return items.compactMap { item in
            YAMLFields(item, file: path, lineOffset: 0, what: "an \(singular) entry", allowed: fields[key] ?? [], log: &log)
                .flatMap { make($0, &log) }
        }
    }

    private static let fields: [String: Set<String>] = [
        "actors": [
            "id", "name", "added-name", "aliases", "kind", "role", "as-of", "affiliation", "evidence", "paragraphs", "draft",
        ],
        "events": ["id", "title", "date", "as-of", "description", "actors", "evidence", "paragraphs", "draft"],
        "quotes": ["id", "text", "speaker", "evidence", "paragraph", "draft"],
    ]

    private static func actor(_ fields: YAMLFields, references: inout ReferenceChecks, log: inout DiagnosticLog) -> Actor? {
        let id = references.declaredID("actor", in: fields, log: &log)
        let name = fields.string("name", log: &log)
        let aliases = fields.strings("aliases", log: &log)
        let kindText = fields.string("kind", log: &log)
        let kind = kindText.flatMap(ActorKind.init(rawValue:))
        if let kindText, kind == nil {
            let known = ActorKind.allCases.map(\.rawValue).joined(separator: ", ")
            log.add(fields.file, fields.line(of: "kind"), "unknown actor kind '\(kindText)' (known kinds: \(known))")
        }
        let addedName = fields.string("added-name", required: false, log: &log)
        let role = fields.string("role", log: &log)
        let asOf = fields.string("as-of", required: false, log: &log)
        let affiliation = fields.string("affiliation", required: false, log: &log)
        let paragraphs = fields.strings("paragraphs", log: &log)
        references.expect(.paragraph, paragraphs ?? [], file: fields.file, line: fields.line(of: "paragraphs"))
        let evidence = self.evidence(fields, in: paragraphs, references: &references, log: &log)
        let isDraft = fields.draft(log: &log)
        guard let id, let name, let aliases, let kind, let role, let paragraphs else { return nil }
        var actor = Actor(
            id: id, name: name, aliases: aliases, kind: kind, role: role, affiliation: affiliation,
            paragraphIDs: paragraphs, addedName: addedName, asOf: asOf, evidence: evidence)
        actor.isDraft = isDraft
        return actor
    }

    private static func event(_ fields: YAMLFields, references: inout ReferenceChecks, log: inout DiagnosticLog) -> Event? {
        let id = references.declaredID("event", in: fields, log: &log)
        let title = fields.string("title", log: &log)
        // An event has a `date`; a condition (a state of affairs the article does not date) has `as-of` instead.
        let asOf = fields.string("as-of", required: false, log: &log)
        let dateText = fields.string("date", required: asOf == nil, log: &log)
        let date = dateText.flatMap(EventDate.init)
        if let dateText, date == nil {
            log.add(
                fields.file, fields.line(of: "date"),
                "date '\(dateText)' does not parse: write 1990s, 2003, 2013-09 or 2013-09-27")
        }
        if dateText != nil, asOf != nil {
            log.add(
                fields.file, fields.line(of: "as-of"),
                "an event has a 'date' or, for an undated condition, an 'as-of', not both")
        }
        let description = fields.string("description", log: &log)
        let actors = fields.strings("actors", log: &log)
        let paragraphs = fields.strings("paragraphs", log: &log)
        references.expect(.actor, actors ?? [], file: fields.file, line: fields.line(of: "actors"))
        references.expect(.paragraph, paragraphs ?? [], file: fields.file, line: fields.line(of: "paragraphs"))
        let evidence = self.evidence(fields, in: paragraphs, references: &references, log: &log)
        let isDraft = fields.draft(log: &log)
        guard let id, let title, date != nil || (asOf != nil && dateText == nil), let description, let actors,
            let paragraphs
        else { return nil }
        var event = Event(
            id: id, title: title, date: date, description: description, actorIDs: actors, paragraphIDs: paragraphs,
            asOf: date == nil ? asOf : nil, evidence: evidence)
        event.isDraft = isDraft
        return event
    }

    private static func quote(_ fields: YAMLFields, references: inout ReferenceChecks, log: inout DiagnosticLog) -> Quote? {
        let id = references.declaredID("quote", in: fields, log: &log)
        let text = fields.string("text", log: &log)
        let speaker = fields.string("speaker", log: &log)
        let paragraph = fields.string("paragraph", log: &log)
        references.expect(.actor, speaker.map { [$0] } ?? [], file: fields.file, line: fields.line(of: "speaker"))
        references.expect(.paragraph, paragraph.map { [$0] } ?? [], file: fields.file, line: fields.line(of: "paragraph"))
        if let text, let paragraph {
            references.expect(Quotation(text: text, line: fields.line(of: "text") ?? 1), in: [paragraph], file: fields.file)
        }
        let evidence = self.evidence(fields, in: paragraph.map { [$0] }, references: &references, log: &log)
        let isDraft = fields.draft(log: &log)
        guard let id, let text, let speaker, let paragraph else { return nil }
        var quote = Quote(id: id, text: text, speakerID: speaker, paragraphID: paragraph, evidence: evidence)
        quote.isDraft = isDraft
        return quote
    }

    /// The optional `evidence` field, which must be verbatim (and short) in one of `paragraphs`.
    private static func evidence(
        _ fields: YAMLFields, in paragraphs: [String]?, references: inout ReferenceChecks, log: inout DiagnosticLog
    ) -> String? {
        guard let evidence = fields.string("evidence", required: false, log: &log) else { return nil }
        references.expect(
            Quotation(text: evidence, line: fields.line(of: "evidence") ?? fields.line ?? 1), in: paragraphs ?? [],
            file: fields.file)
        return evidence
    }
}
