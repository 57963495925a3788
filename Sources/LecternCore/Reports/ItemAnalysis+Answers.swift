import Foundation

extension ItemAnalysis {
    /// What every learner's answers are read against: the bank's questions by id, and for each typed question the
    /// actor or year a wrong answer may name instead. Built once per report.
    public struct Context: Sendable {
        /// The bank's questions, in bank order.
        let questions: [LecternCore.Question]
        /// Bank index by question id.
        let index: [String: Int]
        let names: ActorNameIndex
        /// Per bank index, how a wrong typed answer names something else; nil for questions where it cannot.
        let confusables: [Confusable?]
        /// Per bank index, the options and which are right, for the kinds with options; nil for the rest.
        let options: [[(text: String, isRight: Bool)]?]
        /// The article's paragraph ids, in article order.
        let paragraphIDs: [String]

        /// What a wrong typed answer can be read as.
        enum Confusable: Sendable {
            /// The right answer is this actor (by id), shown by this name.
            case actor(id: String, name: String)
            /// The right answer is this year.
            case year(Double)
        }

        /// The context of `bank` in `course`.
        public init(course: Course, bank: QuestionBank) {
            questions = bank.questions
            index = Dictionary(bank.questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            let names = ActorNameIndex(actors: course.actors)
            self.names = names
            confusables = bank.questions.map { question in
                switch question.body {
                case .typed(let answer, _), .cloze(_, let answer, _, _):
                    return names.resolve(answer).map { .actor(id: $0.actor.id, name: $0.actor.name) }
                case .number(let answer, _, let unit):
                    return NumberReader.isYear(answer, unit: unit) ? .year(answer) : nil
                default:
                    return nil
                }
            }
            options = bank.questions.map { question in
                switch question.body {
                case .choice(let options, let answer):
                    return options.enumerated().map { ($1, $0 == answer) }
                case .multi(let options, let answers):
                    return options.enumerated().map { ($1, answers.contains($0)) }
                case .trueFalse(let answer):
                    return [("true", answer), ("false", !answer)]
                case .whoSaid(_, let options, let answer):
                    return options.enumerated().map { (course.actor($1)?.name ?? $1, $0 == answer) }
                default:
                    return nil
                }
            }
            paragraphIDs = course.article.paragraphs.map(\.id)
        }

        /// What a wrong `response` to the question at `index` names instead of the right answer, if anything.
        func named(_ response: String, at index: Int) -> String? {
            switch confusables[index] {
            case let .actor(id, _)?:
                guard let match = names.resolve(response), match.actor.id != id else { return nil }
                return match.actor.name
            case let .year(year)?:
                guard let value = Grader.readNumber(Grader.unquoted(response)), value != year,
                    NumberReader.isYear(value, unit: nil)
                else { return nil }
                return NumberReader.format(value, asYear: true)
            case nil:
                return nil
            }
        }

        /// The right answer a confusion is named for.
        func rightAnswer(at index: Int) -> String {
            switch confusables[index] {
            case let .actor(_, name)?: name
            case let .year(year)?: NumberReader.format(year, asYear: true)
            case nil: ""
            }
        }
    }

    /// A learner's first answer to a question.
    struct First: Sendable, Equatable {
        /// Its mark, the credit (a skip is 0).
        let credit: Double
        /// The options it picked, when the record says.
        let chosen: [String]?
    }

    /// One learner's answers as the item analysis needs them, worked out from their kept answers on the thread that
    /// read the log and kept instead of the log: first answers, counts, names given instead, exam forms.
    public struct Answers: Sendable {
        /// The learner's folder name.
        public let name: String
        /// The first answer to each question answered, by bank index.
        var first: [Int: First] = [:]
        /// Answers per question.
        var counts: [Int: Int] = [:]
        /// Overridden answers per question.
        var overrides: [Int: Int] = [:]
        /// What the learner named instead of the right answer, per question.
        var named: [Int: Set<String>] = [:]
        /// Per exam form, the mark of the first answer to each of its questions.
        var forms: [String: [Int: Double]] = [:]

        /// The summary of `reviews` (the answers replay keeps, in log order) given up to `now`; answers to
        /// questions no longer in the bank are left out.
        public init(name: String, reviews: [ReviewRecord], context: Context, now: Date) {
            self.init(name: name)
            for review in reviews { add(review, context: context, now: now) }
        }

        /// No answers yet; `add` counts them in, in log order.
        init(name: String) {
            self.name = name
        }

        /// Counts in the next answer replay keeps, when it was given up to `now` to a question still in the bank.
        mutating func add(_ review: ReviewRecord, context: Context, now: Date) {
            guard review.answeredAt <= now, let index = context.index[review.questionID] else { return }
            counts[index, default: 0] += 1
            if first[index] == nil { first[index] = First(credit: review.credit, chosen: review.chosen) }
            if review.overridden { overrides[index, default: 0] += 1 }
            if review.outcome == .incorrect || review.outcome == .partial,
                let other = context.named(review.response, at: index)
            {
                named[index, default: []].insert(other)
            }
            if let form = review.form, forms[form]?[index] == nil {
                forms[form, default: [:]][index] = review.credit
            }
        }
    }
}
