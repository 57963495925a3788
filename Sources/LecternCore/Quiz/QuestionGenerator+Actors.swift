extension QuestionGenerator {
    /// Comparison keys of every name of an actor.
    static func nameKeys(_ actor: Actor) -> [String] {
        actor.allNames.map(AnswerText.normalize)
    }

    /// The comparison key of one attribute (role, affiliation) of an actor, from the context's cache when it has it.
    private static func key(_ actor: Actor, _ attribute: KeyPath<Actor, String>, _ context: GenerationContext) -> String {
        context.keys(of: actor).flatMap { $0[attribute] } ?? AnswerText.normalize(actor[keyPath: attribute])
    }

    /// Role → actor: a choice among actors of the same kind, and a typed form answered by the actor's name.
    ///
    /// Skipped when the role is empty or another actor has the same role (the question would have two answers).
    static func roleActorQuestions(_ actor: Actor, _ context: GenerationContext) -> [Question] {
        let course = context.course
        let roleKey = key(actor, \.role, context)
        guard !roleKey.isEmpty,
            !course.actors.contains(where: { $0.id != actor.id && key($0, \.role, context) == roleKey })
        else { return [] }
        let fact = factID(.roleActor, [actor.id])
        let prompt = "As of \(context.year), which \(actor.kind.noun) had this role: \(trimmed(actor.role))?"
        let explanation = "As of \(context.year): \(actor.name), \(trimmed(actor.role))."
        let lesson = context.lesson(forActor: actor.id)
        let paragraphs = context.paragraphs(actor.paragraphIDs)
        var questions: [Question] = []

        let candidates = course.actors.filter { $0.kind == actor.kind && $0.id != actor.id }
        let distractors = distinct(
            ranked(candidates, salt: fact, id: \.id), taken: Set(context.nameKeys(actor)), limit: distractorTarget,
            keys: context.nameKeys)
        if distractors.count >= distractorMinimum {
            let arranged = arrange(
                answer: (actor.id, actor.name), distractors: distractors.map { ($0.id, $0.name) }, salt: fact)
            questions.append(
                Question(
                    id: fact + ".choice", prompt: prompt,
                    body: .choice(options: arranged.options, answer: arranged.answer), explanation: explanation,
                    lessonID: lesson, paragraphIDs: paragraphs, actorIDs: [actor.id], eventIDs: [],
                    origin: .generated, factID: fact))
        }
        questions.append(
            Question(
                id: fact + ".typed", prompt: prompt, body: .typed(answer: actor.name, accepted: actor.aliases),
                explanation: explanation, lessonID: lesson, paragraphIDs: paragraphs, actorIDs: [actor.id],
                eventIDs: [], origin: .generated, factID: fact))
        return questions
    }

    /// Actor → role: a choice among the roles of other actors of the same kind.
    static func actorRoleQuestions(_ actor: Actor, _ context: GenerationContext) -> [Question] {
        attributeQuestion(
            actor, context, family: .actorRole, attribute: \.role,
            prompt: "As of \(context.year), what was the role of this \(actor.kind.noun): \(actor.name)?",
            explanation: "As of \(context.year): \(actor.name), \(trimmed(actor.role)).")
    }

    /// Actor → affiliation: a choice among the affiliations of other actors of the same kind.
    static func actorAffiliationQuestions(_ actor: Actor, _ context: GenerationContext) -> [Question] {
        attributeQuestion(
            actor, context, family: .actorAffiliation, attribute: \.affiliation,
            prompt: "As of \(context.year), what was the affiliation of this \(actor.kind.noun): \(actor.name)?",
            explanation: "As of \(context.year): \(actor.name), affiliated with \(trimmed(actor.affiliation)).")
    }

    /// A choice asking for one attribute of an actor, with the same attribute of same-kind actors as distractors.
    private static func attributeQuestion(
        _ actor: Actor, _ context: GenerationContext, family: Family, attribute: KeyPath<Actor, String>,
        prompt: String, explanation: String
    ) -> [Question] {
        let answerKey = key(actor, attribute, context)
        guard !answerKey.isEmpty else { return [] }
        let fact = factID(family, [actor.id])
        let candidates = context.course.actors.filter { $0.kind == actor.kind && $0.id != actor.id }
        let distractors = distinct(
            ranked(candidates, salt: fact, id: \.id), taken: [answerKey], limit: distractorTarget,
            keys: { [key($0, attribute, context)] })
        guard distractors.count >= distractorMinimum else { return [] }
        let arranged = arrange(
            answer: (actor.id, actor[keyPath: attribute]),
            distractors: distractors.map { ($0.id, $0[keyPath: attribute]) }, salt: fact)
        // An affiliation may itself be an actor ("United States"): the question then tests that actor too.
        let named = context.course.actors.filter { $0.id != actor.id && context.nameKeys($0).contains(answerKey) }
            .map(\.id)
        return [
            Question(
                id: fact + ".choice", prompt: prompt,
                body: .choice(options: arranged.options, answer: arranged.answer), explanation: explanation,
                lessonID: context.lesson(forActor: actor.id), paragraphIDs: context.paragraphs(actor.paragraphIDs),
                actorIDs: [actor.id] + named, eventIDs: [], origin: .generated, factID: fact)
        ]
    }

    /// Actors ↔ roles: for each kind with at least three usable actors, groups of three to five to match.
    ///
    /// Usable actors have a role and a name no other actor of the kind shares. They are put in a stable hashed order
    /// and cut into groups of as-equal-as-possible sizes, so every usable actor is in exactly one group.
    static func matchQuestions(_ context: GenerationContext) -> [Question] {
        var questions: [Question] = []
        for kind in ActorKind.allCases {
            let ofKind = context.course.actors.filter { $0.kind == kind }
            let usable = ofKind.filter { actor in
                let role = key(actor, \.role, context)
                let name = key(actor, \.name, context)
                return !role.isEmpty && !name.isEmpty
                    && !ofKind.contains { $0.id != actor.id && (key($0, \.role, context) == role || key($0, \.name, context) == name) }
            }
            guard usable.count >= 3 else { continue }
            let ordered = ranked(usable, salt: "match|" + kind.rawValue, id: \.id)
            let groupCount = (ordered.count + 4) / 5
            var start = 0
            for group in 0..<groupCount {
                let size = ordered.count / groupCount + (group < ordered.count % groupCount ? 1 : 0)
                let members = Array(ordered[start..<start + size])
                start += size
                let ids = members.map(\.id)
                let id = factID(.match, ids)
                let possessive = kind == .person ? "their" : "its"
                questions.append(
                    Question(
                        id: id, prompt: "Match each \(kind.noun) to \(possessive) role as of \(context.year).",
                        body: .match(pairs: members.map { MatchPair(left: $0.name, right: $0.role) }),
                        explanation: members.map { "\($0.name): \(trimmed($0.role))" }.joined(separator: "; ") + ".",
                        lessonID: context.lesson(forActors: ids),
                        paragraphIDs: context.paragraphs(members.flatMap(\.paragraphIDs)), actorIDs: ids, eventIDs: [],
                        origin: .generated, factID: id))
            }
        }
        return questions
    }

    /// Quotation → speaker: a who-said choice among actors of the speaker's kind, and a typed form.
    static func whoSaidQuestions(_ quote: Quote, _ context: GenerationContext) -> [Question] {
        guard let speaker = context.course.actor(quote.speakerID) else { return [] }
        let fact = factID(.whoSaid, [quote.id])
        let text = trimmed(quote.text)
        let explanation = "\(speaker.name) said \"\(text)\"."
        let lesson = context.lesson(forQuote: quote)
        var questions: [Question] = []
        let candidates = context.course.actors.filter { $0.kind == speaker.kind && $0.id != speaker.id }
        let distractors = distinct(
            ranked(candidates, salt: fact, id: \.id), taken: Set(context.nameKeys(speaker)), limit: distractorTarget,
            keys: context.nameKeys)
        if distractors.count >= distractorMinimum {
            let arranged = arrange(
                answer: (speaker.id, speaker.id), distractors: distractors.map { ($0.id, $0.id) }, salt: fact)
            questions.append(
                Question(
                    id: fact + ".choice", prompt: "Who said this, as quoted in the article?",
                    body: .whoSaid(quote: quote.text, options: arranged.options, answer: arranged.answer),
                    explanation: explanation, lessonID: lesson, paragraphIDs: [quote.paragraphID],
                    actorIDs: [speaker.id], eventIDs: [], origin: .generated, factID: fact))
        }
        questions.append(
            Question(
                id: fact + ".typed", prompt: "Who said \"\(text)\", as quoted in the article?",
                body: .typed(answer: speaker.name, accepted: speaker.aliases), explanation: explanation,
                lessonID: lesson, paragraphIDs: [quote.paragraphID], actorIDs: [speaker.id], eventIDs: [],
                origin: .generated, factID: fact))
        return questions
    }
}
