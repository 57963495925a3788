import Foundation

/// The form in which two texts count as "the same" when checking options and prompts for duplicates.
///
/// Deliberately close to how typed answers are graded (case, accents, punctuation, a leading article and spacing
/// are ignored), so that two options a learner could not tell apart by typing are reported as duplicates.
enum ComparisonKey {
    private static let articles: Set<String> = ["a", "an", "the"]

    /// The comparison key of `text`: folded, stripped of punctuation, without a leading article, single-spaced.
    static func of(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var scalars = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                scalars.append(scalar)
            } else if CharacterSet.whitespacesAndNewlines.contains(scalar) || scalar == "-" || scalar == "/" {
                // Hyphens and slashes separate words ("al-Maliki" reads as "al maliki"); other marks vanish.
                scalars.append(" ")
            }
        }
        var words = String(scalars).split(separator: " ").map(String.init)
        if words.count > 1, let first = words.first, articles.contains(first) { words.removeFirst() }
        return words.joined(separator: " ")
    }
}
