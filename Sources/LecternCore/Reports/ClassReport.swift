import Foundation

/// A class at one moment: every learner of a progress folder with their mastery and activity, the questions most
/// missed, the spread of mastery per lesson, who needs help, and the item analysis. Built from snapshots
/// (`ClassRoster`) and, for the item analysis, each learner's log, read on the thread that read the snapshot.
public struct ClassReport: Sendable, Equatable, Codable {
    /// Mastery buckets of the per-lesson distribution, as lower bounds in percent: 0–19, 20–39, … 80–100.
    public static let bucketBounds = [0, 20, 40, 60, 80]
    /// How many questions the most-missed list shows.
    public static let mostMissedCount = 10

    /// One learner's line.
    public struct Learner: Sendable, Equatable, Codable {
        /// The learner's folder name.
        public let name: String
        /// Questions mastered.
        public let mastered: Int
        /// `mastered / questions in the bank`.
        public let mastery: Double
        /// Questions answered at least once.
        public let seen: Int
        /// Mean retrievability of the rated questions now; nil before the first rated answer.
        public let recallNow: Double?
        /// Answers ever given.
        public let answers: Int
        /// `correct / answers`.
        public let accuracy: Double?
        /// Answers in the last 7 UTC days, today included.
        public let answersLast7Days: Int
        /// Accuracy over the last 28 UTC days; nil without answers then.
        public let accuracyLast28Days: Double?
        /// Days in a row with answers, ending today or yesterday.
        public let currentStreak: Int
        /// Seconds spent answering, ever.
        public let timeSpent: Double
        /// The latest answer's time; nil before the first.
        public let lastSession: Date?
        /// Questions due now.
        public let dueNow: Int
        /// Questions lapsed 8 times or more.
        public let leeches: Int
        /// About the files: a snapshot behind its log, other scheduler parameters; nil when nothing to say.
        public let note: String?
    }

    /// A question the class gets wrong.
    public struct Missed: Sendable, Equatable, Codable {
        /// The question's id.
        public let id: String
        /// Its prompt.
        public let prompt: String
        /// Its lesson id.
        public let lesson: String?
        /// The paragraphs it cites.
        public let paragraphs: [String]
        /// Learners who answered it.
        public let seenBy: Int
        /// Learners whose last answer was wrong or partly right.
        public let missedBy: Int
        /// Lapses summed over the class.
        public let lapses: Int
        /// `missedBy / seenBy`.
        public let missRate: Double
    }

    /// How one lesson's mastery is spread over the learners.
    public struct LessonSpread: Sendable, Equatable, Codable {
        /// The lesson's id.
        public let id: String
        /// Its title.
        public let title: String
        /// Learners per mastery bucket (`bucketBounds`).
        public let buckets: [Int]
        /// The median learner's mastery of the lesson; nil without learners.
        public let median: Double?
        /// The mean.
        public let mean: Double?
        /// Learners who opened the lesson.
        public let started: Int
        /// Learners who read it to the end.
        public let done: Int
    }

    /// A learner who needs help, and why.
    public struct Help: Sendable, Equatable, Codable {
        /// The learner.
        public let name: String
        /// The reasons, most pressing first.
        public let reasons: [String]
    }

    /// The report format version.
    public var reportVersion = LearnerReport.formatVersion
    /// The moment the report describes.
    public let generatedAt: Date
    /// The article.
    public let course: LearnerReport.CourseInfo
    /// The progress folder read.
    public let directory: String
    /// Questions in the bank.
    public let questions: Int
    /// Learners with a usable snapshot, by name.
    public let learners: [Learner]
    /// Learner folders left out, with the reason.
    public let skipped: [ClassRoster.Skipped]
    /// The questions most missed, most first.
    public let mostMissed: [Missed]
    /// Mastery per lesson across learners.
    public let lessons: [LessonSpread]
    /// Learners who need help.
    public let needsHelp: [Help]
    /// What the class's answers say about each question, paragraph and exam form.
    public let itemAnalysis: ItemAnalysis
}

