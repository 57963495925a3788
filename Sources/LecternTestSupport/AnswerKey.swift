import LecternCore

/// Right and wrong responses to a question as it was presented, worked out from the question itself (its answer,
/// its accepted alternatives, the actors' aliases and the shown order), never from the grader.
public enum AnswerKey {
    /// Every response that must be graded correct with full credit.
    ///
    /// Choice: the shown number of the right option. Who-said: that number, and the speaker's name and aliases.
    /// Multi: the shown numbers of every right option. True or false: `true` and `t` (or `false` and `f`). Typed and
    /// cloze: the answer, every accepted alternative and, when the answer names an actor, every name of that actor.
    /// Number: the digits, and the digits with thousands separators. Order: the shown numbers in the right order.
    /// Match: every right pair, like `1b 2a 3c`.
    public static func rightResponses(to asked: AskedQuestion, course: Course) -> [String] {
        switch asked.question.body {
        case .choice(_, let answer):
            return [shown(asked, answer)]
        case .whoSaid(_, let options, let answer):
            let names = course.actor(options[answer])?.allNames ?? []
            return [shown(asked, answer)] + names
        case .multi(_, let answers):
            return [answers.sorted().map { shown(asked, $0) }.joined(separator: " ")]
        case .trueFalse(let answer):
            return answer ? ["true", "t"] : ["false", "f"]
        case .typed(let answer, let accepted), .cloze(_, let answer, _, let accepted):
            var responses = [answer] + accepted
            for actor in actorsNamed(answer, in: course) { responses += actor.allNames }
            return unique(responses)
        case .number(let answer, _, _):
            let plain = answer == answer.rounded() ? String(Int(answer)) : String(answer)
            return unique([plain, NumberReader.format(answer)])
        case .order(let items):
            return [items.indices.map { shown(asked, $0) }.joined(separator: " ")]
        case .match(let pairs):
            return [pairs.indices.map { "\($0 + 1)\(letter(asked, $0))" }.joined(separator: " ")]
        }
    }

    /// The first right response (the shown number, the answer, the digits, …).
    public static func rightResponse(to asked: AskedQuestion, course: Course) -> String {
        rightResponses(to: asked, course: course)[0]
    }

    /// Responses that must not be graded correct.
    ///
    /// Choice and who-said: every wrong option's number (and, for who-said, each wrong speaker's name). Multi: every
    /// wrong option alone, and the right options plus one wrong one. True or false: the opposite. Order: reversed.
    /// Match: every left item paired with the next item's partner. Typed and cloze whose answer names an actor: the
    /// names and aliases of every other actor of the same kind (except actors the answer or an alternative names).
    /// Number: none here (a wrong number depends on the tolerance).
    public static func wrongResponses(to asked: AskedQuestion, course: Course) -> [String] {
        switch asked.question.body {
        case .choice(let options, let answer):
            return options.indices.filter { $0 != answer }.map { shown(asked, $0) }
        case .whoSaid(_, let options, let answer):
            let wrong = options.indices.filter { $0 != answer }
            let speaker = options[answer]
            let names = wrong.compactMap { course.actor(options[$0]) }.filter { $0.id != speaker }.map(\.name)
            return wrong.map { shown(asked, $0) } + names
        case .multi(let options, let answers):
            let right = answers.sorted().map { shown(asked, $0) }
            return options.indices.filter { !answers.contains($0) }.flatMap { wrong in
                [shown(asked, wrong), (right + [shown(asked, wrong)]).joined(separator: " ")]
            }
        case .trueFalse(let answer):
            return answer ? ["false", "f"] : ["true", "t"]
        case .typed(let answer, let accepted), .cloze(_, let answer, _, let accepted):
            let named = ([answer] + accepted).flatMap { actorsNamed($0, in: course) }
            guard let actor = actorsNamed(answer, in: course).first else { return [] }
            let excluded = Set(named.map(\.id))
            return unique(
                course.actors.filter { $0.kind == actor.kind && !excluded.contains($0.id) }.flatMap(\.allNames))
        case .number:
            return []
        case .order(let items):
            guard items.count > 1 else { return [] }
            return [items.indices.reversed().map { shown(asked, $0) }.joined(separator: " ")]
        case .match(let pairs):
            guard pairs.count > 1 else { return [] }
            return [pairs.indices.map { "\($0 + 1)\(letter(asked, ($0 + 1) % pairs.count))" }.joined(separator: " ")]
        }
    }

    /// The actors one of whose names or aliases is `text`, compared after normalising.
    public static func actorsNamed(_ text: String, in course: Course) -> [Actor] {
        let key = AnswerText.normalize(text)
        return course.actors.filter { actor in actor.allNames.contains { AnswerText.normalize($0) == key } }
    }

    /// The shown 1-based number of an authored index, as text.
    private static func shown(_ asked: AskedQuestion, _ authored: Int) -> String {
        asked.shownNumber(ofAuthored: authored).map(String.init) ?? "?"
    }

    /// The letter under which the right-hand entry of authored pair `authored` is shown in a match question.
    private static func letter(_ asked: AskedQuestion, _ authored: Int) -> String {
        guard let number = asked.shownNumber(ofAuthored: authored), let scalar = Unicode.Scalar(96 + number) else {
            return "?"
        }
        return String(Character(scalar))
    }

    private static func unique(_ texts: [String]) -> [String] {
        var seen = Set<String>()
        return texts.filter { seen.insert($0).inserted }
    }
}
