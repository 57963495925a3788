import Foundation

/// Fits the four initial stabilities w0-w3 before gradient descent, as fsrs-rs's parameter initialisation does.
///
/// For each first rating, the first later-day reviews are grouped by interval; each group's pass rate, pulled towards
/// the learner's average recall by one pseudo-review, is matched by the forgetting curve with the default decay. A
/// ternary search over S₀ in 0.001...100 minimises the count-weighted cross-entropy plus |S₀ - default|/16. Then
/// the four values are made non-decreasing from Again to Easy and missing ratings are filled in geometrically.
enum FSRSPretraining {
    static let stabilityRange = 0.001...100.0

    /// The fitted w0-w3 and how many items each first rating had, or `nil` when no first rating has any item.
    static func initialStabilities(
        _ set: FSRSTrainingSet, initialization: [FSRSTrainingSet.Item], averageRecall: Double
    ) -> (stabilities: [Double], counts: [Rating: Int])? {
        var groups: [Rating: [Int: (passed: Int, count: Int)]] = [:]
        for item in initialization where set.longTermReviewCount(item) == 1 {
            let review = set.firstLongTermReview(item)
            var group = groups[set.firstRating(item), default: [:]][review.elapsedDays] ?? (0, 0)
            group.passed += review.rating == .again ? 0 : 1
            group.count += 1
            groups[set.firstRating(item), default: [:]][review.elapsedDays] = group
        }
        var fitted: [Rating: Double] = [:]
        var counts: [Rating: Int] = [:]
        for (rating, byDays) in groups {
            let points = byDays.sorted { $0.key < $1.key }.map { days, group in
                let count = Double(group.count)
                let recall = (Double(group.passed) / count * count + averageRecall) / (count + 1)
                return (days: Double(days), recall: recall, count: count)
            }
            counts[rating] = byDays.values.reduce(0) { $0 + $1.count }
            fitted[rating] = search(points, around: FSRSParameters.defaultWeights[rating.rawValue - 1])
        }
        guard let stabilities = smoothAndFill(fitted, counts: counts) else { return nil }
        return (stabilities, counts)
    }

    /// The S₀ that best fits `points`, by ternary search.
    static func search(_ points: [(days: Double, recall: Double, count: Double)], around initial: Double) -> Double {
        let decay = -FSRSParameters.defaultWeights[20]
        let factor = pow(0.9, 1 / decay) - 1
        func loss(_ stability: Double) -> Double {
            var total = 0.0
            for point in points {
                let predicted = pow(point.days / stability * factor + 1, decay)
                total += -(point.recall * log(predicted) + (1 - point.recall) * log(1 - predicted)) * point.count
            }
            return total + abs(stability - initial) / 16
        }
        var low = stabilityRange.lowerBound
        var high = stabilityRange.upperBound
        var best = initial
        var iterations = 0
        while high - low > Double.ulpOfOne && iterations < 1000 {
            iterations += 1
            let lower = low + (high - low) / 3
            let upper = high - (high - low) / 3
            if loss(lower) < loss(upper) {
                high = upper
            } else {
                low = lower
            }
            best = (high + low) / 2
        }
        return best
    }

    /// Makes S₀ non-decreasing from Again to Easy (the rating with more items wins a disagreement) and fills in
    /// ratings without items by fsrs-rs's geometric rules; `nil` when no rating has a value.
    static func smoothAndFill(_ values: [Rating: Double], counts: [Rating: Int]) -> [Double]? {
        var known = values.filter { counts[$0.key] != nil }
        let pairs: [(Rating, Rating)] = [(.again, .hard), (.hard, .good), (.good, .easy), (.again, .good),
                                         (.hard, .easy), (.again, .easy)]
        for (small, big) in pairs {
            guard let smallValue = known[small], let bigValue = known[big], smallValue > bigValue else { continue }
            if counts[small, default: 0] > counts[big, default: 0] {
                known[big] = smallValue
            } else {
                known[small] = bigValue
            }
        }
        let w1 = 0.41
        let w2 = 0.54
        var s = [known[.again], known[.hard], known[.good], known[.easy]]
        switch known.count {
        case 0:
            return nil
        case 1:
            guard let (rating, value) = known.first else { return nil }
            let factor = value / FSRSParameters.defaultWeights[rating.rawValue - 1]
            s = FSRSParameters.defaultWeights[0..<4].map { $0 * factor }
        case 2:
            switch (s[0], s[1], s[2], s[3]) {
            case let (nil, nil, r3?, r4?):
                let r2 = pow(r3, 1 / (1 - w2)) * pow(r4, 1 - 1 / (1 - w2))
                s[1] = r2
                s[0] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
            case let (nil, r2?, nil, r4?):
                let r3 = pow(r2, 1 - w2) * pow(r4, w2)
                s[2] = r3
                s[0] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
            case let (nil, r2?, r3?, nil):
                s[3] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
                s[0] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
            case let (r1?, nil, nil, r4?):
                let k = w1 + w2 - w1 * w2
                s[1] = pow(r1, w1 / k) * pow(r4, 1 - w1 / k)
                s[2] = pow(r1, 1 - w2 / k) * pow(r4, w2 / k)
            case let (r1?, nil, r3?, nil):
                let r2 = pow(r1, w1) * pow(r3, 1 - w1)
                s[1] = r2
                s[3] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
            case let (r1?, r2?, nil, nil):
                let r3 = pow(r1, 1 - 1 / (1 - w1)) * pow(r2, 1 / (1 - w1))
                s[2] = r3
                s[3] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
            default:
                break
            }
        case 3:
            switch (s[0], s[1], s[2], s[3]) {
            case let (nil, r2?, r3?, _): s[0] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
            case let (r1?, nil, r3?, _): s[1] = pow(r1, w1) * pow(r3, 1 - w1)
            case let (_, r2?, nil, r4?): s[2] = pow(r2, 1 - w2) * pow(r4, w2)
            case let (_, r2?, r3?, nil): s[3] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
            default: break
            }
        default:
            break
        }
        return s.map { min(max($0 ?? stabilityRange.lowerBound, stabilityRange.lowerBound), stabilityRange.upperBound) }
    }
}
