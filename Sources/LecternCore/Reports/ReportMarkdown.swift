import Foundation

/// Reports as Markdown documents: headings, tables with the numbers, and bars in code spans.
public enum ReportMarkdown {
    /// A learner report as a Markdown document.
    public static func render(_ report: LearnerReport, charset: ReportRenderOptions.Charset = .unicode) -> DisplayText {
        let charts = Charts(ReportRenderOptions(charset: charset))
        func bar(_ share: Double?) -> String { share == nil ? "" : "`\(charts.bar(share, width: 10))`" }
        var lines = ["# Progress report" + (report.learner.map { ": \(cell($0))" } ?? ""), ""]
        lines.append("\(prose(report.course.author)), “\(prose(report.course.title))” (\(report.course.year)).  ")
        lines.append("As of \(Charts.timestamp(report.generatedAt)); desired retention \(Charts.percent(report.desiredRetention)).")
        lines += ["", "**Next:** \(prose(report.nextStep))", "", "## Overall", ""]
        let o = report.overall
        lines += [
            "| | |", "|---|---|",
            "| Mastered | \(o.mastered) of \(o.questions) questions (\(Charts.percent(o.mastery))) \(bar(o.mastery)) |",
            "| Seen | \(o.seen) of \(o.questions) questions |",
            "| Accuracy | \(o.accuracy.map { "\(Charts.percent($0)) of \(o.answers) answers" } ?? "no answers yet") |",
            "| Expected recall now | \(Charts.percent(report.recall.now)) \(bar(report.recall.now)) |",
            "| … in 7 days | \(Charts.percent(report.recall.in7Days)) \(bar(report.recall.in7Days)) |",
            "| … in 30 days | \(Charts.percent(report.recall.in30Days)) \(bar(report.recall.in30Days)) |",
        ]
        lines += ["", "Expected recall is the mean FSRS retrievability of the \(report.recall.questions) questions"
            + " rated so far, if none of them is reviewed again."]
        lines += fit(report.fit)
        for (title, groups, detail) in [
            ("Lessons", report.lessons, "Reading"), ("Actors", report.actors, nil), ("Events", report.events, "Date"),
            ("The article, paragraph by paragraph", report.paragraphs, "Opens with"),
        ] {
            lines += ["", "## \(title)", ""]
            lines.append("| \(title == "Lessons" ? "# | " : "")Name | \(detail.map { "\($0) | " } ?? "")Mastered | Share | |")
            lines.append("|\(title == "Lessons" ? "---:|" : "")---|\(detail == nil ? "" : "---|")---:|---:|---|")
            for (index, group) in groups.enumerated() {
                let number = title == "Lessons" ? "\(index + 1) | " : ""
                let extra = detail == nil ? "" : "\(cell(group.detail ?? "")) | "
                lines.append(
                    "| \(number)\(cell(group.title)) | \(extra)\(group.mastered) of \(group.questions) |"
                        + " \(Charts.percent(group.share)) | \(bar(group.share)) |")
            }
        }
        let s = report.schedule
        lines += ["", "## Due", "", "| Day | Questions |", "|---|---:|", "| today (overdue included) | \(s.dueToday) |"]
        lines += s.nextDays.map { "| \($0.date) | \($0.due) |" }
        lines += ["", "\(s.dueNow) due for `review` now (one form per fact); \(s.newLeft) new questions left,"
            + " \(s.newToday) more today within the daily limit."]
        lines += activity(report.activity, charts: charts)
        lines += ["", "## Weakest questions", ""]
        lines += questionTable(report.weakest, empty: "None yet: answer some questions first.")
        if !report.leeches.isEmpty {
            lines += ["", "## Leeches", "", "Forgotten 8 times or more.", ""] + questionTable(report.leeches, empty: "")
        }
        if !report.changed.isEmpty {
            lines += ["", "## Changed questions", "", "Edited since the last answer; the history is kept.", ""]
            lines += questionTable(report.changed, empty: "")
        }
        if !report.overridden.isEmpty {
            lines += ["", "## Counted as right by you", "", "Answers graded wrong that you counted as right"
                + " (`override`), for the course author to judge.", "", "| Question | Answered | Your answer |", "|---|---|---|"]
            lines += report.overridden.map {
                "| \(MarkdownEscape.code($0.id)) | \(Charts.timestamp($0.answeredAt)) | \(cell($0.response)) |"
            }
        }
        if !report.calibration.isEmpty {
            lines += ["", "## Calibration", "", "| Said before the answer | Answers | Correct | Accuracy |", "|---|---:|---:|---:|"]
            lines += report.calibration.map {
                "| \($0.confidence == "guess" ? "guessing" : $0.confidence) | \($0.answers) | \($0.correct) |"
                    + " \(Charts.percent($0.accuracy)) |"
            }
        }
        return DisplayText(lines.joined(separator: "\n") + "\n")
    }

    /// The scheduling fit: which weights, both figures, and the true retention table.
    private static func fit(_ fit: LearnerReport.Fit?) -> [String] {
        guard let fit else { return [] }
        var lines = ["", "## Scheduling fit", "", "With the \(ReportFit.heading(fit)). \(ReportFit.summary(fit))"]
        if let retention = fit.retention {
            lines += ["", ReportFit.retentionNote, ""]
            lines += ["| " + ReportFit.retentionHeader.joined(separator: " | ") + " |", "|---|---:|---:|---:|"]
            lines += ReportFit.retentionRows(retention).map { "| " + $0.joined(separator: " | ") + " |" }
        }
        return lines
    }

    private static func activity(_ a: LearnerReport.Activity, charts: Charts) -> [String] {
        var lines = ["", "## Activity", ""]
        lines.append(
            "Current streak \(a.currentStreak) day\(a.currentStreak == 1 ? "" : "s") (longest \(a.longestStreak));"
                + " \(Charts.duration(a.timeSpent)) spent over \(a.activeDays) active day\(a.activeDays == 1 ? "" : "s")"
                + (a.lastAnswer.map { "; last answer \(Charts.timestamp($0))" } ?? "") + ".")
        let maximum = a.days.map(\.answers).max() ?? 0
        let levels = charts.heatLevels
        lines += ["", "Answers per day over the last \(LearnerReport.activityWeeks) weeks (UTC), a week per row:", ""]
        lines += ["| Week of | Mon | Tue | Wed | Thu | Fri | Sat | Sun | Answers | Accuracy |",
                  "|---|---|---|---|---|---|---|---|---:|---:|"]
        for (index, week) in a.weeks.enumerated() {
            let days = a.days[(index * 7)..<min(index * 7 + 7, a.days.count)]
            var cells = days.map { "\(levels[Charts.heatLevel($0.answers, maximum: maximum)]) \($0.answers)" }
            cells += Array(repeating: "", count: 7 - cells.count)
            lines.append(
                "| \(week.start) | \(cells.joined(separator: " | ")) | \(week.answers) | \(Charts.percent(week.accuracy)) |")
        }
        lines += ["", "Accuracy by week, oldest first: `\(charts.sparkline(a.weeks.map(\.accuracy)))` ("
            + a.weeks.map { Charts.percent($0.accuracy) }.joined(separator: ", ") + ")."]
        return lines
    }

    private static func questionTable(_ questions: [LearnerReport.QuestionRef], empty: String) -> [String] {
        guard !questions.isEmpty else { return [empty] }
        var lines = ["| Question | Source | Recall now | Lapses | Last answer | Prompt |", "|---|---|---:|---:|---|---|"]
        lines += questions.map {
            "| \(MarkdownEscape.code($0.id)) | \(cell($0.paragraphs.joined(separator: ", "))) | \(Charts.percent($0.retrievability)) |"
                + " \($0.lapses) | \(cell($0.lastOutcome ?? "")) | \(cell($0.prompt)) |"
        }
        return lines
    }

    /// Text safe inside a table cell: raw HTML as entities, pipes escaped, line breaks as spaces.
    static func cell(_ text: String) -> String { MarkdownEscape.cell(text) }

    /// Text safe in prose: raw HTML as entities, line breaks as spaces.
    static func prose(_ text: String) -> String { MarkdownEscape.inline(text) }

    /// A class report as a Markdown document.
    public static func render(_ report: ClassReport, charset: ReportRenderOptions.Charset = .unicode) -> DisplayText {
        let charts = Charts(ReportRenderOptions(charset: charset))
        var lines = ["# Class report", ""]
        lines.append("\(prose(report.course.author)), “\(prose(report.course.title))” (\(report.course.year)).  ")
        lines.append("As of \(Charts.timestamp(report.generatedAt)); \(report.learners.count) learners read from"
            + " \(MarkdownEscape.code(report.directory)), \(report.skipped.count) skipped.")
        lines += ["", "## Learners", "",
                  "| Learner | Mastery | | Recall now | Answers (7 days) | Accuracy (28 days) | Streak | Last session | Note |",
                  "|---|---:|---|---:|---:|---:|---:|---|---|"]
        for learner in report.learners {
            lines.append(
                "| \(cell(learner.name)) | \(Charts.percent(learner.mastery)) | `\(charts.bar(learner.mastery, width: 10))` |"
                    + " \(Charts.percent(learner.recallNow)) | \(learner.answersLast7Days) |"
                    + " \(Charts.percent(learner.accuracyLast28Days)) | \(learner.currentStreak) |"
                    + " \(learner.lastSession.map(Charts.timestamp) ?? "never") | \(cell(learner.note ?? "")) |")
        }
        if !report.skipped.isEmpty {
            lines += ["", "## Skipped", "", "| Learner | Reason |", "|---|---|"]
            lines += report.skipped.map { "| \(cell($0.name)) | \(cell($0.reason)) |" }
        }
        lines += ["", "## Most missed questions", ""]
        if report.mostMissed.isEmpty { lines.append("None missed yet.") } else {
            lines += ["| Question | Source | Missed by | Lapses | Prompt |", "|---|---|---:|---:|---|"]
            lines += report.mostMissed.map {
                "| \(MarkdownEscape.code($0.id)) | \(cell($0.paragraphs.joined(separator: ", "))) | \($0.missedBy) of \($0.seenBy)"
                    + " (\(Charts.percent($0.missRate))) | \($0.lapses) | \(cell($0.prompt)) |"
            }
        }
        lines += ["", "## Mastery per lesson across learners", "",
                  "| # | Lesson | 0–19% | 20–39% | 40–59% | 60–79% | 80–100% | Median | Mean | Opened | Done |",
                  "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for (index, lesson) in report.lessons.enumerated() {
            lines.append(
                "| \(index + 1) | \(cell(lesson.title)) | " + lesson.buckets.map(String.init).joined(separator: " | ")
                    + " | \(Charts.percent(lesson.median)) | \(Charts.percent(lesson.mean)) | \(lesson.started) | \(lesson.done) |")
        }
        lines += ["", "## Learners who need help", ""]
        lines += report.needsHelp.isEmpty
            ? ["Nobody, on these rules."] : report.needsHelp.map { "- **\(cell($0.name))**: \(prose($0.reasons.joined(separator: "; ")))" }
        lines += itemAnalysis(report.itemAnalysis)
        return DisplayText(lines.joined(separator: "\n") + "\n")
    }
}
