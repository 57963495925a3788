import Foundation

extension ReportCSV {
    /// The item analysis as CSV sections, each after an empty line with a header of its own: questions, options,
    /// names given instead, flags, paragraphs and exam forms, each only when it has rows.
    static func itemSections(_ items: ItemAnalysis) -> [[[String]]] {
        var sections: [[[String]]] = []
        sections.append([[
            "item_question", "source", "kind", "lesson", "paragraphs", "learners", "answers", "facility",
            "discrimination", "overrides", "flags", "problems",
        ]] + items.questions.map { q in
            [q.id, q.source ?? "", q.kind, q.lesson ?? "", q.paragraphs.joined(separator: " "), "\(q.learners)",
             "\(q.answers)", precise(q.facility), precise(q.discrimination), "\(q.overrides)", "\(q.flags.count)",
             q.problems.joined(separator: "; ")]
        })
        let options = items.questions.flatMap { q in
            q.options.map { [q.id, $0.text, flag($0.isRight), "\($0.picks)", "\($0.topThird)", "\($0.bottomThird)", "\(q.thirdSize)"] }
        }
        if !options.isEmpty {
            sections.append([["option_question", "option", "right", "picks", "top_third", "bottom_third", "third_size"]] + options)
        }
        let confusions = items.questions.flatMap { q in q.confusions.map { [q.id, $0.named, $0.instead, "\($0.learners)"] } }
        if !confusions.isEmpty { sections.append([["named_question", "named", "instead_of", "learners"]] + confusions) }
        let flags = items.questions.flatMap { q in
            q.flags.map { [q.id, q.source ?? "", $0.learner ?? "", date($0.at), $0.note] }
        }
        if !flags.isEmpty { sections.append([["flag_question", "source", "learner", "flagged_at", "note"]] + flags) }
        if !items.paragraphs.isEmpty {
            sections.append([["paragraph", "questions", "first_answers", "facility"]] + items.paragraphs.map {
                [$0.id, "\($0.questions)", "\($0.firstAnswers)", precise($0.facility)]
            })
        }
        if !items.forms.isEmpty {
            sections.append([[
                "form", "items", "learners", "incomplete", "mean", "standard_deviation", "alpha", "standard_error",
                "distribution",
            ]] + items.forms.map {
                [$0.id, "\($0.items)", "\($0.learners)", "\($0.incomplete)", precise($0.mean),
                 precise($0.standardDeviation), precise($0.alpha), precise($0.standardError),
                 $0.distribution?.map(String.init).joined(separator: " ") ?? ""]
            })
        }
        return sections
    }

    /// A figure as it reads back to the same `Double` (the item analysis is checked to 1e-9); empty for nil.
    static func precise(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        return "\(value)"
    }
}
