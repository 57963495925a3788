import Foundation

extension QuizSummary {
    /// A Markdown recap of the session: score, counts, results by kind, confidence, every question with the
    /// learner's answer, the right answer and its passage, what to review, and the cited paragraphs in full.
    public func markdownRecap(course: Course, title: String) -> DisplayText {
        let e = MarkdownEscape.inline
        var lines: [String] = ["# \(e(title))", ""]
        let article = course.article
        lines.append(
            "Source: \(e(article.author)), “\(e(article.title))”, \(e(article.publication)) (\(article.year)), \(e(article.license)). "
                + "Facts are as of the article (\(article.year)).")
        lines.append("")
        lines.append(
            "Mode: \(mode) · started \(QuizSummary.timestamp(startedAt)) · time \(QuizSummary.duration(duration))")
        lines.append("")
        lines.append(
            "**Score: \(QuizSummary.percent(score))** (\(NumberReader.format(credit)) of \(attempted))")
        lines.append("")
        var counts = [
            "\(correct) correct", "\(partial) partial", "\(incorrect) incorrect", "\(skipped) skipped",
        ]
        if notReached > 0 { counts.append("\(notReached) not reached") }
        counts.append("\(hintsUsed) \(hintsUsed == 1 ? "hint" : "hints") used")
        lines.append(counts.joined(separator: " · "))

        if !byKind.isEmpty {
            lines += ["", "## By kind", "", "| Kind | Questions | Score |", "|---|---|---|"]
            lines += byKind.map { "| \($0.kind.rawValue) | \($0.count) | \(QuizSummary.percent($0.score)) |" }
        }
        if !calibration.isEmpty {
            lines += ["", "## Confidence", "", "| Said | Answers | Correct | Mean credit |", "|---|---|---|---|"]
            lines += calibration.map {
                "| \($0.confidence.rawValue) | \($0.count) | \($0.correct) | \(QuizSummary.percent($0.meanCredit)) |"
            }
        }
        if !results.isEmpty {
            lines += ["", "## Questions", ""]
            for (number, result) in results.enumerated() {
                lines += recapLines(number: number + 1, result: result)
            }
        }
        if !missed.isEmpty {
            lines += ["", "## To review", ""]
            lines += missed.map { result in
                let cite = result.passage.map { " (\($0.paragraphID))" } ?? ""
                return "- \(e(result.prompt)) — \(e(result.grade.correctAnswer))\(e(cite))"
            }
        }
        if !flags.isEmpty || !unsavedFlags.isEmpty {
            lines += ["", "## Flagged", ""]
            lines += (flags + unsavedFlags).map { "- \(MarkdownEscape.code($0.questionID)): \($0.note.isEmpty ? "(no note)" : e($0.note))" }
        }
        if !unsavedRecords.isEmpty {
            lines += ["", "## Not saved", "", "These answers could not be saved to your progress:", ""]
            lines += unsavedRecords.map { "- \(MarkdownEscape.code($0.questionID)): \($0.outcome.rawValue)" }
        }
        let cited = Set(results.flatMap(\.paragraphIDs)).sorted { article.order(of: $0) < article.order(of: $1) }
        let paragraphs = cited.compactMap { article.paragraph($0) }
        if !paragraphs.isEmpty {
            lines += ["", "## Sources", ""]
            for paragraph in paragraphs {
                lines += ["**\(e(paragraph.id))**", "", "> \(e(paragraph.text))", ""]
            }
            lines.removeLast()
        }
        return DisplayText(lines.joined(separator: "\n") + "\n")
    }

    private func recapLines(number: Int, result: QuestionResult) -> [String] {
        let mark: String
        switch result.grade.outcome {
        case .correct: mark = "✓ correct"
        case .partial: mark = "◐ partial (\(QuizSummary.percent(result.grade.credit)))"
        case .incorrect: mark = "✗ incorrect"
        case .skipped: mark = "– skipped"
        }
        let e = MarkdownEscape.inline
        var lines = ["\(number). **\(e(result.prompt))** — \(mark)"]
        if result.grade.outcome != .skipped {
            lines.append("   - Your answer: \(e(result.responseText))")
        }
        lines.append("   - Answer: \(e(result.grade.correctAnswer))")
        for note in result.grade.notes where note != "skipped" {
            lines.append("   - Note: \(e(note))")
        }
        if let confidence = result.confidence { lines.append("   - You said: \(confidence.rawValue)") }
        if result.hintsUsed > 0 { lines.append("   - Hints: \(result.hintsUsed)") }
        lines.append("   - Why: \(e(result.explanation))")
        if let passage = result.passage { lines.append("   - Source: \(e(passage.citation()))") }
        return lines
    }

    /// `72%`.
    static func percent(_ fraction: Double) -> String {
        "\(Int((fraction * 100).rounded()))%"
    }

    /// `4 min 12 s`, `45 s`, `1 h 2 min`.
    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        if total < 60 { return "\(total) s" }
        if total < 3600 { return "\(total / 60) min \(total % 60) s" }
        return "\(total / 3600) h \((total % 3600) / 60) min"
    }

    /// `2014-06-20 10:00 UTC`, the same on every machine.
    static func timestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day)) \(two(parts.hour)):\(two(parts.minute)) UTC"
    }
}
