import Foundation
import LecternCore

extension SettingsCommand {
    /// `settings optimize`: fits the weights to the learner's log and adopts them if they predict it better.
    static func optimize(in context: CommandContext) throws(CommandError) -> Reply {
        let env = context.environment
        let records: [ProgressRecord]
        do {
            records = try env.progress.records()
        } catch {
            throw .failure("your review log could not be read: \(error)", cause: error)
        }
        let current = env.progress.snapshot.effective(env.progress.startingParameters).weights
        let result: FSRSOptimizer.LogFit
        do {
            result = try FSRSOptimizer().fit(log: records, current: current, at: env.now())
        } catch {
            throw .failure("the weights could not be fitted: \(error)", cause: error)
        }
        guard let record = result.record else { return Reply(DisplayText(describe(result.fit))) }
        // A learner whose files cannot be written still sees the figures: fitting only reads.
        if let reason = env.progress.readOnlyReason {
            return Reply(DisplayText(describe(result.fit).replacingOccurrences(of: adoptedLine, with: "")
                + "Nothing was saved: your progress is read-only (\(reason)), so your reviews keep the weights in use."))
        }
        do {
            try env.progress.adopt(record)
        } catch {
            throw .failure("the fitted weights could not be saved: \(error)", cause: error)
        }
        return Reply(DisplayText(describe(result.fit)))
    }

    /// `settings reset-parameters`: the default weights from now on.
    static func resetParameters(in context: CommandContext) throws(CommandError) -> Reply {
        let env = context.environment
        guard env.progress.snapshot.settings.parameters != nil else {
            return Reply("Your reviews are already scheduled with the default weights.")
        }
        do {
            try env.progress.adopt(.reset(at: env.now()))
        } catch {
            throw .failure("the setting could not be saved: \(error)", cause: error)
        }
        return Reply("Saved: your reviews are scheduled with the default weights from now on.")
    }

    /// The fit in words: how many items, both figures, and what was decided. `yours` names whose predictions
    /// they are ("Your", "The class's"); `against` names the weights the fit had to beat.
    static func describe(
        _ fit: FSRSOptimizer.Fit, yours: String = "Your", against: String = "the weights in use"
    ) -> String {
        let isLearner = yours == "Your"
        let items = fit.itemCount == 1 ? "1 review" : "\(fit.itemCount) reviews"
        if case let .nothing(needed) = fit.scope {
            return """
                Not enough reviews to fit yet: \(items) can be used, and \(needed) more are needed.
                A review counts when it comes on a later day than the question's previous one.
                """
        }
        var lines: [String] = []
        switch fit.scope {
        case .allWeights:
            lines.append("Fitted all 21 weights to \(items).")
        case let .initialStabilities(needed):
            lines.append("Fitted the first four weights (how long a first answer is remembered) to \(items)"
                + (needed > 0 ? "; \(needed) more reviews would allow all 21." : "."))
        case .nothing:
            break
        }
        if let before = fit.current, let after = fit.fitted {
            lines.append("\(yours) predicted recall was off by \(points(before.rmseBins)) points on average"
                + (isLearner ? "" : " with \(against)") + "; fitted: \(points(after.rmseBins)).")
            lines.append("Log loss (lower is better): \(figure(before.logLoss)); fitted: \(figure(after.logLoss)).")
        }
        if fit.isAdopted {
            lines.append(isLearner
                ? adoptedLine
                : "Adopted: the fitted weights predict the class's reviews better on both figures.")
        } else {
            lines.append("Kept \(against): the fitted ones did not predict \(isLearner ? "your" : "the class's")"
                + " reviews better on both figures.")
        }
        return lines.joined(separator: "\n")
    }

    /// The last line of a learner's fit whose weights were adopted.
    static let adoptedLine =
        "Adopted: the fitted weights schedule your reviews from now on ('settings reset-parameters' undoes it)."

    /// The course's set when the learner's scheduler starts from it (`Quizzes/fsrs-parameters.json`), else nil.
    static func courseWeights(_ env: ShellEnvironment) -> CourseParameterSet? {
        guard env.progress.startingParameters.weights != FSRSParameters.defaultWeights else { return nil }
        return try? CourseParameterSet.read(course: env.course.root)
    }

    /// RMSE(bins) as percentage points with one decimal.
    static func points(_ share: Double) -> String {
        String(format: "%.1f", share * 100)
    }

    /// A log loss with three decimals.
    static func figure(_ value: Double) -> String {
        String(format: "%.3f", value)
    }

    /// The `weights` line of `settings`.
    static func weightsLine(_ parameters: ProgressRecord.Parameters?, course: CourseParameterSet? = nil) -> String {
        guard let parameters, let rmse = parameters.rmseBins else {
            if let course {
                let day = course.fittedAt.formatted(.iso8601.year().month().day())
                return "weights       the course's (\(CourseParameterSet.relativePath)), fitted on \(day) to"
                    + " \(course.itemCount) reviews of \(course.learners) learner\(course.learners == 1 ? "" : "s"): predicted"
                    + " recall off by \(points(course.rmseBins)) points on average (\(points(course.previousRMSEBins))"
                    + " before)  (fit your own with 'settings optimize')"
            }
            return "weights       the defaults  (fit them to your reviews with 'settings optimize')"
        }
        let day = parameters.at.formatted(.iso8601.year().month().day())
        var line = "weights       fitted on \(day) to \(parameters.itemCount) reviews: predicted recall off by "
            + "\(points(rmse)) points on average"
        if let previous = parameters.previousRMSEBins { line += " (\(points(previous)) before)" }
        if let logLoss = parameters.logLoss { line += ", log loss \(figure(logLoss))" }
        return line + "  ('settings reset-parameters' returns to the defaults)"
    }
}
