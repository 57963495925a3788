import Foundation

/// A class report as terminal text.
public struct ClassReportText {
    let report: ClassReport
    let charts: Charts
    let width: Int

    /// Renders `report` with `options`.
    public static func render(_ report: ClassReport, options: ReportRenderOptions = .init()) -> DisplayText {
        ClassReportText(report: report, charts: Charts(options), width: options.columns).lines()
            .joined(separator: "\n").asLine
    }

    func wrap(_ text: DisplayText, indent: String = "  ", hanging: String? = nil) -> [DisplayText] {
        TextWrapper.lines(
            text, width: width, indent: DisplayText(indent), hangingIndent: DisplayText(hanging ?? indent + "  "))
    }

    func lines() -> [DisplayText] {
        let learners = "\(report.learners.count) learner" + (report.learners.count == 1 ? "" : "s")
        var lines = wrap(
            "\(charts.heading("Class report")) \(charts.dot) \(learners) \(charts.dot) \(Charts.timestamp(report.generatedAt))",
            indent: "", hanging: "  ")
        lines += wrap(charts.dim("\(report.course.author), \(report.course.year): \(report.course.title)"), indent: "", hanging: "")
        lines += wrap(charts.dim("from \(report.directory)"), indent: "", hanging: "")
        lines += [""] + learnerTable()
        if !report.skipped.isEmpty {
            lines += [""] + headed("Skipped", "listed, not counted")
            for skipped in report.skipped {
                lines += wrap("\(skipped.name): \(skipped.reason)", indent: "  ", hanging: "    ")
            }
        }
        let notes = report.learners.filter { $0.note != nil }
        if !notes.isEmpty {
            lines += ["", charts.heading("Notes")]
            for learner in notes { lines += wrap("\(learner.name): \(learner.note ?? "")", indent: "  ", hanging: "    ") }
        }
        lines += [""] + mostMissed() + [""] + spread() + [""] + help() + [""] + itemAnalysis()
        return lines
    }

    /// A heading with its note dimmed beside it, or under it when the line would be wider than the report.
    func headed(_ title: String, _ note: String, indent: String = "") -> [DisplayText] {
        let heading = DisplayText(indent) + charts.heading(title)
        if DisplayWidth.of(indent + title + "  " + note) <= width { return [heading + charts.dim("  " + note)] }
        return [heading] + wrap(charts.dim(note), indent: indent + "  ", hanging: indent + "  ")
    }

    private func learnerTable() -> [DisplayText] {
        // name, bar, mastery %, then as many of recall, 7-day answers, streak and last session as the width holds.
        let name = min(max(report.learners.map { DisplayWidth.of($0.name) }.max() ?? 6, 6), 20, max(6, width - 15))
        var columns: [(title: String, note: String, width: Int)] = [
            ("recall", "recall now", 8), ("7 days", "answers in 7 days", 8), ("streak", "streak", 8),
            ("  last session", "last session", 14),
        ]
        while !columns.isEmpty, 2 + name + 1 + 6 + 5 + columns.map(\.width).reduce(0, +) > width { columns.removeLast() }
        let numbers = 5 + columns.map(\.width).reduce(0, +)
        let bar = min(20, max(6, width - name - numbers - 4))
        var lines = headed("Learners", (["mastery"] + columns.map(\.note)).joined(separator: ", "))
        lines.append(charts.dim("  " + charts.fit("name", name) + " " + charts.fit("mastery", bar + 5)
            + columns.map { $0.title.hasPrefix(" ") ? $0.title : Charts.right($0.title, $0.width) }.joined()))
        for learner in report.learners {
            let values = [
                Charts.right(Charts.percent(learner.recallNow), 8), Charts.right("\(learner.answersLast7Days)", 8),
                Charts.right("\(learner.currentStreak)", 8), "  " + (learner.lastSession.map { UTCDay($0).description } ?? "never"),
            ]
            let numbers = Charts.right(Charts.percent(learner.mastery), 5) + values.prefix(columns.count).joined()
            lines.append(
                "  \(charts.fit(learner.name, name)) \(charts.graded(charts.bar(learner.mastery, width: bar), learner.mastery))\(numbers)")
        }
        if report.learners.isEmpty { lines.append("  no learner with a readable snapshot") }
        return lines
    }

    private func mostMissed() -> [DisplayText] {
        var lines = headed("Most missed questions", "last answer wrong, across the class")
        if report.mostMissed.isEmpty { lines.append("  none missed yet") }
        for (index, missed) in report.mostMissed.enumerated() {
            lines += wrap(
                "\(index + 1). \(missed.id) [\(missed.paragraphs.joined(separator: ", "))] "
                    + charts.dim("missed by \(missed.missedBy) of \(missed.seenBy) (\(Charts.percent(missed.missRate))),"
                        + " \(missed.lapses) lapse\(missed.lapses == 1 ? "" : "s")"),
                indent: "  ", hanging: "     ")
            lines += wrap(charts.dim(missed.prompt), indent: "     ", hanging: "     ")
        }
        return lines
    }

    private func spread() -> [DisplayText] {
        var lines = [charts.heading("Mastery per lesson across learners")]
        let ranges = ClassReport.bucketBounds.map { "\($0)" }.joined(separator: "/")
        lines += wrap(
            charts.dim("Learners per mastery band \(ranges)\(charts.dash)100%, then the counts, the median and how many"
                + " opened and finished the lesson."), indent: "  ", hanging: "  ")
        let label = min(max(report.lessons.map { DisplayWidth.of($0.title) }.max() ?? 10, 8), max(10, width - 64))
        for (index, lesson) in report.lessons.enumerated() {
            let maximum = max(1, lesson.buckets.max() ?? 1)
            let shape = charts.sparkline(lesson.buckets.map { Double($0) / Double(maximum) })
            let counts = lesson.buckets.map { Charts.right("\($0)", 4) }.joined()
            let row = "  " + Charts.right("\(index + 1).", 3) + " " + charts.fit(lesson.title, label) + " " + shape + counts
                + "  median " + Charts.right(Charts.percent(lesson.median), 4)
            let opened = "\(lesson.started) opened, \(lesson.done) done"
            if DisplayWidth.of(row + "  " + opened) <= width {
                lines.append(DisplayText(row) + charts.dim("  " + opened))
            } else {
                // Narrow: the title, shape and median on the row, the counts and who opened it under it.
                let short = "  " + Charts.right("\(index + 1).", 3) + " "
                    + charts.fit(lesson.title, max(4, width - 27)) + " " + shape + " median " + Charts.right(Charts.percent(lesson.median), 4)
                lines.append(DisplayText(short))
                lines += wrap(
                    charts.dim(lesson.buckets.map(String.init).joined(separator: " ") + "; " + opened),
                    indent: "      ", hanging: "      ")
            }
        }
        return lines
    }

    private func help() -> [DisplayText] {
        var lines = [charts.heading("Learners who need help")]
        if report.needsHelp.isEmpty { lines.append("  nobody, on these rules") }
        for help in report.needsHelp {
            lines += wrap(DisplayText("\(help.name): " + help.reasons.joined(separator: "; ")), indent: "  ", hanging: "    ")
        }
        return lines
    }
}
