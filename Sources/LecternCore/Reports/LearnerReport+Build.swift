import Foundation

extension LearnerReport {
    /// The report of `snapshot` over `course` and `bank` at `now`; `learner` names whose progress it is.
    public init(
        course: Course, bank: QuestionBank, snapshot: ProgressSnapshot, now: Date, learner: String? = nil,
        parameters: FSRSParameters = .default
    ) {
        let evaluations = Mastery.evaluate(bank: bank, snapshot: snapshot, now: now, parameters: parameters)
        let scheduler = FSRSScheduler(parameters: snapshot.effective(parameters))
        let today = UTCDay(now)
        self.learner = learner
        generatedAt = now
        self.course = CourseInfo(title: course.article.title, author: course.article.author, year: course.article.year)
        desiredRetention = snapshot.settings.desiredRetention

        let mastered = evaluations.filter(\.isMastered).count
        overall = Overall(
            questions: evaluations.count, seen: evaluations.filter(\.isSeen).count, mastered: mastered,
            mastery: evaluations.isEmpty ? 0 : Double(mastered) / Double(evaluations.count),
            answers: snapshot.totals.answers, correct: snapshot.totals.correct,
            accuracy: Self.ratio(snapshot.totals.correct, snapshot.totals.answers))
        recall = RecallForecast(
            questions: evaluations.filter { $0.state?.card != nil }.count,
            now: Mastery.meanRecall(evaluations, at: now, scheduler: scheduler),
            in7Days: Mastery.meanRecall(evaluations, at: now.addingTimeInterval(7 * 86_400), scheduler: scheduler),
            in30Days: Mastery.meanRecall(evaluations, at: now.addingTimeInterval(30 * 86_400), scheduler: scheduler))

        lessons = course.lessons.map { lesson in
            Self.group(
                id: lesson.id, title: lesson.title,
                detail: LessonState(lesson: lesson, position: snapshot.lessons[lesson.id]).description,
                evaluations.filter { $0.question.lessonID == lesson.id })
        }
        actors = course.actors.compactMap { actor in
            let members = evaluations.filter { $0.question.actorIDs.contains(actor.id) }
            return members.isEmpty ? nil : Self.group(id: actor.id, title: actor.name, detail: nil, members)
        }
        events = course.events.compactMap { event in
            let members = evaluations.filter { $0.question.eventIDs.contains(event.id) }
            return members.isEmpty
                ? nil : Self.group(id: event.id, title: event.title, detail: event.when, members)
        }
        paragraphs = course.article.paragraphs.map { paragraph in
            let opening = paragraph.text.split(separator: " ").prefix(6).joined(separator: " ")
            return Self.group(
                id: paragraph.id, title: paragraph.id, detail: opening + "…",
                evaluations.filter { $0.question.paragraphIDs.contains(paragraph.id) })
        }

        schedule = Self.schedule(evaluations, course: course, bank: bank, snapshot: snapshot, now: now, today: today)
        activity = Self.activity(snapshot, evaluations, today: today)

        let seen = evaluations.filter(\.isSeen)
        weakest = seen.filter { !$0.isMastered }.sorted(by: Mastery.isWeaker).prefix(Self.weakestCount).map(Self.ref)
        leeches = seen.filter { $0.state?.isLeech == true }.map(Self.ref)
        overridden = (snapshot.overrides ?? []).map {
            OverriddenAnswer(id: $0.questionID, response: $0.response, answeredAt: $0.answeredAt)
        }
        changed = seen.filter {
            snapshot.changedSinceLastReview(questionID: $0.question.id, currentHash: $0.question.contentHash)
        }.map(Self.ref)
        calibration = Confidence.allCases.compactMap { level in
            guard let totals = snapshot.confidence[level.rawValue], totals.answers > 0 else { return nil }
            return Calibration(
                confidence: level.rawValue, answers: totals.answers, correct: totals.correct,
                accuracy: Double(totals.correct) / Double(totals.answers))
        }
        questions = evaluations.map { evaluation in
            let state = evaluation.state
            let card = state?.card
            return QuestionRow(
                id: evaluation.question.id, kind: evaluation.question.kind.rawValue,
                lesson: evaluation.question.lessonID, paragraphs: evaluation.question.paragraphIDs,
                state: card?.phase.rawValue ?? "new", stability: card?.stability, difficulty: card?.difficulty,
                retrievability: evaluation.retrievability, due: card?.due, reviews: state?.reviews ?? 0,
                lapses: state?.lapses ?? 0, lastOutcome: state?.lastOutcome?.rawValue,
                lastAnsweredAt: state?.lastAnsweredAt, isMastered: evaluation.isMastered,
                isLeech: state?.isLeech ?? false,
                isChanged: snapshot.changedSinceLastReview(
                    questionID: evaluation.question.id, currentHash: evaluation.question.contentHash))
        }
        nextStep = Self.nextStep(
            schedule: schedule, lessons: lessons, course: course, leeches: leeches.count, evaluations: evaluations)
    }

    static func ratio(_ part: Int, _ whole: Int) -> Double? {
        whole > 0 ? Double(part) / Double(whole) : nil
    }

    static func group(id: String, title: String, detail: String?, _ members: [Mastery.Evaluation]) -> Group {
        let mastered = members.filter(\.isMastered).count
        return Group(
            id: id, title: title, detail: detail, questions: members.count, seen: members.filter(\.isSeen).count,
            mastered: mastered, share: ratio(mastered, members.count))
    }

