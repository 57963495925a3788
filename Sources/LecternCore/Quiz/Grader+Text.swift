extension Grader {
    /// One accepted spelling of a typed answer.
    struct AcceptedForm {
        /// As written in the course.
        let display: String
        /// Normalised.
        let normalized: String
        /// The actor it names, when it is an actor's name or alias.
        let actor: Actor?
        /// Whether it is the question's own `answer` (or the same text once normalised).
        let isAnswer: Bool
    }

    /// The answer, its `accept` list and every name of an actor any of them names.
    func acceptedForms(answer: String, accepted: [String]) -> [AcceptedForm] {
        let answerNormalized = AnswerText.normalize(answer)
        var forms: [AcceptedForm] = []
        var seen = Set<String>()
        func add(_ display: String, actor: Actor?) {
            let normalized = AnswerText.normalize(display)
            guard !normalized.isEmpty, seen.insert(normalized).inserted else { return }
            forms.append(
                AcceptedForm(display: display, normalized: normalized, actor: actor, isAnswer: normalized == answerNormalized))
        }
        for text in [answer] + accepted {
            let actors = names.actorsNamed(text)
            add(text, actor: actors.first)
            for actor in actors {
                for name in actor.allNames { add(name, actor: actor) }
            }
        }
        return forms
    }

    /// Grades free text (typed and cloze): exact after normalising, then aliases, then a small typo, but never an
    /// answer that names, or is as close to, a different actor.
    func gradeText(_ text: String, answer: String, accepted: [String]) throws -> Grade {
        let input = AnswerText.normalize(text)
        guard !input.isEmpty else { throw ResponseError("Type an answer, or hint, skip, source, flag or quit.") }
        let forms = acceptedForms(answer: answer, accepted: accepted)
        // Actors the answer stands for: named exactly, or (for a loosely written answer) resolved by the index.
        var answerActorIDs = Set(forms.compactMap { $0.actor?.id })
        for text in [answer] + accepted {
            if let match = names.resolve(text) { answerActorIDs.insert(match.actor.id) }
        }

        if let form = forms.first(where: { $0.normalized == input }) {
            return Grade(outcome: .correct, credit: 1, notes: acceptanceNotes(form), correctAnswer: answer)
        }
        if let named = names.resolve(text), !answerActorIDs.contains(named.actor.id) {
            let how = named.typos == 0 ? "names" : "reads as"
            return Grade(
                outcome: .incorrect, credit: 0, notes: ["“\(text)” \(how) \(named.actor.name), a different actor"],
                correctAnswer: answer)
        }
        let ranked = forms.map { (form: $0, distance: AnswerText.distance(input, $0.normalized)) }
            .sorted { $0.distance < $1.distance }
        for best in ranked {
            if let typos = AnswerText.typos(input, against: best.form.normalized) {
                if let rival = closerRival(to: input, than: best.distance, excluding: answerActorIDs) {
                    return Grade(
                        outcome: .incorrect, credit: 0,
                        notes: ["“\(text)” is as close to \(rival.name), a different actor"], correctAnswer: answer)
                }
                // Zero typos here means only the spacing differed ("Nourial-Maliki").
                let typoNotes = typos == 0
                    ? [] : ["accepted with \(AnswerText.describeTypos(typos)); spelled \(best.form.display)"]
                return Grade(outcome: .correct, credit: 1, notes: typoNotes + acceptanceNotes(best.form), correctAnswer: answer)
            }
        }
        return Grade(outcome: .incorrect, credit: 0, notes: [], correctAnswer: answer)
    }

    /// Why a form other than the answer itself was accepted.
    private func acceptanceNotes(_ form: AcceptedForm) -> [String] {
        guard !form.isAnswer else { return [] }
        if let actor = form.actor {
            return [form.display == actor.name ? "accepted: name of \(actor.name)" : "accepted: alias of \(actor.name)"]
        }
        return ["accepted: listed alternative"]
    }

    /// Another actor with a name at most `distance` edits from the input, if any.
    private func closerRival(to input: String, than distance: Int, excluding ids: Set<String>) -> Actor? {
        names.actors.first { actor in
            guard !ids.contains(actor.id), let nearest = names.nearestDistance(from: input, toActor: actor.id) else {
                return false
            }
            return nearest <= distance
        }
    }

    /// Who-said: an option number, or the speaker's name typed out (aliases and small typos accepted).
    func gradeWhoSaid(_ asked: AskedQuestion, text: String, options: [String], answer: Int) throws -> Grade {
        let right = correctAnswer(for: asked.question)
        let speakerID = options.indices.contains(answer) ? options[answer] : ""
        let trimmed = text.trimmed(Grader.optionNumberMarks)
        if Int(trimmed) != nil {
            let number = try Grader.optionNumber(trimmed, count: asked.shownCount)
            let picked = asked.authoredIndex(forShown: number) ?? -1
            let name = options.indices.contains(picked) ? (course.actor(options[picked])?.name ?? options[picked]) : "?"
            if picked == answer { return Grade(outcome: .correct, credit: 1, notes: [], correctAnswer: right, chosen: [name]) }
            return Grade(
                outcome: .incorrect, credit: 0, notes: ["you chose \(number): \(name)"], correctAnswer: right, chosen: [name])
        }
        guard let match = names.resolve(text) else {
            return Grade(
                outcome: .incorrect, credit: 0, notes: ["“\(text)” is not a name this course knows"],
                correctAnswer: right)
        }
        if match.actor.id == speakerID {
            let notes: [String]
            if match.typos > 0 {
                notes = [match.reason]
            } else if match.matchedName != match.actor.name {
                notes = ["accepted: \(match.reason)"]
            } else {
                notes = []
            }
            return Grade(outcome: .correct, credit: 1, notes: notes, correctAnswer: right, chosen: [match.actor.name])
        }
        return Grade(
            outcome: .incorrect, credit: 0, notes: ["that is \(match.actor.name)"], correctAnswer: right,
            chosen: [match.actor.name])
    }
}
