import Foundation

/// The classical test statistics of the class report's item analysis, as Moodle's quiz statistics define them
/// (docs/report-format.md gives every formula): means, sample variances and covariances with n − 1, Pearson's
/// correlation, and Cronbach's alpha (KR-20 for right/wrong items) with its standard error.
public enum ItemStatistics {
    /// The mean; nil for no values.
    public static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    /// The sample variance, Σ(x − x̄)² / (n − 1); nil below two values.
    public static func variance(_ values: [Double]) -> Double? {
        covariance(values, values)
    }

    /// The sample covariance, Σ(x − x̄)(y − ȳ) / (n − 1), of two lists of the same length; nil below two pairs.
    public static func covariance(_ xs: [Double], _ ys: [Double]) -> Double? {
        guard xs.count == ys.count, xs.count >= 2, let mx = mean(xs), let my = mean(ys) else { return nil }
        var sum = 0.0
        for (x, y) in zip(xs, ys) { sum += (x - mx) * (y - my) }
        return sum / Double(xs.count - 1)
    }

    /// Pearson's correlation, cov(x, y) / √(var x · var y); nil below `minimumPairs` pairs or when either list does
    /// not vary (the correlation is then undefined).
    public static func correlation(_ xs: [Double], _ ys: [Double], minimumPairs: Int = 3) -> Double? {
        guard xs.count >= max(2, minimumPairs), let cxy = covariance(xs, ys), let vx = variance(xs), let vy = variance(ys),
            vx > 0, vy > 0
        else { return nil }
        return cxy / (vx * vy).squareRoot()
    }

    /// The reliability of a test whose `scores` are one row per learner and one column per item (every row as
    /// long): Cronbach's alpha, p/(p − 1) · (1 − Σ var(item) / var(total)), KR-20 when every mark is 0 or 1.
    public struct Reliability: Sendable, Equatable {
        /// The mean total score.
        public let mean: Double
        /// The sample standard deviation of the total scores.
        public let standardDeviation: Double
        /// Cronbach's alpha; nil when the totals do not vary.
        public let alpha: Double?
        /// The standard error of measurement, SD · √(1 − alpha) (Moodle: error ratio · SD); nil without alpha.
        public let standardError: Double?
    }

    /// The reliability of `scores`; nil below two learners or two items.
    public static func reliability(_ scores: [[Double]]) -> Reliability? {
        guard scores.count >= 2, let items = scores.first?.count, items >= 2, scores.allSatisfy({ $0.count == items })
        else { return nil }
        let totals = scores.map { $0.reduce(0, +) }
        guard let mean = mean(totals), let totalVariance = variance(totals) else { return nil }
        var itemVariances = 0.0
        for item in 0..<items { itemVariances += variance(scores.map { $0[item] }) ?? 0 }
        let p = Double(items)
        let alpha = totalVariance > 0 ? p / (p - 1) * (1 - itemVariances / totalVariance) : nil
        let deviation = totalVariance.squareRoot()
        return Reliability(
            mean: mean, standardDeviation: deviation, alpha: alpha,
            standardError: alpha.map { deviation * max(0, 1 - $0).squareRoot() })
    }
}
