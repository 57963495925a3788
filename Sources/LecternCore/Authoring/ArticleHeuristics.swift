/// What a block of text looks like: a heading, a caption. Plain text marks neither, so the shape of the text decides.
enum ArticleHeuristics {
    /// Words that start a caption, or credit a picture inside one.
    static let captionMarks = [
        "photo:", "photograph:", "picture:", "image:", "caption:", "credit:", "figure ", "fig. ", "pictured:",
    ]
    static let creditMarks = ["photo by", "photograph by", "(photo", "image by", "photo credit", "picture by", "© "]

    /// A short block (at most 60 words) that starts like a caption or credits a photographer.
    static func isCaption(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard text.split(separator: " ").count <= 60 else { return false }
        return captionMarks.contains { lower.hasPrefix($0) } || creditMarks.contains { lower.contains($0) }
    }

    /// Whether a first line is the title: it does not end like a sentence, or the text after it is a paragraph of at
    /// least 20 words, more than twice its length.
    static func looksLikeTitle(_ text: String, before next: [String]) -> Bool {
        guard let last = text.last, ".!?".contains(last) else { return true }
        let words = text.split(separator: " ").count
        let following = next.joined(separator: " ").split(separator: " ").count
        return following >= 20 && following > 2 * words
    }

    /// One line of at most 12 words (25 for the title) that starts with a capital or a digit and does not end like a
    /// sentence.
    static func looksLikeHeading(_ text: String, first: Bool) -> Bool {
        let words = text.split(separator: " ").count
        guard words >= 1, words <= (first ? 25 : 12), let start = text.first, start.isUppercase || start.isNumber else {
            return false
        }
        if first { return true }
        guard let last = text.last else { return false }
        return !".,;:!?\"”'’)…".contains(last)
    }
}
