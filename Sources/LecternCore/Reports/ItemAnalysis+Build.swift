import Foundation

extension ItemAnalysis {
    /// The analysis of `learners` (in roster order) with their `flags`, over the questions of `context`.
    public init(context: Context, learners: [Answers], flags: [FlagList.Entry], thresholds: Thresholds = .init()) {
        self.thresholds = thresholds
        // Each learner's test score: the marks of their first answers, summed, and how many there are.
        // Summed in bank order, so the figures do not depend on a dictionary's order.
        let totals = learners.map { $0.first.sorted { $0.key < $1.key }.reduce(0) { $0 + $1.value.credit } }
        let counts = learners.map(\.first.count)
        var byQuestion = [[(learner: Int, first: First)]](repeating: [], count: context.questions.count)
        for (learner, answers) in learners.enumerated() {
            for (index, first) in answers.first { byQuestion[index].append((learner, first)) }
        }
        for index in byQuestion.indices { byQuestion[index].sort { $0.learner < $1.learner } }
        var flagsByID: [String: [Flag]] = [:]
        for entry in flags where entry.inCourse {
            flagsByID[entry.questionID, default: []].append(Flag(learner: entry.learner, note: entry.note, at: entry.at))
        }

        var failing: [Question] = []
        var passing: [Question] = []
        for (index, question) in context.questions.enumerated() {
            let firsts = byQuestion[index]
            let questionFlags = flagsByID[question.id] ?? []
            guard !firsts.isEmpty || !questionFlags.isEmpty else { continue }
            // The rest score: the mean mark of the learner's other first answers (learners with at least one).
            let rested = firsts.compactMap { entry -> (learner: Int, first: First, rest: Double)? in
                let others = counts[entry.learner] - 1
                guard others > 0 else { return nil }
                return (entry.learner, entry.first, (totals[entry.learner] - entry.first.credit) / Double(others))
            }
            let facility = ItemStatistics.mean(firsts.map(\.first.credit))
            let discrimination = ItemStatistics.correlation(rested.map(\.first.credit), rested.map(\.rest))
            let (options, third) = Self.options(context.options[index], rested: rested, firsts: firsts.map(\.first))
            var named: [String: Int] = [:]
            var answers = 0
            var overrides = 0
            for learner in learners {
                answers += learner.counts[index] ?? 0
                overrides += learner.overrides[index] ?? 0
                for name in learner.named[index] ?? [] { named[name, default: 0] += 1 }
            }
            let instead = context.rightAnswer(at: index)
            let confusions = named.map { Confusion(named: $0.key, instead: instead, learners: $0.value) }
                .sorted { ($1.learners, $0.named) < ($0.learners, $1.named) }
            let problems = Self.problems(
                facility: facility, discrimination: discrimination, learners: firsts.count, options: options,
                third: third, flags: questionFlags.count, thresholds: thresholds)
            let figures = Question(
                id: question.id, prompt: question.prompt, kind: question.kind.rawValue, lesson: question.lessonID,
                paragraphs: question.paragraphIDs, source: question.source?.description, answers: answers,
                learners: firsts.count, facility: facility, discrimination: discrimination, options: options,
                thirdSize: third, confusions: confusions, flags: questionFlags, overrides: overrides, problems: problems)
            if problems.isEmpty { passing.append(figures) } else { failing.append(figures) }
        }
        questions = failing + passing
        unanswered = context.questions.count - questions.count

        paragraphs = context.paragraphIDs.compactMap { id in
            let cited = context.questions.indices.filter { context.questions[$0].paragraphIDs.contains(id) }
            guard !cited.isEmpty else { return nil }
            let marks = cited.flatMap { byQuestion[$0].map(\.first.credit) }
            return Paragraph(id: id, questions: cited.count, firstAnswers: marks.count, facility: ItemStatistics.mean(marks))
        }
        forms = Self.forms(learners, minimum: thresholds.formLearners)
    }

    /// The options of a question with the learners who picked each on their first answer, overall and in the top
    /// and bottom thirds by rest score (ties by roster order); the size of a third.
    static func options(
        _ options: [(text: String, isRight: Bool)]?, rested: [(learner: Int, first: First, rest: Double)],
        firsts: [First]
    ) -> ([Option], Int) {
        guard let options, firsts.contains(where: { $0.chosen != nil }) else { return ([], 0) }
        let ranked = rested.filter { $0.first.chosen != nil }.sorted { ($0.rest, $0.learner) < ($1.rest, $1.learner) }
        let third = ranked.count / 3
        let bottom = ranked.prefix(third).map(\.first)
        let top = ranked.suffix(third).map(\.first)
        func picks(_ text: String, _ group: some Sequence<First>) -> Int {
            group.filter { $0.chosen?.contains(text) == true }.count
        }
        return (options.map { option in
            Option(
                text: option.text, isRight: option.isRight, picks: picks(option.text, firsts),
                topThird: picks(option.text, top), bottomThird: picks(option.text, bottom))
        }, third)
    }

    /// The rules a question fails, in words.
    static func problems(
        facility: Double?, discrimination: Double?, learners: Int, options: [Option], third: Int, flags: Int,
        thresholds: Thresholds
    ) -> [String] {
        var problems: [String] = []
        if learners >= thresholds.learners {
            if let facility, facility > thresholds.easiest {
                problems.append("facility \(Self.figure(facility)) above \(Self.figure(thresholds.easiest)): too easy")
            }
            if let facility, facility < thresholds.hardest {
                problems.append("facility \(Self.figure(facility)) below \(Self.figure(thresholds.hardest)): too hard")
            }
            if let discrimination, discrimination < thresholds.discrimination {
                problems.append("discrimination \(Self.figure(discrimination)) below"
                    + " \(Self.figure(thresholds.discrimination)): does not tell stronger learners from weaker ones")
            }
            if third > 0 {
                for option in options where !option.isRight && option.topThird > option.bottomThird {
                    problems.append("distractor “\(option.text)” chosen by \(option.topThird) of the top third and"
                        + " \(option.bottomThird) of the bottom third (\(third) learners each)")
                }
            }
        }
        if flags > 0 { problems.append("\(flags) open flag\(flags == 1 ? "" : "s")") }
        return problems
    }

    /// A figure with two decimals, as the report shows it.
    public static func figure(_ value: Double) -> String {
        String(format: "%.2f", value)
    }

    /// The exam forms in the learners' answers, by id (numbers in numeric order).
    static func forms(_ learners: [Answers], minimum: Int) -> [Form] {
        let ids = Set(learners.flatMap(\.forms.keys)).sorted { ($0.count, $0) < ($1.count, $1) }
        return ids.map { id in
            let taken = learners.compactMap { $0.forms[id] }
            let items = Set(taken.flatMap(\.keys)).sorted()
            let complete = taken.filter { $0.count == items.count }
            let counted = complete.count >= minimum
            let scores = complete.map { marks in items.map { marks[$0] ?? 0 } }
            let reliability = counted ? ItemStatistics.reliability(scores) : nil
            var distribution: [Int]?
            if counted {
                var buckets = [Int](repeating: 0, count: items.count + 1)
                for row in scores {
                    buckets[min(items.count, max(0, Int(row.reduce(0, +).rounded(.down))))] += 1
                }
                distribution = buckets
            }
            return Form(
                id: id, items: items.count, learners: complete.count, incomplete: taken.count - complete.count,
                distribution: distribution, mean: reliability?.mean, standardDeviation: reliability?.standardDeviation,
                alpha: reliability?.alpha, standardError: reliability?.standardError)
        }
    }
}
