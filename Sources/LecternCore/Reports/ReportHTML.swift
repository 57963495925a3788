import Foundation

/// Reports as one self-contained HTML file: inline CSS and SVG, no script, no network; well-formed XML (XHTML
/// syntax) so any XML parser reads it; every chart followed by a table with its numbers, and printable.
public enum ReportHTML {
    typealias E = SVGCharts

    static let style = """
        body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d232a;max-width:1000px;margin:2em auto;padding:0 1em}
        h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.8em;border-bottom:1px solid #ccd;padding-bottom:.2em}
        .meta{color:#555}.next{background:#eef5ff;border-left:4px solid #3569b5;padding:.5em .8em}
        table{border-collapse:collapse;margin:.6em 0;font-size:.92em}th,td{border:1px solid #d5d8de;padding:.25em .55em;text-align:left;vertical-align:top}
        th{background:#f2f4f7}td.n{text-align:right;font-variant-numeric:tabular-nums}
        figure{margin:1em 0}figcaption{color:#444;font-size:.92em;margin-top:.3em}
        details{margin:.4em 0}summary{cursor:pointer;color:#3569b5}
        svg.chart{max-width:100%;height:auto;font:12px system-ui,sans-serif}
        svg .label{fill:#333}svg .value{fill:#111;font-weight:600}svg .track{fill:#eceef2}
        svg .bar.good{fill:#2e8540}svg .bar.fair{fill:#d49a00}svg .bar.weak{fill:#c0392b}svg .bar.none{fill:#eceef2}
        svg .axis,svg .grid{stroke:#bbb;stroke-width:1}svg .trend{fill:none;stroke:#3569b5;stroke-width:2.5}svg .point{fill:#3569b5}
        svg .heat.l0{fill:#ebedf0}svg .heat.l1{fill:#9be9a8}svg .heat.l2{fill:#40c463}svg .heat.l3{fill:#30a14e}svg .heat.l4{fill:#216e39}
        svg .count{font-size:10px;fill:#123}svg .count.light{fill:#fff}
        @media print{body{margin:0;max-width:none;font-size:11pt}h2{break-after:avoid}figure,table{break-inside:avoid}details{display:block}a{color:inherit}}
        """

    /// The page around `body`.
    static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>\(E.escape(title))</title>
        <style>
        \(style)
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    /// A table: a header row and rows of cells; cells starting with a digit, `-` or ending in `%` are right-aligned.
    static func table(caption: String? = nil, _ header: [String], _ rows: [[String]]) -> String {
        var html = "<table>"
        if let caption { html += "<caption>\(E.escape(caption))</caption>" }
        html += "<thead><tr>" + header.map { "<th scope=\"col\">\(E.escape($0))</th>" }.joined() + "</tr></thead><tbody>"
        for row in rows {
            html += "<tr>" + row.map { cell in
                let numeric = cell.first.map { $0.isNumber || $0 == "-" } == true && cell.count < 12
                return numeric ? "<td class=\"n\">\(E.escape(cell))</td>" : "<td>\(E.escape(cell))</td>"
            }.joined() + "</tr>"
        }
        return html + "</tbody></table>"
    }

    static func figure(_ svg: String, caption: String, alternative: String) -> String {
        "<figure>\(svg)<figcaption>\(E.escape(caption))</figcaption></figure>"
            + "<details open=\"open\"><summary>The numbers</summary>\(alternative)</details>"
    }

