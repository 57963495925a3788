import Foundation

extension FSRSOptimizer {
    /// The outcome of fitting a learner's log: the fit, and the record to append when the fitted weights were
    /// adopted (nil when the weights in use are kept).
    public struct LogFit: Sendable, Equatable {
        /// The fit and the figures that decided it.
        public let fit: Fit
        /// The `parameters` record that adopts the fitted weights, when they predict better.
        public let record: ProgressRecord.Parameters?
    }

    /// Fits the weights to the answers replay keeps from `records`, guarded against `current` (keep-if-better),
    /// and dates the record to append at `now`.
    public func fit(log records: [ProgressRecord], current: [Double], at now: Date) throws(SchedulingError) -> LogFit {
        let set = FSRSTrainingSet(records: ProgressRecord.keptReviews(in: records))
        let fit = try fit(set, current: current)
        guard fit.isAdopted, let fitted = fit.fitted else { return LogFit(fit: fit, record: nil) }
        return LogFit(fit: fit, record: ProgressRecord.Parameters(
            weights: fit.weights, itemCount: fit.itemCount, logLoss: fitted.logLoss, rmseBins: fitted.rmseBins,
            previousRMSEBins: fit.current?.rmseBins, at: now))
    }
}