    static func ref(_ evaluation: Mastery.Evaluation) -> QuestionRef {
        QuestionRef(
            id: evaluation.question.id, prompt: evaluation.question.prompt, lesson: evaluation.question.lessonID,
            paragraphs: evaluation.question.paragraphIDs, retrievability: evaluation.retrievability,
            reviews: evaluation.state?.reviews ?? 0, lapses: evaluation.state?.lapses ?? 0,
            lastOutcome: evaluation.state?.lastOutcome?.rawValue)
    }

    private static func schedule(
        _ evaluations: [Mastery.Evaluation], course: Course, bank: QuestionBank, snapshot: ProgressSnapshot, now: Date,
        today: UTCDay
    ) -> Schedule {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC") ?? utc.timeZone
        let plan = ReviewQueue.plan(bank: bank, course: course, snapshot: snapshot, now: now, calendar: utc)
        var byDay: [Int: Int] = [:]
        var dueToday = 0
        let endOfToday = today.adding(1).start
        for evaluation in evaluations where evaluation.isSeen {
            // As in the review queue, a question answered but never rated (only skipped) is due at once.
            let due = evaluation.state?.card?.due ?? now
            if due < endOfToday {
                dueToday += 1
            } else {
                byDay[UTCDay(due).number - today.number, default: 0] += 1
            }
        }
        return Schedule(
            dueNow: plan.due.count, dueToday: dueToday,
            nextDays: (1...7).map { DueDay(date: today.adding($0).description, due: byDay[$0] ?? 0) },
            newLeft: evaluations.filter { !$0.isSeen }.count, newToday: min(plan.newAllowance, plan.new.count))
    }

    /// The first day of the activity calendar: the Monday `activityWeeks - 1` weeks before this week's.
    public static func calendarStart(today: UTCDay) -> UTCDay {
        today.adding(-today.weekday - 7 * (activityWeeks - 1))
    }

    private static func activity(
        _ snapshot: ProgressSnapshot, _ evaluations: [Mastery.Evaluation], today: UTCDay
    ) -> Activity {
        let start = calendarStart(today: today)
        let days = (0...(today.number - start.number)).map { offset -> Day in
            let date = start.adding(offset).description
            let totals = snapshot.days[date] ?? ProgressSnapshot.Totals()
            return Day(date: date, answers: totals.answers, correct: totals.correct, seconds: totals.timeSpent)
        }
        let weeks = stride(from: 0, to: days.count, by: 7).map { index -> Week in
            let slice = days[index..<min(index + 7, days.count)]
            let answers = slice.map(\.answers).reduce(0, +)
            let correct = slice.map(\.correct).reduce(0, +)
            return Week(start: slice[index].date, answers: answers, correct: correct, accuracy: ratio(correct, answers))
        }
        let streaks = Streaks(activeDays: snapshot.days.compactMap { $0.value.answers > 0 ? UTCDay($0.key) : nil })
        return Activity(
            days: days, weeks: weeks, currentStreak: streaks.current(today: today), longestStreak: streaks.longest,
            activeDays: streaks.days.count, timeSpent: snapshot.totals.timeSpent,
            lastAnswer: evaluations.compactMap { $0.state?.lastAnsweredAt }.max())
    }

    private static func nextStep(
        schedule: Schedule, lessons: [Group], course: Course, leeches: Int, evaluations: [Mastery.Evaluation]
    ) -> String {
        if schedule.dueNow > 0 {
            return "\(schedule.dueNow) due: run `review`"
        }
        if let index = lessons.firstIndex(where: { $0.detail?.hasPrefix("in progress") == true }) {
            return "lesson \(index + 1) \(lessons[index].detail ?? ""): run `study \(index + 1)`"
        }
        if let index = lessons.firstIndex(where: { $0.detail == LessonState.notStarted.description }) {
            return "lesson \(index + 1) not started: run `study \(index + 1)`"
        }
        if schedule.newToday > 0 {
            return "\(schedule.newLeft) new question\(schedule.newLeft == 1 ? "" : "s") left: run `review`"
        }
        if leeches > 0 {
            return "\(leeches) leech\(leeches == 1 ? "" : "es"): take a `quiz` on their lessons and read the sources"
        }
        let next = evaluations.compactMap { $0.state?.card?.due }.min()
        return next.map { "all caught up: the next review is due \(UTCDay($0))" } ?? "all caught up"
    }
}

/// Runs of consecutive active days.
struct Streaks {
    /// The active days, in order.
    let days: [UTCDay]
    /// The longest run.
    let longest: Int

    init(activeDays: [UTCDay]) {
        days = activeDays.sorted()
        var longest = 0
        var run = 0
        var previous: UTCDay?
        for day in days {
            run = previous.map { day.number == $0.number + 1 } == true ? run + 1 : 1
            longest = max(longest, run)
            previous = day
        }
        self.longest = longest
    }

    /// The run ending today, or yesterday when today has no answer yet; 0 otherwise.
    func current(today: UTCDay) -> Int {
        let active = Set(days.map(\.number))
        var day = active.contains(today.number) ? today.number : today.number - 1
        var count = 0
        while active.contains(day) {
            count += 1
            day -= 1
        }
        return count
    }
}
