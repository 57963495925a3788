import Foundation

/// A learner report as terminal text: every chart with its numbers beside it, fitted to the width.
public struct ReportText {
    let report: LearnerReport
    let charts: Charts
    let width: Int

    /// Renders `report` with `options`.
    public static func render(_ report: LearnerReport, options: ReportRenderOptions = .init()) -> DisplayText {
        ReportText(report: report, charts: Charts(options), width: options.columns).lines().joined(separator: "\n")
            .asLine
    }

    /// Columns for the bar of a row whose label takes `label` columns and whose numbers take `numbers`.
    private func barWidth(label: Int, numbers: Int) -> Int {
        min(30, max(8, width - label - numbers - 4))
    }

    private func wrap(_ text: DisplayText, indent: String = "  ", hanging: String? = nil) -> [DisplayText] {
        TextWrapper.lines(
            text, width: width, indent: DisplayText(indent), hangingIndent: DisplayText(hanging ?? indent + "  "))
    }

    /// Every line of the report, none wider than the width: a line the layout could not fit (a long id, a narrow
    /// window) is wrapped under its own indent rather than left for the terminal to break mid-word.
    func lines() -> [DisplayText] {
        laidOut().flatMap { block -> [DisplayText] in
            guard DisplayWidth.of(block.string) > width else { return [block] }
            // A block may hold several lines already wrapped; each is measured on its own.
            return block.string.split(separator: "\n", omittingEmptySubsequences: false).flatMap { piece -> [DisplayText] in
                let line = DisplayText(alreadySafe: String(piece))
                guard DisplayWidth.of(line.string) > width else { return [line] }
                let indent = String(piece.prefix { $0 == " " })
                return TextWrapper.lines(
                    DisplayText(alreadySafe: String(piece.dropFirst(indent.count))), width: width,
                    indent: DisplayText(indent), hangingIndent: DisplayText(indent + "  "))
            }
        }
    }

    /// A learner with no answer and no lesson begun.
    var isFresh: Bool {
        report.overall.answers == 0 && report.lessons.allSatisfy { $0.detail == nil || $0.detail == LessonState.notStarted.description }
    }

    private func laidOut() -> [DisplayText] {
        var lines: [DisplayText] = []
        let who = report.learner.map { " \(charts.dot) \($0)" } ?? ""
        lines.append("\(charts.heading("Progress report"))\(who) \(charts.dot) \(Charts.timestamp(report.generatedAt))")
        lines += wrap(
            charts.dim("\(report.course.author), \(report.course.year): \(report.course.title)"), indent: "",
            hanging: "")
        if isFresh {
            // Nothing to chart yet: what the course holds and the first step, not a page of empty bars.
            let o = report.overall
            let lessons = report.lessons.count
            let holds = "Nothing studied yet. The course has \(lessons) lesson\(lessons == 1 ? "" : "s") and \(o.questions) question\(o.questions == 1 ? "" : "s")"
                + " on \(report.actors.count) actors, \(report.events.count) events and \(report.paragraphs.count) paragraphs."
            lines += [""] + wrap(DisplayText(holds), indent: "", hanging: "")
            lines += [""] + wrap("\(charts.heading("Next:")) \(report.nextStep)", indent: "", hanging: "  ")
            return lines
        }
        lines += [""] + overall() + fit() + [""] + groups("Lessons", report.lessons, numbered: true, showDetail: true)
        lines += [""] + groups("Actors", report.actors, numbered: false, showDetail: false)
        lines += [""] + groups("Events", report.events, numbered: false, showDetail: false)
        lines += [""] + groups("The article, paragraph by paragraph", report.paragraphs, numbered: false, showDetail: false)
        lines += [""] + schedule() + [""] + activity() + [""] + weakest()
        if !report.calibration.isEmpty { lines += [""] + calibration() }
        lines += [""] + wrap("\(charts.heading("Next:")) \(report.nextStep)", indent: "", hanging: "  ")
        return lines
    }

    private func overall() -> [DisplayText] {
        let o = report.overall
        let label = 17
        let bar = barWidth(label: label + 2, numbers: 5 + 4 + DisplayWidth.of("\(o.questions) of \(o.questions) questions"))
        var lines = [charts.heading("Overall")]
        lines.append(
            "  \(charts.fit("Mastered", label))\(charts.graded(charts.bar(o.mastery, width: bar), o.mastery)) "
                + "\(Charts.right(Charts.percent(o.mastery), 4))  \(o.mastered) of \(o.questions) questions")
        lines.append("  \(charts.fit("Seen", label))\(o.seen) of \(o.questions) questions")
        let accuracy = o.accuracy.map { "\(Charts.percent($0)) of \(o.answers) answers" } ?? "no answers yet"
        lines.append("  \(charts.fit("Accuracy", label))\(accuracy)")
        let recall = report.recall
        guard recall.now != nil else {
            lines.append("  \(charts.fit("Expected recall", label))none yet: no question has been rated")
            return lines
        }
        lines += wrap(
            DisplayText(charts.fit("Expected recall", label) + "over the \(recall.questions) question\(recall.questions == 1 ? "" : "s") answered, if none is reviewed"),
            indent: "  ", hanging: String(repeating: " ", count: label + 2))
        for (name, value) in [("now", recall.now), ("in 7 days", recall.in7Days), ("in 30 days", recall.in30Days)] {
            lines.append(
                "    \(charts.fit(name, label - 2))\(charts.graded(charts.bar(value, width: bar), value)) "
                    + "\(Charts.right(Charts.percent(value), 4))")
        }
        return lines
    }