extension ClassReport {
    /// The report of `roster` over `course` and `bank` at `now`; `directory` is the folder it was read from.
    public init(
        course: Course, bank: QuestionBank, roster: ClassRoster, directory: String, now: Date,
        parameters: FSRSParameters = .default
    ) {
        let summarizer = Summarizer(course: course, bank: bank, now: now, parameters: parameters)
        // Each learner's part is independent: work them out on every core, then add them up in roster order.
        let parts = ConcurrentMap.map(roster.members.count) { summarizer.part(of: roster.members[$0]) }
        self.init(
            course: course, bank: bank, parts: parts, skipped: roster.skipped, directory: directory, now: now,
            context: summarizer.context)
    }

    /// The report of the class in `folder`, read as `ClassRoster.read` reads it; `directory` is how to name the folder.
    ///
    /// Each learner's part is worked out on the thread that read the snapshot, which is then dropped: the report of
    /// a thousand learners never holds a thousand snapshots (most of its memory, and of its time spent faulting in
    /// fresh pages, when it did).
    public static func read(
        folder: URL, course: Course, bank: QuestionBank, directory: String, now: Date,
        parameters: FSRSParameters = .default
    ) throws(ProgressError) -> ClassReport {
        let summarizer = Summarizer(course: course, bank: bank, now: now, parameters: parameters)
        let (parts, skipped) = try ClassRoster.read(directory: folder, parameters: parameters) {
            summarizer.part(of: $0)
        }
        return ClassReport(
            course: course, bank: bank, parts: parts, skipped: skipped, directory: directory, now: now,
            context: summarizer.context)
    }

    /// The report from each learner's part, in roster order.
    private init(
        course: Course, bank: QuestionBank, parts: [Part], skipped: [ClassRoster.Skipped], directory: String, now: Date,
        context: ItemAnalysis.Context
    ) {
        generatedAt = now
        self.course = .init(title: course.article.title, author: course.article.author, year: course.article.year)
        self.directory = directory
        questions = bank.questions.count
        self.skipped = skipped
        var seenBy = [Int](repeating: 0, count: bank.questions.count)
        var missedBy = seenBy
        var lapses = seenBy
        var lessonShares = [[Double]](repeating: [], count: course.lessons.count)
        var started = [Int](repeating: 0, count: course.lessons.count)
        var done = started
        var learners: [Learner] = []
        learners.reserveCapacity(parts.count)
        for part in parts {
            for seen in part.seen {
                seenBy[seen.index] += 1
                missedBy[seen.index] += seen.isMissed ? 1 : 0
                lapses[seen.index] += seen.lapses
            }
            for (lesson, share) in part.lessonShares { lessonShares[lesson].append(share) }
            for lesson in part.started { started[lesson] += 1 }
            for lesson in part.done { done[lesson] += 1 }
            learners.append(part.learner)
        }
        self.learners = learners
        mostMissed = bank.questions.indices
            .filter { missedBy[$0] > 0 || lapses[$0] > 0 }
            .sorted { ($0 == $1) ? false : (-missedBy[$0], -lapses[$0], $0) < (-missedBy[$1], -lapses[$1], $1) }
            .prefix(Self.mostMissedCount)
            .map { index in
                let question = bank.questions[index]
                return Missed(
                    id: question.id, prompt: question.prompt, lesson: question.lessonID,
                    paragraphs: question.paragraphIDs, seenBy: seenBy[index], missedBy: missedBy[index],
                    lapses: lapses[index], missRate: seenBy[index] > 0 ? Double(missedBy[index]) / Double(seenBy[index]) : 0)
            }
        lessons = course.lessons.enumerated().map { index, lesson in
            let shares = lessonShares[index].sorted()
            var buckets = [Int](repeating: 0, count: Self.bucketBounds.count)
            for share in shares {
                let percent = Int((share * 100).rounded(.down))
                buckets[(Self.bucketBounds.lastIndex { percent >= $0 }) ?? 0] += 1
            }
            return LessonSpread(
                id: lesson.id, title: lesson.title, buckets: buckets, median: Self.median(shares),
                mean: shares.isEmpty ? nil : shares.reduce(0, +) / Double(shares.count), started: started[index],
                done: done[index])
        }
        needsHelp = learners.compactMap { learner in
            let reasons = Self.reasons(learner, now: now)
            return reasons.isEmpty ? nil : Help(name: learner.name, reasons: reasons)
        }.sorted { ($0.reasons.count, $1.name) > ($1.reasons.count, $0.name) }
        let flags = FlagList(flags: parts.map { (name: $0.learner.name, flags: $0.flags) }, bank: bank)
        itemAnalysis = ItemAnalysis(context: context, learners: parts.map(\.answers), flags: flags.entries)
    }

