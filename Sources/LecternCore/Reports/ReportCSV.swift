import Foundation

/// Reports as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they need it).
public enum ReportCSV {
    /// One row per question of the learner report, with a header; then, each after an empty line with a header of
    /// its own, the scheduling fit, the true retention table and the answers the learner counted as right.
    public static func render(_ report: LearnerReport) -> DisplayText {
        let header = [
            "learner", "question", "kind", "lesson", "paragraphs", "state", "mastered", "stability_days", "difficulty",
            "retrievability", "due", "reviews", "lapses", "last_outcome", "last_answered", "leech", "changed",
        ]
        let rows = report.questions.map { q -> [String] in
            [
                report.learner ?? "", q.id, q.kind, q.lesson ?? "", q.paragraphs.joined(separator: " "), q.state,
                flag(q.isMastered), number(q.stability), number(q.difficulty), number(q.retrievability),
                date(q.due), "\(q.reviews)", "\(q.lapses)", q.lastOutcome ?? "", date(q.lastAnsweredAt),
                flag(q.isLeech), flag(q.isChanged),
            ]
        }
        var text = table([header] + rows)
        for section in ReportFit.csvSections(report) { text += DisplayText(alreadySafe: "\r\n") + table(section) }
        return text
    }

    /// One row per learner of the class report (skipped learners included, with their reason); then the item
    /// analysis' sections (`itemSections`).
    public static func render(_ report: ClassReport) -> DisplayText {
        let header = [
            "learner", "status", "mastered", "mastery", "seen", "recall_now", "answers", "accuracy",
            "answers_last_7_days", "accuracy_last_28_days", "current_streak", "time_spent_seconds", "last_session",
            "due_now", "leeches", "note",
        ]
        var rows = report.learners.map { l -> [String] in
            [
                l.name, "ok", "\(l.mastered)", number(l.mastery), "\(l.seen)", number(l.recallNow), "\(l.answers)",
                number(l.accuracy), "\(l.answersLast7Days)", number(l.accuracyLast28Days), "\(l.currentStreak)",
                number(l.timeSpent), date(l.lastSession), "\(l.dueNow)", "\(l.leeches)", l.note ?? "",
            ]
        }
        rows += report.skipped.map { [$0.name, "skipped"] + Array(repeating: "", count: 13) + [$0.reason] }
        var text = table([header] + rows)
        for section in itemSections(report.itemAnalysis) { text += DisplayText(alreadySafe: "\r\n") + table(section) }
        return text
    }

    /// The rows as CSV: the CRLF line ends are the format's, and every field is display text (control characters
    /// in a field are shown, not written).
    static func table(_ rows: [[String]]) -> DisplayText {
        let fields = rows.map { $0.map(field).joined(separator: ",") }
        return DisplayText(alreadySafe: fields.map { $0 + "\r\n" }.joined())
    }

    /// A field, quoted when it holds a comma, a quote, a line break or leading/trailing spaces. A field a spreadsheet
    /// would read as a formula (it begins with `=`, `+`, `-`, `@`, a tab or a carriage return) is neutralised as
    /// OWASP advises: a single quote before it, and the whole quoted. A plain number (`-0.5`) is left as it is.
    /// The formula check looks at the text as it came; its control characters are then neutralised.
    static func field(_ text: String) -> String {
        let isFormula = text.unicodeScalars.first.map { "=+-@\t\r".unicodeScalars.contains($0) } == true
            && !isPlainNumber(text)
        let text = (isFormula ? "'" : "") + DisplayText.neutralise(text)
        let needsQuotes = isFormula || text.contains { ",\"\r\n".contains($0) } || text.hasPrefix(" ") || text.hasSuffix(" ")
        return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    /// Whether `text` is a decimal number and nothing else: `-12`, `-0.25`.
    private static func isPlainNumber(_ text: String) -> Bool {
        let digits = text.first == "-" ? text.dropFirst() : text[...]
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }

    static func flag(_ value: Bool) -> String { value ? "true" : "false" }

    /// Up to 4 decimals, no trailing zeros; empty for nil.
    static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        let rounded = (value * 10_000).rounded() / 10_000
        return rounded == rounded.rounded() ? String(Int(saturating: rounded)) : String(rounded)
    }

    /// ISO 8601 in UTC with seconds; empty for nil.
    static func date(_ value: Date?) -> String {
        guard let value else { return "" }
        return value.formatted(.iso8601)
    }
}
