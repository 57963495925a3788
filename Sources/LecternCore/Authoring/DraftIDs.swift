/// Unique ids for what `lectern new` proposes: made from text (`IDWords`), starting with a letter, at most 64
/// characters, a number added when taken (`event-2001-2`).
struct DraftIDs {
    private var taken: Set<String> = []

    /// A new id from `text`, with `prefix` when the text gives no letter to start with.
    mutating func make(_ text: String, prefix: String) -> String {
        var base = IDWords.hyphenated(text)
        if base.first.map({ !("a"..."z").contains($0) }) ?? true { base = base.isEmpty ? prefix : prefix + "-" + base }
        base = String(base.prefix(56))
        while base.hasSuffix("-") { base.removeLast() }
        var id = base
        var number = 2
        while taken.contains(id) {
            id = "\(base)-\(number)"
            number += 1
        }
        taken.insert(id)
        return id
    }
}
