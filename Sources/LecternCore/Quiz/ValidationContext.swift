import Foundation

/// What checking one question needs to know about its course: which ids exist and whose names are whose.
struct ValidationContext {
    let course: Course
    private let paragraphIDs: Set<String>
    private let actorIDs: Set<String>
    private let eventIDs: Set<String>
    private let lessonIDs: Set<String>
    /// Comparison key of every actor name and alias → the actor.
    private let actorByNameKey: [String: Actor]

    init(_ course: Course) {
        self.course = course
        paragraphIDs = Set(course.article.paragraphs.map(\.id))
        actorIDs = Set(course.actors.map(\.id))
        eventIDs = Set(course.events.map(\.id))
        lessonIDs = Set(course.lessons.map(\.id))
        var byName: [String: Actor] = [:]
        for actor in course.actors {
            for name in actor.allNames where byName[AnswerText.normalize(name)] == nil {
                byName[AnswerText.normalize(name)] = actor
            }
        }
        actorByNameKey = byName
    }

    /// The actor one of whose names `text` is, once normalised like a typed answer.
    func actor(named text: String) -> Actor? {
        actorByNameKey[AnswerText.normalize(text)]
    }

    /// Every problem of one question, as messages.
    func problems(of question: Question) -> [String] {
        var problems: [String] = []
        if question.prompt.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            problems.append("prompt is empty")
        }
        let explanation = question.explanation.trimmingCharacters(in: .whitespacesAndNewlines)
        if explanation.isEmpty || explanation.contains(where: \.isNewline) {
            problems.append("explanation must be one non-empty line")
        }
        if question.paragraphIDs.isEmpty {
            problems.append("cites no paragraph; list the paragraphs the answer comes from")
        }
        for id in question.paragraphIDs where !paragraphIDs.contains(id) {
            problems.append("paragraph '\(id)' is not in the article")
        }
        for id in question.actorIDs where !actorIDs.contains(id) {
            problems.append("actor '\(id)' is not in Quizzes/actors.yaml")
        }
        for id in question.eventIDs where !eventIDs.contains(id) {
            problems.append("event '\(id)' is not in Quizzes/events.yaml")
        }
        if let lesson = question.lessonID, !lessonIDs.contains(lesson) {
            problems.append("lesson '\(lesson)' does not exist")
        }
        problems += objectiveProblems(of: question)
        return problems + bodyProblems(of: question)
    }

    /// Objective numbers must point into the question's own lesson's `objectives` list.
    private func objectiveProblems(of question: Question) -> [String] {
        guard !question.objectives.isEmpty else { return [] }
        guard let lessonID = question.lessonID else {
            return ["lists objectives but belongs to no lesson; objectives are numbered within a lesson"]
        }
        guard let lesson = course.lesson(lessonID) else { return [] }
        let count = lesson.objectives.count
        return question.objectives.filter { $0 < 1 || $0 > count }.map {
            "objective \($0) is out of range: lesson '\(lessonID)' has \(count) objective\(count == 1 ? "" : "s") (1 to \(count))"
        }
    }

    /// Problems particular to the question's kind.
    private func bodyProblems(of question: Question) -> [String] {
        switch question.body {
        case .choice(let options, let answer):
            var problems = countProblem("a choice", options.count, 2...6, "options")
                + repeatedProblems(options, "options")
            if options.indices.contains(answer) {
                problems += optionNamingProblems(options[answer], question)
            } else {
                problems.append("answer must be exactly one of the options")
            }
            return problems
        case .multi(let options, let answers):
            var problems = countProblem("a multi", options.count, 3...7, "options") + repeatedProblems(options, "options")
            if answers.contains(where: { !options.indices.contains($0) }) {
                problems.append("every answer must be one of the options")
            }
            if answers.count < 2 || answers.count >= options.count {
                problems.append(
                    "a multi needs at least two answers and fewer answers than options (has \(answers.count) of \(options.count))")
            }
            return problems
        case .trueFalse:
            return []
        case .typed(let answer, let accepted):
            return answerProblems(answer, accepted: accepted, question)
        case .number(let answer, let tolerance, _):
            var problems: [String] = []
            if !answer.isFinite { problems.append("answer must be a finite number") }
            if !tolerance.isFinite || tolerance < 0 { problems.append("tolerance must be zero or more") }
            return problems
        case .order(let items):
            return countProblem("an order question", items.count, 3...5, "items") + repeatedProblems(items, "items")
        case .match(let pairs):
            return countProblem("a match", pairs.count, 3...5, "pairs")
                + repeatedProblems(pairs.map(\.left), "left-hand items")
                + repeatedProblems(pairs.map(\.right), "right-hand items")
        case .cloze(let before, let answer, let after, let accepted):
            var problems: [String] = []
            if (before + after).contains("{{") || (before + after).contains("}}") {
                problems.append("cloze text must have exactly one gap written {{answer}}")
            }
            return problems + answerProblems(answer, accepted: accepted, question)
        case .whoSaid(let quote, let options, let answer):
            var problems = countProblem("a who-said", options.count, 2...6, "options")
            if quote.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { problems.append("quotation is empty") }
            for id in options where course.actor(id) == nil {
                problems.append("option '\(id)' is not an actor id")
            }
            problems += repeatedProblems(options.map { course.actor($0)?.name ?? $0 }, "options")
            if options.indices.contains(answer) {
                if !question.actorIDs.contains(options[answer]) {
                    problems.append("the speaker '\(options[answer])' is not listed in the question's actors")
                }
            } else {
                problems.append("answer must be exactly one of the options")
            }
            return problems
        }
    }

    private func countProblem(_ what: String, _ count: Int, _ range: ClosedRange<Int>, _ noun: String) -> [String] {
        range.contains(count) ? [] : ["\(what) needs \(range.lowerBound) to \(range.upperBound) \(noun), not \(count)"]
    }

    /// One message for each text that reads the same as an earlier one once case and punctuation are ignored.
    private func repeatedProblems(_ texts: [String], _ noun: String) -> [String] {
        var seen: [String: String] = [:]
        var problems: [String] = []
        for text in texts {
            let key = AnswerText.normalize(text)
            if let earlier = seen[key] {
                problems.append("\(noun) '\(earlier)' and '\(text)' read the same once case and punctuation are ignored")
            } else {
                seen[key] = text
            }
        }
        return problems
    }

    /// A right option that names an actor must name one the question lists, so mastery by actor counts it.
    private func optionNamingProblems(_ option: String, _ question: Question) -> [String] {
        guard let actor = actorByNameKey[AnswerText.normalize(option)], !question.actorIDs.contains(actor.id) else {
            return []
        }
        return ["answer '\(option)' names actor '\(actor.id)', which the question's actors do not list"]
    }

    /// A typed or cloze answer that names an actor must be written as its name or an alias, exactly, since the
    /// grader accepts that actor's other names from it; accepted alternatives must not name another actor.
    private func answerProblems(_ answer: String, accepted: [String], _ question: Question) -> [String] {
        guard !answer.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return ["answer is empty"] }
        guard let actor = actorByNameKey[AnswerText.normalize(answer)] else { return [] }
        var problems: [String] = []
        if !actor.allNames.contains(answer) {
            let names = actor.allNames.map { "'\($0)'" }.joined(separator: ", ")
            problems.append(
                "answer '\(answer)' names actor '\(actor.id)' but is not written as its name or an alias; use one of \(names) or add it to the aliases")
        }
        if !question.actorIDs.contains(actor.id) {
            problems.append("answer '\(answer)' names actor '\(actor.id)', which the question's actors do not list")
        }
        for alternative in accepted {
            if let other = actorByNameKey[AnswerText.normalize(alternative)], other.id != actor.id {
                problems.append("accepted answer '\(alternative)' names actor '\(other.id)', not '\(actor.id)'")
            }
        }
        return problems
    }
}
