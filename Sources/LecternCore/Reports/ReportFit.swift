import Foundation

/// The words and tables of a learner report's scheduling fit, shared by every format: which weights, both
/// figures, and the true retention table (`TrueRetention`).
enum ReportFit {
    /// "default weights", "the course's weights" or "fitted weights", and over how many reviews.
    static func heading(_ fit: LearnerReport.Fit) -> String {
        let which = switch fit.weights {
        case "fitted": "fitted weights"
        case "course": "the course's weights"
        default: "default weights"
        }
        return "\(which), \(fit.items) review\(fit.items == 1 ? "" : "s")"
    }

    /// Both figures in words.
    static func summary(_ fit: LearnerReport.Fit) -> String {
        "Predicted recall is off by " + String(format: "%.1f", fit.rmseBins * 100) + " points on average (RMSE(bins) "
            + String(format: "%.4f", fit.rmseBins) + "); log loss " + String(format: "%.4f", fit.logLoss)
            + " (lower is better; 0.69 is a coin toss)."
    }

    /// What the true retention table shows.
    static let retentionNote = "True retention (as Anki counts it): of the reviews a day or more after the question's"
        + " previous answer, the share recalled against the share the weights predicted; young after an interval"
        + " under 21 days, mature from 21."

    /// The table's column titles.
    static let retentionHeader = ["Period", "Young", "Mature", "All"]

    /// One row per period: recalled / predicted and the review count per interval group.
    static func retentionRows(_ retention: TrueRetention) -> [[String]] {
        retention.rows.map { [$0.title, cell($0.young), cell($0.mature), cell($0.total)] }
    }

    /// `92% / 90% of 25`, or `-` without reviews.
    static func cell(_ cell: TrueRetention.Cell) -> String {
        guard let share = cell.recalledShare else { return "-" }
        return "\(Charts.percent(share)) / \(Charts.percent(cell.predicted)) of \(cell.reviews)"
    }

    /// The CSV tables after the questions: the fit, the true retention table and the overridden answers, each after
    /// an empty line and with a header of its own.
    static func csvSections(_ report: LearnerReport) -> [[[String]]] {
        var sections: [[[String]]] = []
        if let fit = report.fit {
            sections.append([
                ["fit_weights", "fitted_at", "items", "log_loss", "rmse_bins"],
                [fit.weights, ReportCSV.date(fit.fittedAt), "\(fit.items)", ReportCSV.number(fit.logLoss),
                 ReportCSV.number(fit.rmseBins)],
            ])
            if let retention = fit.retention {
                var rows = [["retention_period", "interval", "reviews", "recalled", "recalled_share", "predicted"]]
                for row in retention.rows {
                    for (group, cell) in [("young", row.young), ("mature", row.mature), ("all", row.total)] {
                        rows.append([
                            row.period, group, "\(cell.reviews)", "\(cell.recalled)",
                            ReportCSV.number(cell.recalledShare), ReportCSV.number(cell.predicted),
                        ])
                    }
                }
                sections.append(rows)
            }
        }
        if !report.overridden.isEmpty {
            sections.append([["overridden_question", "response", "answered_at"]] + report.overridden.map {
                [$0.id, $0.response, ReportCSV.date($0.answeredAt)]
            })
        }
        return sections
    }
}
