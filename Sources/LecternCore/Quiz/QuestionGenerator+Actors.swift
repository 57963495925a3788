extension QuestionGenerator {
    /// Comparison keys of every name of an actor.
    static func nameKeys(_ actor: Actor) -> [String] {
        actor.allNames.map(AnswerText.normalize)
    }

    /// What an actor's role questions share: the fact's evidence, the paragraph holding it and the lesson citing it.
    struct RoleSource {
        let evidence: String
        let paragraphID: String
        let lessonID: String?
    }

    /// Where an actor's role questions come from, or nil when the role may not be asked: it has no evidence found
    /// in the actor's paragraphs, it is empty, it names the actor itself (the prompt would hold the answer), or
    /// another actor has the same role (the question would have two answers).
    static func roleSource(_ actor: Actor, _ context: GenerationContext) -> RoleSource? {
        let roleKey = context.roleKey(actor)
        guard let evidence = actor.evidence, !roleKey.isEmpty,
            let paragraph = context.paragraph(holding: evidence, among: actor.paragraphIDs),
            !mentions(roleKey, anyOf: context.nameKeys(actor)),
            !context.course.actors.contains(where: { $0.id != actor.id && context.roleKey($0) == roleKey })
        else { return nil }
        return RoleSource(
            evidence: evidence, paragraphID: paragraph,
            lessonID: context.lesson(citing: paragraph, introducing: [actor.id]))
    }

    /// ", in 2001" (or ", at the start of the Obama administration", as written) for a role of an earlier time;
    /// nothing for a role of the article's year.
    private static func time(of actor: Actor) -> String {
        guard let asOf = actor.asOf else { return "" }
        return asOf.first?.isNumber == true ? ", in \(asOf)" : ", \(asOf)"
    }

    /// The actor's name as it reads inside a sentence: "the United States", "the Bush administration", "Iran".
    static func inSentence(_ actor: Actor) -> String {
        let name = actor.name
        if name.hasPrefix("The ") { return "the" + name.dropFirst(3) }
        let words = name.split(separator: " ")
        let takesArticle = actor.kind == .state ? words.first == "United" : actor.kind != .person && words.count > 1
        return takesArticle ? "the " + name : name
    }

    /// "Hamid Karzai: Head of the Afghan Interim Authority… (2001)."
    private static func roleExplanation(_ actor: Actor) -> String {
        "\(actor.name): \(trimmed(actor.role))" + (actor.asOf.map { " (\($0))" } ?? "") + "."
    }

    /// Role → actor: the actor's name typed from its role. Its sibling is the actor → role choice: one fact, the two
    /// directions, never drawn into one session; a name chosen from a list would be a third question on the same fact.
    static func roleActorQuestions(_ actor: Actor, _ context: GenerationContext) -> [Question] {
        guard let source = roleSource(actor, context) else { return [] }
        let fact = factID(.roleActor, [actor.id])
        let prompt = "Which \(actor.kind.noun) does the article describe\(time(of: actor))? \(trimmed(actor.role))."
        return [
            question(
                fact + ".typed", prompt, .typed(answer: actor.name, accepted: Array(actor.allNames.dropFirst())),
                roleExplanation(actor), source, actor: actor.id, fact: fact)
        ]
    }

    /// Actor → role: a choice among the roles of other actors of the same kind.
    ///
    /// A distractor role that names the asked actor is left out: it would read as being about it.
    static func actorRoleQuestions(_ actor: Actor, _ context: GenerationContext) -> [Question] {
        guard let source = roleSource(actor, context) else { return [] }
        let id = factID(.actorRole, [actor.id])
        let fact = factID(.roleActor, [actor.id])
        let names = context.nameKeys(actor)
        let candidates = context.course.actors.filter {
            $0.kind == actor.kind && $0.id != actor.id && !mentions(context.roleKey($0), anyOf: names)
        }
        let distractors = distinct(
            ranked(candidates, salt: id, id: \.id), taken: [context.roleKey(actor)], limit: distractorTarget,
            keys: { [context.roleKey($0)] })
        guard distractors.count >= distractorMinimum else { return [] }
        let arranged = arrange(
            answer: (actor.id, trimmed(actor.role)), distractors: distractors.map { ($0.id, trimmed($0.role)) },
            salt: id)
        return [
            question(
                id + ".choice", "How does the article describe \(inSentence(actor))\(time(of: actor))?",
                .choice(options: arranged.options, answer: arranged.answer), roleExplanation(actor), source,
                actor: actor.id, fact: fact)
        ]
    }

    /// A generated question about one actor, citing the paragraph of its evidence.
    private static func question(
        _ id: String, _ prompt: String, _ body: QuestionBody, _ explanation: String, _ source: RoleSource,
        actor: String, fact: String
    ) -> Question {
        Question(
            id: id, prompt: prompt, body: body, explanation: explanation, lessonID: source.lessonID,
            paragraphIDs: [source.paragraphID], actorIDs: [actor], eventIDs: [], origin: .generated, factID: fact,
            level: .remember, evidence: source.evidence)
    }

    /// Quotation → speaker: a who-said choice among actors of the speaker's kind, and a typed form.
    static func whoSaidQuestions(_ quote: Quote, _ context: GenerationContext) -> [Question] {
        guard let speaker = context.course.actor(quote.speakerID) else { return [] }
        let evidence = quote.evidence ?? quote.text
        guard context.paragraph(holding: evidence, among: [quote.paragraphID]) != nil else { return [] }
        let fact = factID(.whoSaid, [quote.id])
        let text = trimmed(quote.text)
        let explanation = "The article quotes \(speaker.name): \"\(text)\"."
        let source = RoleSource(
            evidence: evidence, paragraphID: quote.paragraphID,
            lessonID: context.lesson(citing: quote.paragraphID, introducing: [speaker.id]))
        var questions: [Question] = []
        let candidates = context.course.actors.filter { $0.kind == speaker.kind && $0.id != speaker.id }
        let distractors = distinct(
            ranked(candidates, salt: fact, id: \.id), taken: Set(context.nameKeys(speaker)), limit: distractorTarget,
            keys: context.nameKeys)
        if distractors.count >= distractorMinimum {
            let arranged = arrange(
                answer: (speaker.id, speaker.id), distractors: distractors.map { ($0.id, $0.id) }, salt: fact)
            questions.append(
                question(
                    fact + ".choice", "Who said this, as quoted in the article?",
                    .whoSaid(quote: quote.text, options: arranged.options, answer: arranged.answer), explanation,
                    source, actor: speaker.id, fact: fact))
        }
        questions.append(
            question(
                fact + ".typed", "Who said \"\(text)\", as quoted in the article?",
                .typed(answer: speaker.name, accepted: Array(speaker.allNames.dropFirst())), explanation, source,
                actor: speaker.id, fact: fact))
        return questions
    }
}
