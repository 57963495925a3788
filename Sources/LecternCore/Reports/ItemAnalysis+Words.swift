import Foundation

extension ItemAnalysis {
    /// A figure with two decimals, or `-` when there is none.
    public static func figure(_ value: Double?) -> String {
        value.map(figure) ?? "-"
    }

    /// What the class report says of the analysis as a whole.
    public var overview: String {
        let failing = failing.count
        let passing = questions.count - failing
        return "\(failing) question\(failing == 1 ? "" : "s") fail\(failing == 1 ? "s" : "") a rule, \(passing) pass"
            + "\(passing == 1 ? "es" : ""), \(unanswered) not answered yet"
    }
}

extension ItemAnalysis.Question {
    /// `facility 0.30 · discrimination 0.54 · 10 learners · 14 answers · 1 override`.
    public var figures: String {
        var parts = [
            "facility \(ItemAnalysis.figure(facility))", "discrimination \(ItemAnalysis.figure(discrimination))",
            "\(learners) learner\(learners == 1 ? "" : "s")", "\(answers) answer\(answers == 1 ? "" : "s")",
        ]
        if overrides > 0 { parts.append("\(overrides) override\(overrides == 1 ? "" : "s")") }
        return parts.joined(separator: " · ")
    }

    /// Where to find it: `file:line`, or `generated`.
    public var place: String { source ?? "generated" }

    /// The options as learners picked them: `✓ A foe 9 (top 3, bottom 2)`, right ones marked.
    public func optionWords(right mark: String = "✓") -> [String] {
        options.map { option in
            let thirds = thirdSize > 0 ? " (top \(option.topThird), bottom \(option.bottomThird))" : ""
            return "\(option.isRight ? mark + " " : "")\(option.text): \(option.picks)\(thirds)"
        }
    }
}

extension ItemAnalysis.Confusion {
    /// `5 learners answered Ryan Crocker for Dick Cheney`.
    public var sentence: String {
        "\(learners) learner\(learners == 1 ? "" : "s") answered \(named) for \(instead)"
    }
}

extension ItemAnalysis.Form {
    /// `form 42: 7 questions, 6 learners (1 unfinished): alpha 0.76 (SE 0.97), mean 2.50, SD 1.97`.
    public func summary(minimum: Int) -> String {
        var text = "form \(id): \(items) question\(items == 1 ? "" : "s"), \(learners) learner\(learners == 1 ? "" : "s")"
        if incomplete > 0 { text += " (\(incomplete) unfinished)" }
        guard distribution != nil else { return text + ": fewer than \(minimum), no reliability" }
        return text + ": alpha \(ItemAnalysis.figure(alpha)) (SE \(ItemAnalysis.figure(standardError))),"
            + " mean \(ItemAnalysis.figure(mean)), SD \(ItemAnalysis.figure(standardDeviation))"
    }
}
