import Foundation
import LecternCore

/// A deterministic learner: review records with fixed dates, drawn from a seed, that replay into a snapshot through
/// the one replay function. Report fixtures and the class-view measurement are made with it, not written by hand.
public struct LearnerSimulation: Sendable {
    /// How many days of history end at `until`.
    public var days: Int
    /// The chance of studying on a given day.
    public var diligence: Double
    /// The chance of a right answer to a question never rated (recall is used once there is a memory state).
    public var skill: Double
    /// Answers in a study session, at most.
    public var sessionSize: Int
    /// Whether confidence is given before each answer.
    public var givesConfidence: Bool
    /// The seed of every draw.
    public var seed: UInt64

    /// A learner studying most days for ten weeks, giving confidence.
    public init(
        days: Int = 70, diligence: Double = 0.7, skill: Double = 0.7, sessionSize: Int = 14,
        givesConfidence: Bool = true, seed: UInt64 = 1
    ) {
        self.days = days
        self.diligence = diligence
        self.skill = skill
        self.sessionSize = sessionSize
        self.givesConfidence = givesConfidence
        self.seed = seed
    }

    /// The records of `days` of study ending the day before `until`, over the lessons of `course` in order: reading
    /// records for each lesson opened, due questions first, then new ones of the lessons opened so far.
    public func records(course: Course, bank: QuestionBank, until: Date) -> [ProgressRecord] {
        var rng = SplitMix64(seed: seed)
        var snapshot = ProgressSnapshot()
        var records: [ProgressRecord] = []
        func add(_ record: ProgressRecord) {
            records.append(record)
            snapshot.apply(record, parameters: .default)
        }
        let scheduler = FSRSScheduler()
        let firstDay = UTCDay(until).adding(-days)
        var lessonsOpened = 0
        for offset in 0..<days {
            guard Double.random(in: 0..<1, using: &rng) < diligence else { continue }
            // Sessions start between 07:00 and 22:00 UTC.
            var time = firstDay.adding(offset).start.addingTimeInterval(Double.random(in: 25_200...79_200, using: &rng))
            if lessonsOpened < course.lessons.count, offset % 6 == 0 || lessonsOpened == 0 {
                let lesson = course.lessons[lessonsOpened]
                let finished = Double.random(in: 0..<1, using: &rng) < 0.8 || lessonsOpened < 1
                add(.reading(.init(
                    lessonID: lesson.id, page: finished ? lesson.sections.count : 0, isComplete: finished, at: time)))
                lessonsOpened += 1
            }
            let opened = Set(course.lessons.prefix(lessonsOpened).map(\.id))
            let due = bank.questions.filter { question in
                guard let card = snapshot.questions[question.id]?.card else { return false }
                return card.due <= time
            }
            let fresh = bank.questions.filter { question in
                snapshot.questions[question.id] == nil && question.lessonID.map(opened.contains) != false
            }
            let size = Int.random(in: max(1, sessionSize / 4)...max(1, sessionSize), using: &rng)
            let session = Array((due + fresh.prefix(size)).prefix(size))
            for question in session {
                time = time.addingTimeInterval(Double.random(in: 5...40, using: &rng))
                let card = snapshot.questions[question.id]?.card
                let chance = card.map { scheduler.retrievability($0, at: time) * 0.95 + 0.03 } ?? skill
                add(.review(answer(question, at: time, chance: chance, rng: &rng)))
            }
        }
        if let flagged = bank.questions.first(where: { snapshot.questions[$0.id] != nil }) {
            add(.flag(.init(questionID: flagged.id, note: "the date looks wrong", at: firstDay.adding(days).start)))
        }
        return records
    }

    private func answer(
        _ question: Question, at time: Date, chance: Double, rng: inout SplitMix64
    ) -> ReviewRecord {
        let roll = Double.random(in: 0..<1, using: &rng)
        let skipped = roll > 0.98
        let correct = !skipped && roll < chance
        let latency = Double.random(in: 3...35, using: &rng).rounded()
        var confidence: Confidence?
        if givesConfidence {
            // Confidence follows the chance of being right, with noise: calibration has something to show.
            let felt = chance + Double.random(in: -0.3...0.3, using: &rng)
            confidence = felt > 0.8 ? .sure : felt > 0.5 ? .unsure : .guess
        }
        let rating: Rating? = skipped ? nil : !correct ? .again : latency > 25 ? .hard : confidence == .sure ? .easy : .good
        // One question in 23 was answered in an earlier wording: the report flags it as changed.
        let hash = question.id.unicodeScalars.reduce(0) { $0 + Int($1.value) } % 23 == 0 ? "earlier-wording" : question.contentHash
        return ReviewRecord(
            questionID: question.id, contentHash: hash, answeredAt: time, kind: question.kind.rawValue,
            response: correct ? "right" : skipped ? "" : "wrong", outcome: skipped ? .skipped : correct ? .correct : .incorrect,
            credit: correct ? 1 : 0, rating: rating, hintsUsed: 0, latency: latency, confidence: confidence,
            mode: .review)
    }

    /// The snapshot the records replay to.
    public func snapshot(course: Course, bank: QuestionBank, until: Date) -> ProgressSnapshot {
        ProgressSnapshot.replaying(records(course: course, bank: bank, until: until))
    }
}
