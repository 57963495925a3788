/// What a question declares about itself: the passage that makes its answer right, and the level it asks for.
///
/// `evidence-verbatim` is an error (a passage that is not in the article cannot be shown as the article's), checked
/// whenever a course loads; the other two are warnings of `lectern check`.
enum EvidenceRules {
    /// `evidence-verbatim`: the evidence, once white space is collapsed, must be in one of the cited paragraphs.
    static func errors(_ question: Question, in article: Article) -> [Diagnostic] {
        guard let evidence = question.evidence, !evidence.allSatisfy(\.isWhitespace) else { return [] }
        let wanted = CheckText.collapsingWhitespace(evidence)
        let cited = question.paragraphIDs.compactMap(article.paragraph)
        if cited.contains(where: { CheckText.collapsingWhitespace($0.text).contains(wanted) }) { return [] }
        let elsewhere = article.paragraphs.filter {
            !question.paragraphIDs.contains($0.id) && CheckText.collapsingWhitespace($0.text).contains(wanted)
        }
        let hint = elsewhere.first.map { "; it is in \($0.id), which the question does not cite" } ?? ""
        let searched = cited.isEmpty ? "no paragraph" : cited.map(\.id).joined(separator: ", ")
        return [
            CheckText.diagnostic(
                question, .evidenceVerbatim,
                "evidence is not word for word in the paragraphs it cites (searched \(searched))\(hint): \"\(wanted)\"")
        ]
    }

    /// `evidence-missing` and `level-missing`.
    static func warnings(_ question: Question) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if question.evidence?.allSatisfy(\.isWhitespace) ?? true {
            found.append(
                CheckText.diagnostic(
                    question, .evidenceMissing,
                    "names no evidence: add the exact passage of a cited paragraph that makes the answer right"))
        }
        if question.level == nil {
            found.append(
                CheckText.diagnostic(
                    question, .levelMissing, "declares no level: add 'level: remember', 'understand' or 'analyse'"))
        }
        return found
    }
}