    /// A learner report as one HTML file.
    public static func render(_ report: LearnerReport) -> DisplayText {
        let o = report.overall
        let title = "Progress report" + (report.learner.map { ": \($0)" } ?? "")
        var body = "<h1>\(E.escape(title))</h1>"
        body += "<p class=\"meta\">\(E.escape(report.course.author)), “\(E.escape(report.course.title))”"
            + " (\(report.course.year)). As of \(Charts.timestamp(report.generatedAt)); desired retention"
            + " \(Charts.percent(report.desiredRetention)).</p>"
        body += "<p class=\"next\"><strong>Next:</strong> \(E.escape(report.nextStep))</p>"
        body += "<h2>Overall</h2><p>Mastered <strong>\(o.mastered) of \(o.questions)</strong> questions"
            + " (\(Charts.percent(o.mastery))); seen \(o.seen); accuracy \(Charts.percent(o.accuracy)) over"
            + " \(o.answers) answers.</p>"
        let r = report.recall
        let forecast = [("now", r.now), ("in 7 days", r.in7Days), ("in 30 days", r.in30Days)]
        body += figure(
            E.columns(
                id: "recall", title: "Expected recall forecast",
                description: "Mean probability of recall of the \(r.questions) questions rated so far: "
                    + forecast.map { "\($0.0) \(Charts.percent($0.1))" }.joined(separator: ", ") + ".",
                forecast.map { E.Bar(label: $0.0, share: $0.1, value: Charts.percent($0.1)) }),
            caption: "Expected recall now, in 7 days and in 30 days if nothing is reviewed (mean FSRS retrievability).",
            alternative: table(["When", "Expected recall"], forecast.map { [$0.0, Charts.percent($0.1)] }))
        if let fit = report.fit {
            body += "<h2>Scheduling fit</h2><p>With the \(E.escape(ReportFit.heading(fit))). \(E.escape(ReportFit.summary(fit)))</p>"
            if let retention = fit.retention {
                body += "<p>\(E.escape(ReportFit.retentionNote))</p>"
                    + table(ReportFit.retentionHeader, ReportFit.retentionRows(retention))
            }
        }
        body += groupSection("Mastery per lesson", id: "lessons", report.lessons, detail: "Reading", numbered: true)
        body += groupSection("Mastery per actor", id: "actors", report.actors, detail: nil, numbered: false)
        body += groupSection("Mastery per event", id: "events", report.events, detail: "Date", numbered: false)
        body += groupSection(
            "The article, paragraph by paragraph", id: "paragraphs", report.paragraphs, detail: "Opens with",
            numbered: false)
        let s = report.schedule
        body += "<h2>Due</h2><p>\(s.dueToday) due today (overdue included), \(s.dueNow) for <code>review</code> now;"
            + " \(s.newLeft) new questions left, \(s.newToday) more today within the daily limit.</p>"
        body += table(["Day", "Questions due"], [["today", "\(s.dueToday)"]] + s.nextDays.map { [$0.date, "\($0.due)"] })
        body += activity(report.activity)
        body += "<h2>Weakest questions</h2>"
            + (report.weakest.isEmpty ? "<p>None yet: answer some questions first.</p>" : questions(report.weakest))
        if !report.leeches.isEmpty { body += "<h2>Leeches</h2><p>Forgotten 8 times or more.</p>" + questions(report.leeches) }
        if !report.changed.isEmpty {
            body += "<h2>Changed questions</h2><p>Edited since the last answer; the history is kept.</p>"
                + questions(report.changed)
        }
        if !report.overridden.isEmpty {
            body += "<h2>Counted as right by you</h2><p>Answers graded wrong that you counted as right"
                + " (<code>override</code>), for the course author to judge.</p>"
                + table(["Question", "Answered", "Your answer"], report.overridden.map {
                    [$0.id, Charts.timestamp($0.answeredAt), $0.response]
                })
        }
        if !report.calibration.isEmpty {
            let bars = report.calibration.map {
                E.Bar(label: $0.confidence == "guess" ? "guessing" : $0.confidence, share: $0.accuracy,
                      value: "\(Charts.percent($0.accuracy)) of \($0.answers)")
            }
            body += "<h2>Calibration</h2>" + figure(
                E.bars(id: "calibration", title: "Accuracy by stated confidence",
                       description: bars.map { "\($0.label): \($0.value)" }.joined(separator: "; "), bars, labelWidth: 110),
                caption: "Accuracy when sure, unsure and guessing (confidence given before the answer was revealed).",
                alternative: table(["Said", "Answers", "Correct", "Accuracy"], report.calibration.map {
                    [$0.confidence, "\($0.answers)", "\($0.correct)", Charts.percent($0.accuracy)]
                }))
        }
        body += "<p class=\"meta\">Mastered: in FSRS review, last answer correct and recall now at least 90%."
            + " Days are UTC days. Made by Lectern.</p>"
        return DisplayText(page(title: title, body: body))
    }

