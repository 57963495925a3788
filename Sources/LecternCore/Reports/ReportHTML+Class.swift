import Foundation

extension ReportHTML {
    /// A class report as one HTML file.
    public static func render(_ report: ClassReport) -> DisplayText {
        let title = "Class report"
        var body = "<h1>\(title)</h1>"
        body += "<p class=\"meta\">\(E.escape(report.course.author)), “\(E.escape(report.course.title))”"
            + " (\(report.course.year)). As of \(Charts.timestamp(report.generatedAt)); \(report.learners.count)"
            + " learners read from <code>\(E.escape(report.directory))</code>, \(report.skipped.count) skipped.</p>"
        body += "<h2>Learners</h2>"
        if report.learners.isEmpty {
            body += "<p>No learner with a readable snapshot.</p>"
        } else {
            let bars = report.learners.map {
                E.Bar(label: String($0.name.prefix(28)), share: $0.mastery, value: "\(Charts.percent($0.mastery)) (\($0.mastered))")
            }
            // A thousand bars say nothing a table does not; draw the chart for a class of readable size.
            if bars.count <= 60 {
                body += figure(
                    E.bars(id: "learners", title: "Mastery per learner",
                           description: bars.map { "\($0.label): \($0.value)" }.joined(separator: "; "), bars, labelWidth: 160),
                    caption: "Mastery per learner: the share of the \(report.questions) questions mastered.",
                    alternative: "<p>The table below lists every learner.</p>")
            }
            body += table(
                ["Learner", "Mastery", "Recall now", "Answers", "Answers (7 days)", "Accuracy (28 days)", "Streak",
                 "Time", "Last session", "Due", "Leeches", "Note"],
                report.learners.map {
                    [$0.name, Charts.percent($0.mastery), Charts.percent($0.recallNow), "\($0.answers)",
                     "\($0.answersLast7Days)", Charts.percent($0.accuracyLast28Days), "\($0.currentStreak)",
                     Charts.duration($0.timeSpent), $0.lastSession.map(Charts.timestamp) ?? "never", "\($0.dueNow)",
                     "\($0.leeches)", $0.note ?? ""]
                })
        }
        if !report.skipped.isEmpty {
            body += "<h2>Skipped</h2>" + table(["Learner", "Reason"], report.skipped.map { [$0.name, $0.reason] })
        }
        body += "<h2>Most missed questions</h2>"
        body += report.mostMissed.isEmpty
            ? "<p>None missed yet.</p>"
            : table(["Question", "Source", "Missed by", "Seen by", "Miss rate", "Lapses", "Prompt"], report.mostMissed.map {
                [$0.id, $0.paragraphs.joined(separator: ", "), "\($0.missedBy)", "\($0.seenBy)",
                 Charts.percent($0.missRate), "\($0.lapses)", $0.prompt]
            })
        let medians = report.lessons.enumerated().map { index, lesson in
            E.Bar(label: "\(index + 1). " + short(lesson.title), share: lesson.median,
                  value: "median \(Charts.percent(lesson.median))")
        }
        body += "<h2>Mastery per lesson across learners</h2>" + figure(
            E.bars(id: "lesson-medians", title: "Median mastery per lesson",
                   description: medians.map { "\($0.label): \($0.value)" }.joined(separator: "; "), medians),
            caption: "The median learner's mastery of each lesson; the table gives the whole distribution.",
            alternative: table(
                ["#", "Lesson", "0–19%", "20–39%", "40–59%", "60–79%", "80–100%", "Median", "Mean", "Opened", "Done"],
                report.lessons.enumerated().map { index, lesson in
                    ["\(index + 1)", lesson.title] + lesson.buckets.map(String.init)
                        + [Charts.percent(lesson.median), Charts.percent(lesson.mean), "\(lesson.started)", "\(lesson.done)"]
                }))
        body += "<h2>Learners who need help</h2>"
        body += report.needsHelp.isEmpty
            ? "<p>Nobody, on these rules.</p>"
            : "<ul>" + report.needsHelp.map {
                "<li><strong>\(E.escape($0.name))</strong>: \(E.escape($0.reasons.joined(separator: "; ")))</li>"
            }.joined() + "</ul>"
        body += itemAnalysis(report.itemAnalysis)
        body += "<p class=\"meta\">Read from snapshots, and logs for the item analysis, without locks. Days are UTC days. Made by Lectern.</p>"
        return DisplayText(page(title: title, body: body))
    }
}
