import LecternCore

extension Actor {
    /// A copy with some fields replaced, for tests that change the knowledge base.
    public func replacing(
        id: String? = nil, name: String? = nil, aliases: [String]? = nil, kind: ActorKind? = nil, role: String? = nil,
        affiliation: String? = nil, asOf: String?? = nil, evidence: String?? = nil
    ) -> Actor {
        Actor(
            id: id ?? self.id, name: name ?? self.name, aliases: aliases ?? self.aliases, kind: kind ?? self.kind,
            role: role ?? self.role, affiliation: affiliation ?? self.affiliation, paragraphIDs: paragraphIDs,
            addedName: addedName, asOf: asOf ?? self.asOf, evidence: evidence ?? self.evidence)
    }
}

extension Question {
    /// A copy with some fields replaced, for tests that break one thing of a good question.
    public func replacing(
        id: String? = nil, prompt: String? = nil, body: QuestionBody? = nil, lessonID: String?? = nil,
        paragraphIDs: [String]? = nil, actorIDs: [String]? = nil, eventIDs: [String]? = nil,
        explanation: String? = nil, line: Int? = nil
    ) -> Question {
        Question(
            id: id ?? self.id, prompt: prompt ?? self.prompt, body: body ?? self.body,
            explanation: explanation ?? self.explanation, lessonID: lessonID ?? self.lessonID,
            paragraphIDs: paragraphIDs ?? self.paragraphIDs, actorIDs: actorIDs ?? self.actorIDs,
            eventIDs: eventIDs ?? self.eventIDs, origin: origin, factID: factID == self.id ? nil : factID,
            source: line.map { SourceLocation(file: source?.file ?? "Quizzes/questions/broken.yaml", line: $0) } ?? source)
    }
}
