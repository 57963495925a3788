import Foundation

extension ClassReportText {
    /// The item analysis: failing questions first with everything about them, the others one line each, then the
    /// paragraphs and the exam forms.
    func itemAnalysis() -> [DisplayText] {
        let items = report.itemAnalysis
        var lines = headed("Item analysis", "each learner's first answer; rules in docs/report-format.md")
        lines += wrap(DisplayText(items.overview + "."), indent: "  ", hanging: "  ")
        if !items.failing.isEmpty { lines += ["", "  " + charts.heading("Questions to fix")] }
        for (index, question) in items.failing.enumerated() {
            lines += wrap("\(index + 1). \(question.id)  \(question.place)  [\(question.paragraphs.joined(separator: ", "))]",
                          indent: "  ", hanging: "     ")
            lines += detail(question)
        }
        let others = items.questions.filter(\.problems.isEmpty)
        if !others.isEmpty {
            lines += [""] + headed("Other questions", "facility, discrimination, learners", indent: "  ")
            let name = min(max(others.map { DisplayWidth.of($0.id) }.max() ?? 8, 8), max(8, width - 24))
            for question in others {
                lines.append(DisplayText("  " + charts.fit(question.id, name) + Charts.right(ItemAnalysis.figure(question.facility), 7)
                    + Charts.right(ItemAnalysis.figure(question.discrimination), 7) + Charts.right("\(question.learners)", 6)))
                for confusion in question.confusions {
                    lines += wrap(charts.dim(confusion.sentence), indent: "    ", hanging: "      ")
                }
            }
        }
        lines += [""] + headed("Paragraphs", "facility across their questions", indent: "  ")
        if items.paragraphs.isEmpty { lines.append("  no paragraph is cited by a question") }
        let label = min(max(items.paragraphs.map { DisplayWidth.of($0.id) }.max() ?? 4, 4), 16)
        for paragraph in items.paragraphs {
            let bar = charts.bar(paragraph.facility ?? 0, width: max(4, min(20, width - label - 40)))
            let row = DisplayText("  " + charts.fit(paragraph.id, label) + " ") + DisplayText(alreadySafe: bar)
                + DisplayText(Charts.right(ItemAnalysis.figure(paragraph.facility), 6))
            let counts = "\(paragraph.questions) question\(paragraph.questions == 1 ? "" : "s"), \(paragraph.firstAnswers) first answers"
            if DisplayWidth.of(row.string + "  " + counts) <= width {
                lines.append(row + charts.dim("  " + counts))
            } else {
                lines.append(row)
                lines += wrap(charts.dim(counts), indent: "    ", hanging: "    ")
            }
        }
        lines += [""] + headed("Exam forms", "exam --seed S taken by the class", indent: "  ")
        if items.forms.isEmpty { lines.append("  no exam taken yet") }
        for form in items.forms {
            lines += wrap(DisplayText(form.summary(minimum: items.thresholds.formLearners)), indent: "  ", hanging: "    ")
            if let distribution = form.distribution {
                let most = Double(max(1, distribution.max() ?? 1))
                lines += wrap(
                    charts.dim("scores 0–\(form.items): ") + DisplayText(alreadySafe: charts.sparkline(distribution.map { Double($0) / most }))
                        + charts.dim("  " + distribution.map(String.init).joined(separator: " ")),
                    indent: "    ", hanging: "    ")
            }
        }
        return lines
    }

    /// A failing question's figures, rules, options, names given instead and flags, indented under its line.
    private func detail(_ question: ItemAnalysis.Question) -> [DisplayText] {
        var lines = wrap(charts.dim(question.figures), indent: "     ", hanging: "     ")
        lines += wrap(charts.dim(question.prompt), indent: "     ", hanging: "     ")
        for problem in question.problems { lines += wrap("✗ \(problem)", indent: "     ", hanging: "       ") }
        if !question.options.isEmpty {
            lines += wrap(DisplayText("options: " + question.optionWords().joined(separator: " · ")), indent: "     ", hanging: "       ")
        }
        for confusion in question.confusions { lines += wrap("\(confusion.sentence)", indent: "     ", hanging: "       ") }
        for flag in question.flags {
            let note = flag.note.isEmpty ? "(no note)" : flag.note
            lines += wrap("flag \(flag.learner ?? "-") \(UTCDay(flag.at).description): \(note)", indent: "     ", hanging: "       ")
        }
        return lines
    }
}
