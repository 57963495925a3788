/// Questions that give their answer away in their own words: the answer in the prompt, or a role that names the
/// actor it describes.
enum GiveawayRules {
    /// `answer-in-prompt` for every question, and `role-names-actor` for every actor of the knowledge base.
    static func warnings(_ course: Course, _ questions: [Question]) -> [Diagnostic] {
        let context = ValidationContext(course)
        let found = questions.flatMap { answerInPrompt($0, context) }
        return found + rolesNamingActors(course)
    }

    /// `answer-in-prompt`: a form the grader accepts, found as whole words in what the learner reads before answering.
    static func answerInPrompt(_ question: Question, _ context: ValidationContext) -> [Diagnostic] {
        let (forms, shown) = answerForms(question, context)
        guard let form = forms.first(where: { CheckText.phrase($0.text, occursIn: shown) }) else { return [] }
        return [
            CheckText.diagnostic(
                question, .answerInPrompt,
                "\(form.label) '\(form.text)' appears in the \(question.kind == .cloze ? "prompt or text" : "prompt"): ask without it")
        ]
    }

    /// The texts that would answer the question, each with how to name it, and the text the learner reads.
    private static func answerForms(
        _ question: Question, _ context: ValidationContext
    ) -> (forms: [(label: String, text: String)], shown: String) {
        var forms: [(label: String, text: String)] = []
        var shown = question.prompt
        func add(answer: String, accepted: [String]) {
            forms.append(("the answer", answer))
            forms += accepted.map { ("the accepted answer", $0) }
            guard let actor = context.actor(named: answer) else { return }
            forms += actor.allNames.map { ("the answer is actor '\(actor.id)', and its name", $0) }
        }
        switch question.body {
        case .choice(let options, let answer) where options.indices.contains(answer):
            add(answer: options[answer], accepted: [])
        case .typed(let answer, let accepted):
            add(answer: answer, accepted: accepted)
        case .cloze(let before, let answer, let after, let accepted):
            shown += " … " + before + " … " + after
            add(answer: answer, accepted: accepted)
        case .number(let answer, _, _) where answer == answer.rounded() && abs(answer) < 1e15:
            forms.append(("the answer", String(Int64(answer))))
        case .whoSaid(let quote, let options, let answer) where options.indices.contains(answer):
            shown += " … " + quote
            if let speaker = context.course.actor(options[answer]) {
                forms += speaker.allNames.map { ("the speaker's name", $0) }
            }
        default:
            break
        }
        return (forms, shown)
    }

    /// `role-names-actor`: an actor's role that contains one of its own names would make a question built from the
    /// role ("which person does the article describe? …") answer itself, so the generator skips it; the author hears
    /// why the actor has no role question.
    static func rolesNamingActors(_ course: Course) -> [Diagnostic] {
        let path = "Quizzes/actors.yaml"
        var lines: [String: Int]?
        return course.actors.compactMap { actor in
            guard let name = actor.allNames.first(where: { CheckText.phrase($0, occursIn: actor.role) }) else {
                return nil
            }
            if lines == nil { lines = CourseFileLines.idLines(in: path, of: course) }
            return Diagnostic(
                SourceLocation(file: path, line: lines?[actor.id]),
                "actor '\(actor.id)': its role contains its own name '\(name)', so a question on the role would answer itself and none is generated from it: \"\(actor.role)\"",
                rule: .roleNamesActor)
        }
    }
}