    /// How well the scheduler predicts the learner, when the report has the fit.
    private func fit() -> [DisplayText] {
        guard let fit = report.fit else { return [] }
        var lines = [""] + wrap(
            charts.heading("Scheduling fit") + charts.dim("  \(ReportFit.heading(fit))"), indent: "", hanging: "  ")
            + wrap(DisplayText(ReportFit.summary(fit)))
        if let retention = fit.retention {
            lines += wrap(DisplayText(ReportFit.retentionNote)) + [""]
            var rows = [ReportFit.retentionHeader] + ReportFit.retentionRows(retention)
            var widths = (0..<4).map { column in rows.map { $0[column].count }.max() ?? 0 }
            // Too narrow for the young and mature columns: the periods and all reviews only.
            if widths.reduce(2 + 2 * 3, +) > width {
                rows = rows.map { [$0[0], $0[3]] }
                widths = [widths[0], widths[3]]
            }
            lines += rows.map { row in
                DisplayText("  " + row.enumerated().map { column, text -> String in
                    column == 0 ? text.padding(toLength: widths[0], withPad: " ", startingAt: 0)
                        : String(repeating: " ", count: widths[column] - text.count) + text
                }.joined(separator: "  "))
            }
        }
        return lines
    }

    private func groups(
        _ title: String, _ groups: [LearnerReport.Group], numbered: Bool, showDetail: Bool
    ) -> [DisplayText] {
        var lines: [DisplayText] = [charts.heading(title) + charts.dim("  mastered of questions")]
        let prefix = numbered ? 4 : 0
        let label = min(max(groups.map { DisplayWidth.of($0.title) }.max() ?? 10, 8), max(14, width / 3))
        // Leave room for the reading state on the same line when the width allows.
        let reserve = showDetail ? 16 : 0
        let bar = barWidth(label: prefix + label + 2, numbers: 13 + reserve)
        for (index, group) in groups.enumerated() {
            let number = numbered ? Charts.right("\(index + 1).", 3) + " " : ""
            var line: DisplayText = "  \(number)\(charts.fit(group.title, label)) "
                + "\(charts.graded(charts.bar(group.share, width: bar), group.share)) "
                + "\(Charts.right(Charts.percent(group.share), 4))  \(group.mastered)/\(group.questions)"
            if showDetail, let detail = group.detail {
                let room = width - DisplayWidth.of(line.string) - 3
                if room >= DisplayWidth.of(detail) {
                    line += charts.dim(" \(charts.dot) \(detail)")
                } else {
                    lines.append(line)
                    line = DisplayText(String(repeating: " ", count: 2 + prefix)) + charts.dim(detail)
                }
            }
            lines.append(line)
        }
        if groups.isEmpty { lines.append("  none") }
        return lines
    }

    private func schedule() -> [DisplayText] {
        let s = report.schedule
        var lines = [charts.heading("Due")]
        lines.append("  \(charts.fit("Today", 15))\(s.dueToday)\(charts.dim("  (\(s.dueNow) for `review` now)"))")
        let maximum = max(1, s.nextDays.map(\.due).max() ?? 1)
        let bar = barWidth(label: 17, numbers: 5)
        for day in s.nextDays {
            let name = UTCDay(day.date).map { Charts.weekdayNames[$0.weekday] } ?? ""
            lines.append(
                DisplayText(
                    "  " + charts.fit("\(name) \(day.date.dropFirst(5))", 15)
                        + charts.bar(Double(day.due) / Double(maximum), width: bar) + " " + Charts.right("\(day.due)", 4)))
        }
        lines.append(
            "  \(charts.fit("New left", 15))\(s.newLeft)\(charts.dim("  (\(s.newToday) more today within the daily limit)"))")
        return lines
    }

