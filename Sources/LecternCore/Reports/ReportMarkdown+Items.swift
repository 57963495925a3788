import Foundation

extension ReportMarkdown {
    /// The class report's item analysis as Markdown sections.
    static func itemAnalysis(_ items: ItemAnalysis) -> [String] {
        var lines = ["", "## Item analysis", "", prose(items.overview) + ". Figures are over each learner's first answer;"
            + " the rules and formulas are in docs/report-format.md.", ""]
        if !items.questions.isEmpty {
            lines += ["| Question | Where | Paragraphs | Learners | Answers | Facility | Discrimination | Overrides | Flags | Fails |",
                      "|---|---|---|---:|---:|---:|---:|---:|---:|---|"]
            lines += items.questions.map { q in
                "| \(MarkdownEscape.code(q.id)) | \(cell(q.place)) | \(cell(q.paragraphs.joined(separator: ", "))) |"
                    + " \(q.learners) | \(q.answers) | \(ItemAnalysis.figure(q.facility)) |"
                    + " \(ItemAnalysis.figure(q.discrimination)) | \(q.overrides) | \(q.flags.count) |"
                    + " \(cell(q.problems.joined(separator: "; "))) |"
            }
        }
        let withOptions = items.questions.filter { !$0.options.isEmpty }
        if !withOptions.isEmpty {
            lines += ["", "### Options picked", "", "First answers; the thirds are learners ranked by rest score.", "",
                      "| Question | Option | Right | Picks | Top third | Bottom third |", "|---|---|---|---:|---:|---:|"]
            for question in withOptions {
                lines += question.options.map { option in
                    "| \(MarkdownEscape.code(question.id)) | \(cell(option.text)) | \(option.isRight ? "yes" : "") |"
                        + " \(option.picks) | \(option.topThird) of \(question.thirdSize) | \(option.bottomThird) of \(question.thirdSize) |"
                }
            }
        }
        let confusions = items.questions.flatMap { q in q.confusions.map { (q.id, $0) } }
        if !confusions.isEmpty {
            lines += ["", "### Named instead", "", "| Question | Answered | For | Learners |", "|---|---|---|---:|"]
            lines += confusions.map { "| \(MarkdownEscape.code($0.0)) | \(cell($0.1.named)) | \(cell($0.1.instead)) | \($0.1.learners) |" }
        }
        let flags = items.questions.flatMap { q in q.flags.map { (q, $0) } }
        if !flags.isEmpty {
            lines += ["", "### Flags", "", "| Question | Where | Learner | Day | Note |", "|---|---|---|---|---|"]
            lines += flags.map {
                "| \(MarkdownEscape.code($0.0.id)) | \(cell($0.0.place)) | \(cell($0.1.learner ?? "")) |"
                    + " \(UTCDay($0.1.at).description) | \(cell($0.1.note)) |"
            }
        }
        lines += ["", "### Paragraphs", ""]
        if items.paragraphs.isEmpty { lines.append("No paragraph is cited by a question.") } else {
            lines += ["| Paragraph | Questions | First answers | Facility |", "|---|---:|---:|---:|"]
            lines += items.paragraphs.map {
                "| \(cell($0.id)) | \($0.questions) | \($0.firstAnswers) | \(ItemAnalysis.figure($0.facility)) |"
            }
        }
        lines += ["", "### Exam forms", ""]
        if items.forms.isEmpty { lines.append("No exam taken yet.") } else {
            lines += ["| Form | Questions | Learners | Unfinished | Mean | SD | Alpha | SE | Scores 0… |",
                      "|---|---:|---:|---:|---:|---:|---:|---:|---|"]
            lines += items.forms.map { form in
                "| \(cell(form.id)) | \(form.items) | \(form.learners) | \(form.incomplete) | \(ItemAnalysis.figure(form.mean)) |"
                    + " \(ItemAnalysis.figure(form.standardDeviation)) | \(ItemAnalysis.figure(form.alpha)) |"
                    + " \(ItemAnalysis.figure(form.standardError)) |"
                    + " \(form.distribution.map { $0.map(String.init).joined(separator: " ") } ?? "fewer than \(items.thresholds.formLearners) learners") |"
            }
        }
        return lines
    }
}
