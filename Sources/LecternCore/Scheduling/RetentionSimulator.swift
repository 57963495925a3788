import Foundation

/// Simulates a learner's next year of reviews at several desired retentions, to choose one knowing its workload.
///
/// The simulated learner forgets exactly as the given weights predict: a review on a later day is recalled with the
/// scheduler's retrievability then (so a learner with fitted weights is simulated as themselves), rated
/// Hard/Good/Easy in the given shares when recalled and Again when not; a new question's first rating is drawn from
/// its own shares. Questions come in at most `newPerDay` a day in the order given, and every due question is
/// reviewed on its due day (no daily cap), learning and relearning steps included. Each retention is run with a
/// generator seeded the same way, so differences between retentions are not noise between runs.
public struct RetentionSimulator: Sendable {
    /// The desired retentions compared, from 0.70 to 0.97.
    public static let retentions: [Double] = [0.70, 0.75, 0.80, 0.85, 0.90, 0.95, 0.97]

    /// How the simulated learner behaves.
    public struct Configuration: Sendable, Equatable {
        /// Days simulated.
        public var days = 365
        /// New questions introduced a day, at most.
        public var newPerDay = 20
        /// Shares of Again, Hard, Good, Easy on a question's first review (fsrs-rs's simulator defaults).
        public var firstRatingShares: [Double] = [0.24, 0.094, 0.495, 0.171]
        /// Shares of Hard, Good, Easy when a review is recalled (fsrs-rs's simulator defaults).
        public var recallRatingShares: [Double] = [0.224, 0.631, 0.145]
        /// Seconds a review takes by the phase the question was in (learning, review, relearning) and the rating
        /// (Again to Easy): fsrs-rs's simulator defaults. The command can pass the learner's own from the log.
        public var secondsPerReview: [[Double]] = [
            [19.58, 18.79, 13.78, 10.71], [19.38, 17.59, 12.38, 8.94], [16.44, 15.25, 12.32, 8.03],
        ]
        /// Seeds the draws; the same seed gives the same outcomes.
        public var seed: UInt64 = 42

        /// The defaults: a year, 20 new questions a day, fsrs-rs's rating shares, seed 42.
        public init() {}
    }

    /// What one desired retention costs and yields.
    public struct Outcome: Sendable, Equatable {
        /// The desired retention simulated.
        public let desiredRetention: Double
        /// Reviews over the simulated days, learning steps included.
        public let reviews: Int
        /// Reviews per day on average.
        public let reviewsPerDay: Double
        /// The expected share of all the questions (introduced or not) recalled on the day after the last.
        public let shareRemembered: Double
        /// Minutes of study per day on average, from `secondsPerReview`.
        public let minutesPerDay: Double
        /// Reviews per question remembered at the end.
        public let reviewsPerItemRemembered: Double
        /// Seconds of study per question remembered at the end: what the recommendation minimises.
        public let secondsPerItemRemembered: Double
    }

    /// A caution about a desired retention, following Anki's (amber) warnings.
    public enum Warning: Sendable, Equatable {
        /// Below 0.80: much is forgotten between reviews, and relearning it costs reviews too.
        case low
        /// Above 0.95: the workload rises steeply for little more remembered.
        case high
    }

    /// Every retention's outcome and the cheapest per question remembered.
    public struct Recommendation: Sendable, Equatable {
        /// One outcome per retention in `RetentionSimulator.retentions`.
        public let outcomes: [Outcome]
        /// The outcome with the least study time per question remembered (the lower retention on a tie).
        public let recommended: Outcome
    }

    /// How the simulated learner behaves.
    public let configuration: Configuration

    /// Creates a simulator.
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// Anki's warning for `retention`, if any.
    public static func warning(for retention: Double) -> Warning? {
        retention < 0.80 ? .low : retention > 0.95 ? .high : nil
    }

    /// Simulates every retention in `retentions` and recommends the one with the least study time per question
    /// remembered, as py-fsrs's optimal retention and Anki's simulator weigh workload against memory.
    ///
    /// `cards` are the course's questions in the order new ones are introduced: the current state of each seen one,
    /// `nil` for each not yet seen. `parameters` gives the weights and steps; its desired retention is replaced.
    public func recommend(
        parameters: FSRSParameters, cards: [CardState?], start: Date
    ) throws(SchedulingError) -> Recommendation {
        var outcomes: [Outcome] = []
        for retention in Self.retentions {
            outcomes.append(try simulate(parameters: parameters, cards: cards, start: start, desiredRetention: retention))
        }
        var best = outcomes[0]
        for outcome in outcomes.dropFirst() where outcome.secondsPerItemRemembered < best.secondsPerItemRemembered {
            best = outcome
        }
        return Recommendation(outcomes: outcomes, recommended: best)
    }

