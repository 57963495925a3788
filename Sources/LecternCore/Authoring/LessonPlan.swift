import Foundation

/// How `lectern new` divides an article into lessons: one per heading (paragraphs before the first heading join the
/// first lesson), or, without headings, one per three paragraphs.
struct LessonPlan: Equatable {
    /// The paragraphs in one lesson without headings.
    static let paragraphsPerLesson = 3

    /// One lesson: its id, title and the indices of its paragraphs.
    struct Part: Equatable {
        let id: String
        let title: String
        let paragraphs: Range<Int>
        /// The file name's stem, `01-the-id`.
        let stem: String
    }

    let parts: [Part]

    init(_ article: ArticleDraft) {
        let count = article.paragraphs.count
        var bounds: [(title: String?, start: Int)] = []
        if article.headings.isEmpty {
            bounds = stride(from: 0, to: count, by: Self.paragraphsPerLesson).map { (nil, $0) }
        } else {
            bounds = article.headings.enumerated().map { index, heading in (heading.title, index == 0 ? 0 : heading.firstParagraph) }
        }
        var ids = DraftIDs()
        let width = max(2, String(bounds.count).count)
        parts = bounds.enumerated().compactMap { index, bound in
            let end = index + 1 < bounds.count ? bounds[index + 1].start : count
            guard bound.start < end else { return nil }
            let range = bound.start..<end
            let first = article.paragraphs[range.lowerBound].id
            let last = article.paragraphs[range.upperBound - 1].id
            let span = first == last ? first : "\(first) to \(last)"
            let title = bound.title.map { $0.replacingOccurrences(of: "\"", with: "").replacingOccurrences(of: "“", with: "").replacingOccurrences(of: "”", with: "") }
                ?? "Part \(index + 1): \(span)"
            let id = ids.make(bound.title ?? "part \(index + 1)", prefix: "lesson")
            let number = String(repeating: "0", count: width - String(index + 1).count) + String(index + 1)
            return Part(id: id, title: title, paragraphs: range, stem: "\(number)-\(id)")
        }
    }
}