    /// What one learner adds to the report.
    private struct Part: Sendable {
        /// A question the learner has answered, by its index in the bank.
        struct Seen: Sendable {
            let index: Int
            let isMissed: Bool
            let lapses: Int
        }

        let learner: Learner
        let seen: [Seen]
        /// Share of each lesson's questions mastered, for lessons with questions, by lesson index.
        let lessonShares: [(Int, Double)]
        let started: [Int]
        let done: [Int]
        /// The learner's answers as the item analysis needs them.
        let answers: ItemAnalysis.Answers
        /// The learner's flags raised by `now`.
        let flags: [ProgressRecord.Flag]
    }

    /// Works out learners' parts; what every learner shares is computed once.
    private struct Summarizer: Sendable {
        let ids: [String]
        let lessonIDs: [String]
        /// The bank indices of each lesson's questions.
        let lessonIndices: [[Int]]
        let today: UTCDay
        let lastWeek: [String]
        let lastMonth: [String]
        let now: Date
        let parameters: FSRSParameters
        let context: ItemAnalysis.Context

        init(course: Course, bank: QuestionBank, now: Date, parameters: FSRSParameters) {
            context = ItemAnalysis.Context(course: course, bank: bank)
            ids = bank.questions.map(\.id)
            lessonIDs = course.lessons.map(\.id)
            lessonIndices = course.lessons.map { lesson in
                bank.questions.indices.filter { bank.questions[$0].lessonID == lesson.id }
            }
            let today = UTCDay(now)
            self.today = today
            lastWeek = (0..<7).map { today.adding(-$0).description }
            lastMonth = (0..<28).map { today.adding(-$0).description }
            self.now = now
            self.parameters = parameters
        }