    private func activity() -> [DisplayText] {
        let a = report.activity
        var lines = [charts.heading("Activity") + charts.dim("  last \(LearnerReport.activityWeeks) weeks, UTC days")]
        let maximum = a.days.map(\.answers).max() ?? 0
        let levels = charts.heatLevels
        let weekdays = Charts.weekdayNames.map { String($0.prefix(1)) }.joined(separator: " ")
        // The correct column goes when the calendar would be wider than the report (46 columns with it).
        let showsCorrect = width >= 46
        lines.append("  \(charts.fit("week of", 12))\(weekdays)   answers" + (showsCorrect ? "  correct" : ""))
        for week in 0..<a.weeks.count {
            let days = a.days[(week * 7)..<min(week * 7 + 7, a.days.count)]
            var cells = days.map { day -> DisplayText in
                let glyph = levels[Charts.heatLevel(day.answers, maximum: maximum)]
                return day.answers > 0 ? charts.active(glyph) : DisplayText(glyph)
            }
            cells += Array(repeating: " ", count: 7 - cells.count)
            let summary = a.weeks[week]
            lines.append(
                "  \(charts.fit(summary.start, 12))\(cells.joined(separator: " "))  "
                    + DisplayText(Charts.right("\(summary.answers)", 8)
                        + (showsCorrect ? "  \(Charts.right(Charts.percent(summary.accuracy), 7))" : "")))
        }
        let ranges = Charts.heatRanges(maximum: maximum).map { $0.replacingOccurrences(of: "–", with: charts.dash) }
        let legend = zip(levels, ranges).map { "\($0) \($1)" }.joined(separator: "  ")
        lines += wrap(charts.dim("Key: " + legend + " answers a day"), indent: "  ", hanging: "       ")
        lines.append(
            DisplayText(
                "  " + charts.fit("Streak", 15) + "\(a.currentStreak) day\(a.currentStreak == 1 ? "" : "s")"
                    + " (longest \(a.longestStreak))"))
        lines.append(
            DisplayText(
                "  " + charts.fit("Time spent", 15) + Charts.duration(a.timeSpent) + " over \(a.activeDays) active day"
                    + (a.activeDays == 1 ? "" : "s")))
        if let last = a.lastAnswer {
            lines.append("  \(charts.fit("Last answer", 15))\(Charts.timestamp(last))")
        }
        let accuracies = a.weeks.map(\.accuracy)
        let known = accuracies.compactMap { $0 }
        let trend = known.isEmpty
            ? "no answers in these weeks"
            : "\(Charts.percent(known.first)) \(charts.arrow) \(Charts.percent(known.last)),"
                + " range \(Charts.percent(known.min()))\(charts.dash)\(Charts.percent(known.max()))"
        // Scaled from the lowest week to the highest, which the numbers beside it give.
        let spark = charts.sparkline(accuracies, low: known.min() ?? 0, high: known.max() ?? 1)
        lines += wrap(
            DisplayText(charts.fit("Accuracy", 15) + spark + "  " + trend), indent: "  ",
            hanging: String(repeating: " ", count: 17 + accuracies.count + 2))
        return lines
    }

    private func weakest() -> [DisplayText] {
        var lines = [charts.heading("Weakest questions")]
        if report.weakest.isEmpty { lines.append("  none yet: answer some questions first") }
        for (index, question) in report.weakest.enumerated() {
            lines += wrap(
                "\(index + 1). \(question.id) [\(question.paragraphs.joined(separator: ", "))] "
                    + charts.dim(Self.facts(question)), indent: "  ", hanging: "     ")
            lines += wrap(charts.dim(question.prompt), indent: "     ", hanging: "     ")
        }
        for (title, list, why) in [
            ("Leeches", report.leeches, "forgotten 8 times or more"),
            ("Changed", report.changed, "edited since your last answer; history kept"),
        ] where !list.isEmpty {
            lines += ["", charts.heading(title) + charts.dim("  " + why)]
            for question in list {
                lines += wrap(
                    "\(question.id) [\(question.paragraphs.joined(separator: ", "))] " + charts.dim(Self.facts(question)),
                    indent: "  ", hanging: "    ")
            }
        }
        if !report.overridden.isEmpty {
            lines += ["", charts.heading("Counted as right by you") + charts.dim("  answers graded wrong; for the course author")]
            for answer in report.overridden {
                lines += wrap("\(answer.id): “\(answer.response)”", indent: "  ", hanging: "    ")
            }
        }
        return lines
    }

    static func facts(_ question: LearnerReport.QuestionRef) -> String {
        var facts = ["recall \(Charts.percent(question.retrievability))"]
        if question.lapses > 0 { facts.append("\(question.lapses) lapse\(question.lapses == 1 ? "" : "s")") }
        if let outcome = question.lastOutcome { facts.append("last \(outcome)") }
        return facts.joined(separator: ", ")
    }

    private func calibration() -> [DisplayText] {
        var lines = [charts.heading("Calibration") + charts.dim("  accuracy by the confidence you gave")]
        let bar = barWidth(label: 12, numbers: 18)
        for row in report.calibration {
            let name = ["sure": "sure", "unsure": "unsure", "guess": "guessing"][row.confidence] ?? row.confidence
            lines.append(
                "  \(charts.fit(name, 10))\(charts.graded(charts.bar(row.accuracy, width: bar), row.accuracy)) "
                    + "\(Charts.right(Charts.percent(row.accuracy), 4))  \(row.correct) of \(row.answers)")
        }
        return lines
    }
}