    static func groupSection(
        _ title: String, id: String, _ groups: [LearnerReport.Group], detail: String?, numbered: Bool
    ) -> String {
        guard !groups.isEmpty else { return "<h2>\(E.escape(title))</h2><p>None.</p>" }
        let bars = groups.enumerated().map { index, group in
            E.Bar(
                label: (numbered ? "\(index + 1). " : "") + short(group.title), share: group.share,
                value: "\(Charts.percent(group.share)) (\(group.mastered)/\(group.questions))")
        }
        let header = (numbered ? ["#"] : []) + ["Name"] + (detail.map { [$0] } ?? []) + ["Questions", "Seen", "Mastered", "Share"]
        let rows = groups.enumerated().map { index, group in
            (numbered ? ["\(index + 1)"] : []) + [group.title] + (detail == nil ? [] : [group.detail ?? ""])
                + ["\(group.questions)", "\(group.seen)", "\(group.mastered)", Charts.percent(group.share)]
        }
        return "<h2>\(E.escape(title))</h2>" + figure(
            E.bars(id: id, title: title, description: bars.map { "\($0.label): \($0.value)" }.joined(separator: "; "), bars),
            caption: "\(title): the share of questions mastered, with mastered of all questions beside each bar.",
            alternative: table(header, rows))
    }

    static func activity(_ a: LearnerReport.Activity) -> String {
        let maximum = a.days.map(\.answers).max() ?? 0
        let levels = a.days.map { Charts.heatLevel($0.answers, maximum: maximum) }
        let legend = Charts.heatRanges(maximum: maximum).map { "\($0)" }
        let total = a.days.map(\.answers).reduce(0, +)
        var html = "<h2>Activity</h2><p>Current streak \(a.currentStreak) day\(a.currentStreak == 1 ? "" : "s")"
            + " (longest \(a.longestStreak)); \(E.escape(Charts.duration(a.timeSpent))) spent over \(a.activeDays)"
            + " active days" + (a.lastAnswer.map { "; last answer \(Charts.timestamp($0))" } ?? "") + ".</p>"
        html += figure(
            E.calendar(
                id: "calendar", title: "Answers per day, last \(LearnerReport.activityWeeks) weeks",
                description: "\(total) answers on \(a.days.filter { $0.answers > 0 }.count) of \(a.days.count) days"
                    + " from \(a.days.first?.date ?? "") to \(a.days.last?.date ?? ""); busiest day \(maximum) answers.",
                days: a.days.map { ($0.date, $0.answers) }, levels: levels, legend: legend),
            caption: "Answers per day (UTC), a column per week from Monday; darker is more. The count is in each square.",
            alternative: table(
                ["Week of", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Answers", "Accuracy"],
                a.weeks.enumerated().map { index, week in
                    let days = a.days[(index * 7)..<min(index * 7 + 7, a.days.count)].map { "\($0.answers)" }
                    return [week.start] + days + Array(repeating: "", count: 7 - days.count)
                        + ["\(week.answers)", Charts.percent(week.accuracy)]
                }))
        let labels = a.weeks.map { String($0.start.dropFirst(5)) }
        html += figure(
            E.line(
                id: "accuracy", title: "Accuracy by week",
                description: "Share of correct answers per week, oldest first: "
                    + a.weeks.map { "\($0.start) \(Charts.percent($0.accuracy))" }.joined(separator: ", ") + ".",
                labels: labels, values: a.weeks.map(\.accuracy)),
            caption: "Accuracy over time: correct answers per week (gaps are weeks without answers).",
            alternative: table(["Week of", "Answers", "Correct", "Accuracy"], a.weeks.map {
                [$0.start, "\($0.answers)", "\($0.correct)", Charts.percent($0.accuracy)]
            }))
        return html
    }

    /// A label of at most 36 characters, cut with an ellipsis.
    static func short(_ text: String) -> String {
        text.count > 36 ? String(text.prefix(35)) + "…" : text
    }

    static func questions(_ list: [LearnerReport.QuestionRef]) -> String {
        table(["Question", "Source", "Recall now", "Lapses", "Last answer", "Prompt"], list.map {
            [$0.id, $0.paragraphs.joined(separator: ", "), Charts.percent($0.retrievability), "\($0.lapses)",
             $0.lastOutcome ?? "", $0.prompt]
        })
    }
}
