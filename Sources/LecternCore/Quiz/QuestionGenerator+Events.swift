extension QuestionGenerator {
    /// The events a year question is made for: dated (not conditions), with evidence found in their paragraphs
    /// that writes the year, before the article's year (whose events the article dates only by being written
    /// then), and not already asked by an authored question of their year.
    static func yearEvents(_ context: GenerationContext) -> [(event: Event, date: EventDate, paragraph: String)] {
        context.course.events.compactMap { event in
            guard let date = event.date, let evidence = event.evidence,
                let paragraph = context.paragraph(holding: evidence, among: event.paragraphIDs),
                evidence.contains(String(date.year)), date.year < latestYear(date.precision, context),
                !askedByAuthor(event, date, context)
            else { return nil }
            return (event, date, paragraph)
        }
    }

    /// The latest year (or decade) a year option may name: the article's.
    static func latestYear(_ precision: EventDate.Precision, _ context: GenerationContext) -> Int {
        precision == .decade ? context.year - context.year % 10 : context.year
    }

    /// Whether an authored question about the event already asks for its year (one fact, at most two questions).
    private static func askedByAuthor(_ event: Event, _ date: EventDate, _ context: GenerationContext) -> Bool {
        context.course.questions.contains { question in
            guard question.eventIDs.contains(event.id) else { return false }
            switch question.body {
            case .number(let answer, _, _): return answer == Double(date.year)
            case .choice(let options, let answer):
                return options.indices.contains(answer) && options[answer] == date.description
            default: return false
            }
        }
    }

    /// Event → year (or decade) for every event `yearEvents` allows: a choice among nearby years, and a number form
    /// unless the date is a decade.
    ///
    /// The options are four consecutive years (decades), none after the article's year. Where the key sits among
    /// them is spread evenly over the bank: the events, ordered by a hash of their fact ids, take the positions
    /// second latest, third, earliest and latest in turn (a key too close to the article's year to have later
    /// options gets the latest it can), so "pick the latest year" scores no better than chance, and a bank of
    /// fewer than four never has the latest as its key.
    static func eventYearQuestions(_ context: GenerationContext) -> [Question] {
        let events = ranked(yearEvents(context), salt: "event-year", id: { factID(.eventYear, [$0.event.id]) })
        return events.enumerated().flatMap { index, item in
            eventYearQuestions(item.event, item.date, paragraph: item.paragraph, later: (index + 1) % (distractorTarget + 1), context)
        }
    }

    /// The year questions of one event, with `later` of its options after the key (fewer when the article's year
    /// leaves no room).
    private static func eventYearQuestions(
        _ event: Event, _ date: EventDate, paragraph: String, later: Int, _ context: GenerationContext
    ) -> [Question] {
        let fact = factID(.eventYear, [event.id])
        let isDecade = date.precision == .decade
        let step = isDecade ? 10 : 1
        let above = min(later, max(0, (latestYear(date.precision, context) - date.year) / step))
        let first = date.year - (distractorTarget - above) * step
        let distractors = (0...distractorTarget).map { first + $0 * step }.filter { $0 != date.year && $0 > 0 }
        let label: (Int) -> String = { isDecade ? "\($0)s" : "\($0)" }
        let title = trimmed(event.title)
        let prompt = "Which \(isDecade ? "decade" : "year") does the article give for this: \(title)?"
        let explanation = "\(label(date.year)): \(event.description)".replacingOccurrences(of: "\n", with: " ")
        let lesson = context.lesson(citing: paragraph, introducing: [event.id])
        func question(_ id: String, _ body: QuestionBody) -> Question {
            Question(
                id: id, prompt: prompt, body: body, explanation: explanation, lessonID: lesson,
                paragraphIDs: [paragraph], actorIDs: [], eventIDs: [event.id], origin: .generated, factID: fact,
                level: .remember, evidence: event.evidence)
        }
        var questions: [Question] = []
        if distractors.count >= distractorMinimum {
            let arranged = arrange(
                answer: (label(date.year), label(date.year)), distractors: distractors.map { (label($0), label($0)) },
                salt: fact)
            questions.append(question(fact + ".choice", .choice(options: arranged.options, answer: arranged.answer)))
        }
        if !isDecade {
            questions.append(question(fact + ".number", .number(answer: Double(date.year), tolerance: 0, unit: nil)))
        }
        return questions
    }
}
