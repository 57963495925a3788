import Foundation
import LecternCore

extension SettingsCommand {
    /// `settings retention --simulate`: a year of reviews at each retention from 0.70 to 0.97, for this learner's
    /// weights and the course's questions as they stand, and the cheapest per question remembered.
    static func simulateRetention(in context: CommandContext) throws(CommandError) -> Reply {
        let env = context.environment
        try env.requireCourse()
        let snapshot = env.progress.snapshot
        let parameters = snapshot.effective(context.environment.progress.startingParameters)
        let cards = env.bank.questions.map { snapshot.questions[$0.id]?.card }
        var configuration = RetentionSimulator.Configuration()
        configuration.newPerDay = snapshot.settings.dailyNewLimit
        let recommendation: RetentionSimulator.Recommendation
        do {
            recommendation = try RetentionSimulator(configuration: configuration).recommend(
                parameters: parameters, cards: cards, start: env.now())
        } catch {
            throw .failure("the simulation could not run: \(error)", cause: error)
        }
        return Reply(DisplayText(describe(recommendation, questions: cards.count, current: snapshot.settings.desiredRetention,
            fitted: snapshot.settings.parameters != nil)))
    }

    /// The table and the recommendation in words.
    static func describe(
        _ recommendation: RetentionSimulator.Recommendation, questions: Int, current: Double, fitted: Bool
    ) -> String {
        var lines = [
            "A year of reviews of this course's \(questions) questions, simulated with "
                + (fitted ? "your fitted weights" : "the default weights") + ":",
            "retention  reviews/day  minutes/day  remembered  seconds per question remembered",
        ]
        for outcome in recommendation.outcomes {
            let mark = outcome.desiredRetention == recommendation.recommended.desiredRetention ? "  <- cheapest" : ""
            lines.append(String(
                format: "%9.2f  %11.1f  %11.1f  %9.0f%%  %31.1f", outcome.desiredRetention, outcome.reviewsPerDay,
                outcome.minutesPerDay, outcome.shareRemembered * 100, outcome.secondsPerItemRemembered) + mark)
        }
        let best = recommendation.recommended.desiredRetention
        lines.append(String(format: "Recommended: retention %.2f, the least study per question remembered", best)
            + String(format: " (yours is %.2f). Set it with 'settings retention %.2f'.", current, best))
        for (retention, label) in [(best, "the recommended retention"), (current, "your retention")] {
            guard let warning = RetentionSimulator.warning(for: retention) else { continue }
            lines.append("Note, \(label) " + String(format: "%.2f: ", retention) + Self.words(warning))
            if retention == current { break }
        }
        return lines.joined(separator: "\n")
    }

    /// Anki's warnings in words.
    static func words(_ warning: RetentionSimulator.Warning) -> String {
        switch warning {
        case .low: "below 0.80 much is forgotten between reviews, and relearning it costs reviews too."
        case .high: "above 0.95 the workload rises steeply for little more remembered."
        }
    }
}