        /// One learner's part, evaluated as `Mastery.evaluate` does, without making an evaluation per question: a
        /// class report evaluates every question of the bank for each of a thousand learners.
        func part(of member: ClassRoster.Member) -> Part {
            let snapshot = member.snapshot
            let scheduler = FSRSScheduler(parameters: snapshot.effective(parameters))
            var isMastered = [Bool](repeating: false, count: ids.count)
            var seen: [Part.Seen] = []
            var seenCount = 0
            var mastered = 0
            var dueNow = 0
            var leeches = 0
            var recallSum = 0.0
            var cards = 0
            for (index, id) in ids.enumerated() {
                let state = snapshot.questions[id]
                let recall = state?.card.map { scheduler.expectedRecall($0, at: now) }
                if state?.lastAnsweredAt != nil {
                    seen.append(.init(index: index, isMissed: Mastery.isMissed(state), lapses: state?.lapses ?? 0))
                    seenCount += 1
                    if (state?.card?.due ?? now) <= now { dueNow += 1 }
                }
                if Mastery.isMastered(state, recall: recall) {
                    isMastered[index] = true
                    mastered += 1
                }
                if state?.isLeech == true { leeches += 1 }
                // The same retrievability, summed in the same order, as `Mastery.meanRecall` at `now`.
                if let recall {
                    recallSum += recall
                    cards += 1
                }
            }
            var lessonShares: [(Int, Double)] = []
            var started: [Int] = []
            var done: [Int] = []
            for (lesson, indices) in lessonIndices.enumerated() where !indices.isEmpty {
                lessonShares.append(
                    (lesson, Double(indices.filter { isMastered[$0] }.count) / Double(indices.count)))
                let position = snapshot.lessons[lessonIDs[lesson]]
                if position != nil { started.append(lesson) }
                if position?.isComplete == true { done.append(lesson) }
            }
            let recent = lastMonth.compactMap { snapshot.days[$0] }
            let recentAnswers = recent.map(\.answers).reduce(0, +)
            let learner = Learner(
                name: member.name, mastered: mastered,
                mastery: ids.isEmpty ? 0 : Double(mastered) / Double(ids.count),
                seen: seenCount,
                recallNow: cards == 0 ? nil : recallSum / Double(cards),
                answers: snapshot.totals.answers,
                accuracy: LearnerReport.ratio(snapshot.totals.correct, snapshot.totals.answers),
                answersLast7Days: lastWeek.compactMap { snapshot.days[$0]?.answers }.reduce(0, +),
                accuracyLast28Days: LearnerReport.ratio(recent.map(\.correct).reduce(0, +), recentAnswers),
                currentStreak: Streaks(
                    activeDays: snapshot.days.compactMap { $0.value.answers > 0 ? UTCDay($0.key) : nil }
                ).current(today: today),
                timeSpent: snapshot.totals.timeSpent,
                lastSession: snapshot.questions.values.compactMap(\.lastAnsweredAt).max(),
                dueNow: dueNow, leeches: leeches, note: member.note)
            return Part(
                learner: learner, seen: seen, lessonShares: lessonShares, started: started, done: done,
                answers: ClassReport.answers(of: member, context: context, now: now),
                flags: snapshot.flags.filter { $0.at <= now })
        }
    }

    /// The item analysis's summary of the answers replay keeps from the learner's log, read without a lock and
    /// without keeping the log: each record is counted in as it is read (only the latest answer is held, for an
    /// `undo`). The readable lines only (a damaged line is the learner's own report's to explain); no answers when
    /// the log cannot be read.
    static func answers(of member: ClassRoster.Member, context: ItemAnalysis.Context, now: Date) -> ItemAnalysis.Answers {
        var answers = ItemAnalysis.Answers(name: member.name)
        guard let folder = member.folder else { return answers }
        var kept = ProgressRecord.KeptReviewStream()
        let count = { (review: ReviewRecord) in answers.add(review, context: context, now: now) }
        do throws(ProgressError) {
            _ = try ReviewLog(folder: folder).scan { kept.take($0.record, keep: count) }
        } catch {
            return ItemAnalysis.Answers(name: member.name)
        }
        kept.finish(keep: count)
        return answers
    }

    /// Why a learner needs help, most pressing first (the rules are in `docs/report-format.md`).
    static func reasons(_ learner: Learner, now: Date) -> [String] {
        var reasons: [String] = []
        guard learner.answers > 0, let last = learner.lastSession else { return ["has not answered a question yet"] }
        if let recall = learner.recallNow, recall < 0.7 {
            reasons.append("expected recall \(Charts.percent(recall))")
        }
        if let accuracy = learner.accuracyLast28Days, accuracy < 0.6 {
            reasons.append("accuracy \(Charts.percent(accuracy)) over the last 4 weeks")
        }
        if learner.leeches >= 3 { reasons.append("\(learner.leeches) leeches") }
        if learner.dueNow >= 30 { reasons.append("\(learner.dueNow) questions due") }
        let idle = Int(saturating: now.timeIntervalSince(last) / 86_400)
        if idle >= 14, learner.mastery < 0.8 { reasons.append("no answers for \(idle) days") }
        return reasons
    }

    static func median(_ sorted: [Double]) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// Pretty JSON with sorted keys and ISO 8601 dates, as documented in `docs/schemas/class-report.schema.json`.
    public func jsonData() throws -> Data {
        try ReportJSON.encode(self)
    }
}
