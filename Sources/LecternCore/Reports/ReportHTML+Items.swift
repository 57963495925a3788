import Foundation

extension ReportHTML {
    /// The class report's item analysis: questions (those to fix first), options, names given instead, flags,
    /// paragraphs (a chart and its table) and exam forms.
    static func itemAnalysis(_ items: ItemAnalysis) -> String {
        var body = "<h2>Item analysis</h2><p>\(E.escape(items.overview)). Figures are over each learner's first"
            + " answer; the rules and formulas are in docs/report-format.md.</p>"
        if !items.questions.isEmpty {
            body += table(
                caption: "Questions: those that fail a rule first",
                ["Question", "Where", "Paragraphs", "Learners", "Answers", "Facility", "Discrimination", "Overrides",
                 "Flags", "Fails"],
                items.questions.map { q in
                    [q.id, q.place, q.paragraphs.joined(separator: ", "), "\(q.learners)", "\(q.answers)",
                     ItemAnalysis.figure(q.facility), ItemAnalysis.figure(q.discrimination), "\(q.overrides)",
                     "\(q.flags.count)", q.problems.joined(separator: "; ")]
                })
        }
        let options = items.questions.flatMap { q in
            q.options.map { [q.id, $0.text, $0.isRight ? "right" : "", "\($0.picks)", "\($0.topThird) of \(q.thirdSize)",
                             "\($0.bottomThird) of \(q.thirdSize)"] }
        }
        if !options.isEmpty {
            body += "<h3>Options picked</h3>" + table(
                caption: "First answers; the thirds are learners ranked by rest score",
                ["Question", "Option", "Right", "Picks", "Top third", "Bottom third"], options)
        }
        let confusions = items.questions.flatMap { q in q.confusions.map { [q.id, $0.named, $0.instead, "\($0.learners)"] } }
        if !confusions.isEmpty {
            body += "<h3>Named instead</h3>" + table(["Question", "Answered", "For", "Learners"], confusions)
        }
        let flags = items.questions.flatMap { q in
            q.flags.map { [q.id, q.place, $0.learner ?? "", UTCDay($0.at).description, $0.note] }
        }
        if !flags.isEmpty { body += "<h3>Flags</h3>" + table(["Question", "Where", "Learner", "Day", "Note"], flags) }
        body += "<h3>Paragraphs</h3>"
        if items.paragraphs.isEmpty {
            body += "<p>No paragraph is cited by a question.</p>"
        } else {
            let bars = items.paragraphs.map {
                E.Bar(label: $0.id, share: $0.facility, value: "facility \(ItemAnalysis.figure($0.facility))")
            }
            body += figure(
                E.bars(id: "paragraph-facility", title: "Facility per paragraph",
                       description: bars.map { "\($0.label): \($0.value)" }.joined(separator: "; "), bars),
                caption: "The mean first-answer mark of the questions citing each paragraph.",
                alternative: table(
                    ["Paragraph", "Questions", "First answers", "Facility"],
                    items.paragraphs.map { [$0.id, "\($0.questions)", "\($0.firstAnswers)", ItemAnalysis.figure($0.facility)] }))
        }
        body += "<h3>Exam forms</h3>"
        body += items.forms.isEmpty
            ? "<p>No exam taken yet.</p>"
            : table(
                ["Form", "Questions", "Learners", "Unfinished", "Mean", "SD", "Alpha", "SE", "Learners per score 0…"],
                items.forms.map { form in
                    [form.id, "\(form.items)", "\(form.learners)", "\(form.incomplete)", ItemAnalysis.figure(form.mean),
                     ItemAnalysis.figure(form.standardDeviation), ItemAnalysis.figure(form.alpha),
                     ItemAnalysis.figure(form.standardError),
                     form.distribution.map { $0.map(String.init).joined(separator: " ") }
                        ?? "fewer than \(items.thresholds.formLearners) learners"]
                })
        return body
    }
}
