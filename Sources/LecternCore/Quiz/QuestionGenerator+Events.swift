extension QuestionGenerator {
    /// How many items a generated timeline asks to order.
    static let orderLength = 4
    /// The fewest items a generated timeline may have.
    static let orderMinimum = 3

    /// Event → year (or decade): a choice among nearby years, and a number form unless the date is a decade.
    ///
    /// The options are four consecutive years (decades) with the answer at a position fixed by a hash of the fact,
    /// never after the article's year; no distractor equals the answer and none repeats.
    static func eventYearQuestions(_ event: Event, _ context: GenerationContext) -> [Question] {
        let fact = factID(.eventYear, [event.id])
        let isDecade = event.date.precision == .decade
        let step = isDecade ? 10 : 1
        let latest = isDecade ? context.year - context.year % 10 : context.year
        let label: (Int) -> String = { isDecade ? "\($0)s" : "\($0)" }
        // A run of consecutive years holding the answer at a hashed position, so that neither "the middle one" nor
        // "the latest one" gives it away; the run is pushed back when it would pass the article's year.
        let above = min(Int(StableHash.of(fact) % UInt64(distractorTarget + 1)), max(0, (latest - event.date.year) / step))
        let first = event.date.year - (distractorTarget - above) * step
        let distractors = (0...distractorTarget).map { first + $0 * step }.filter { $0 != event.date.year && $0 > 0 }
        let title = trimmed(event.title)
        let prompt = "In which \(isDecade ? "decade" : "year") did this happen: \(title)?"
        let explanation = "\(title): \(event.date). \(event.description)"
            .replacingOccurrences(of: "\n", with: " ")
        let lesson = context.lesson(forEvent: event.id)
        let paragraphs = context.paragraphs(event.paragraphIDs)
        var questions: [Question] = []
        if distractors.count >= distractorMinimum {
            let arranged = arrange(
                answer: (label(event.date.year), label(event.date.year)),
                distractors: distractors.map { (label($0), label($0)) }, salt: fact)
            questions.append(
                Question(
                    id: fact + ".choice", prompt: prompt,
                    body: .choice(options: arranged.options, answer: arranged.answer), explanation: explanation,
                    lessonID: lesson, paragraphIDs: paragraphs, actorIDs: [], eventIDs: [event.id],
                    origin: .generated, factID: fact))
        }
        if !isDecade {
            questions.append(
                Question(
                    id: fact + ".number", prompt: prompt,
                    body: .number(answer: Double(event.date.year), tolerance: 0, unit: nil),
                    explanation: explanation, lessonID: lesson, paragraphIDs: paragraphs, actorIDs: [],
                    eventIDs: [event.id], origin: .generated, factID: fact))
        }
        return questions
    }

    /// Timelines: several sets of three or four events whose dates cannot overlap, put in order.
    ///
    /// From every second event (in date order) a chain is built greedily of events each surely later than the last;
    /// "2013" and "September 2013" are never in one set, since either could be first. Repeated chains are dropped.
    static func orderQuestions(_ context: GenerationContext) -> [Question] {
        let events = context.course.events
        var seen = Set<String>()
        var questions: [Question] = []
        for start in stride(from: 0, to: events.count, by: 2) {
            var chain = [events[start]]
            for candidate in events[(start + 1)...] where chain.count < orderLength {
                if let last = chain.last, isSurelyBefore(last.date, candidate.date) { chain.append(candidate) }
            }
            let titleKeys = Set(chain.map { AnswerText.normalize($0.title) })
            guard chain.count >= orderMinimum, titleKeys.count == chain.count, !titleKeys.contains("") else { continue }
            let ids = chain.map(\.id)
            let id = factID(.order, ids)
            guard seen.insert(id).inserted else { continue }
            questions.append(
                Question(
                    id: id, prompt: "Put these events in the order they happened, earliest first.",
                    body: .order(items: chain.map(\.title)),
                    explanation: "In order: " + chain.map { "\(trimmed($0.title)) (\($0.date))" }.joined(separator: "; ") + ".",
                    lessonID: context.lesson(forEvents: ids),
                    paragraphIDs: context.paragraphs(chain.flatMap(\.paragraphIDs)), actorIDs: [], eventIDs: ids,
                    origin: .generated, factID: id))
        }
        return questions
    }

    /// Whether every moment `first` can mean comes before every moment `second` can mean.
    static func isSurelyBefore(_ first: EventDate, _ second: EventDate) -> Bool {
        span(first).last < span(second).first
    }

    /// The earliest and latest day a date can mean, as `yyyymmdd` numbers (day 31 stands for any month end).
    static func span(_ date: EventDate) -> (first: Int, last: Int) {
        let year = date.year * 10_000
        switch date.precision {
        case .decade: return (year + 101, (date.year + 9) * 10_000 + 1231)
        case .year: return (year + 101, year + 1231)
        case .month:
            let month = (date.month ?? 1) * 100
            return (year + month + 1, year + month + 31)
        case .day:
            let exact = year + (date.month ?? 1) * 100 + (date.day ?? 1)
            return (exact, exact)
        }
    }
}