    /// Simulates `configuration.days` days from `start` at `desiredRetention`.
    public func simulate(
        parameters: FSRSParameters, cards: [CardState?], start: Date, desiredRetention: Double
    ) throws(SchedulingError) -> Outcome {
        let scheduler = FSRSScheduler(
            parameters: try FSRSParameters(
                weights: parameters.weights, desiredRetention: desiredRetention,
                learningSteps: parameters.learningSteps, relearningSteps: parameters.relearningSteps,
                maximumInterval: parameters.maximumInterval))
        var random = SplitMix64(seed: configuration.seed)
        var states = cards
        let unseen = cards.indices.filter { cards[$0] == nil }
        var introduced = 0
        var reviews = 0
        var seconds = 0.0
        for day in 0..<configuration.days {
            let dayStart = start.addingTimeInterval(Double(day) * FSRSScheduler.secondsPerDay)
            let dayEnd = dayStart.addingTimeInterval(FSRSScheduler.secondsPerDay)
            let fresh = unseen[introduced..<min(introduced + configuration.newPerDay, unseen.count)]
            introduced += fresh.count
            for index in fresh {
                let rating = Self.draw(configuration.firstRatingShares, from: [.again, .hard, .good, .easy], &random)
                states[index] = scheduler.review(nil, rating: rating, at: dayStart)
                reviews += 1
                seconds += cost(of: rating, in: .learning)
            }
            // Review whatever falls due today, again and again while steps keep a question due before tomorrow.
            for _ in 0..<Self.maximumRoundsPerDay {
                var reviewed = false
                for index in states.indices {
                    guard let card = states[index], card.due < dayEnd else { continue }
                    let now = max(card.due, dayStart)
                    let recalled = Self.uniform(&random) < scheduler.retrievability(card, at: now)
                    let rating =
                        recalled
                        ? Self.draw(configuration.recallRatingShares, from: [.hard, .good, .easy], &random) : .again
                    states[index] = scheduler.review(card, rating: rating, at: now)
                    reviews += 1
                    seconds += cost(of: rating, in: card.phase)
                    reviewed = true
                }
                if !reviewed { break }
            }
        }
        let end = start.addingTimeInterval(Double(configuration.days) * FSRSScheduler.secondsPerDay)
        let remembered = states.reduce(0.0) { total, card in
            total + (card.map { scheduler.retrievability($0, at: end) } ?? 0)
        }
        let share = cards.isEmpty ? 0 : remembered / Double(cards.count)
        let days = Double(max(configuration.days, 1))
        return Outcome(
            desiredRetention: desiredRetention, reviews: reviews, reviewsPerDay: Double(reviews) / days,
            shareRemembered: share, minutesPerDay: seconds / 60 / days,
            reviewsPerItemRemembered: remembered > 0 ? Double(reviews) / remembered : .infinity,
            secondsPerItemRemembered: remembered > 0 ? seconds / remembered : .infinity)
    }

    private func cost(of rating: Rating, in phase: CardState.Phase) -> Double {
        let row: Int
        switch phase {
        case .learning: row = 0
        case .review: row = 1
        case .relearning: row = 2
        }
        let costs = configuration.secondsPerReview
        guard costs.indices.contains(row), costs[row].indices.contains(rating.rawValue - 1) else { return 0 }
        return costs[row][rating.rawValue - 1]
    }

    /// A bound on same-day rounds, so a question rated Hard at a step again and again cannot hold up a day.
    static let maximumRoundsPerDay = 20

    /// A draw in [0, 1) from the top 53 bits.
    private static func uniform(_ random: inout SplitMix64) -> Double {
        Double(random.next() >> 11) / Double(1 << 53)
    }

    private static func draw(_ shares: [Double], from ratings: [Rating], _ random: inout SplitMix64) -> Rating {
        let total = shares.reduce(0, +)
        var point = uniform(&random) * total
        for (share, rating) in zip(shares, ratings) {
            if point < share { return rating }
            point -= share
        }
        return ratings[ratings.count - 1]
    }
}
