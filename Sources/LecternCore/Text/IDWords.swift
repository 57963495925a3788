import Foundation

/// Text turned into the words of an id: the one rule for every id Lectern makes from a name or a title.
public enum IDWords {
    /// `text` with letters and digits folded to lowercase ASCII (accents and width dropped) and every other run of
    /// characters one hyphen, with none at either end: `Zoë's Café` gives `zoe-s-cafe`.
    public static func hyphenated(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
        var words = ""
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                words.unicodeScalars.append(scalar)
            } else if !words.isEmpty, words.last != "-" {
                words.append("-")
            }
        }
        while words.hasSuffix("-") { words.removeLast() }
        return words
    }
}
