import Foundation

/// GIFT text with its escapes resolved but remembered: `\{` is a brace of the text, `{` one of the syntax.
struct GIFTText {
    /// One character and whether it was escaped.
    struct Unit {
        let character: Character
        let isEscaped: Bool
    }

    private(set) var units: [Unit]

    /// Reads `raw`: `\\`, `\~`, `\=`, `\#`, `\{`, `\}`, `\:` and `\n` (a line break) are escapes; any other backslash
    /// is itself.
    init(_ raw: Substring) {
        var units: [Unit] = []
        var pendingBackslash = false
        for character in raw {
            if pendingBackslash {
                pendingBackslash = false
                switch character {
                case "\\", "~", "=", "#", "{", "}", ":": units.append(Unit(character: character, isEscaped: true))
                case "n": units.append(Unit(character: "\n", isEscaped: true))
                default:
                    units.append(Unit(character: "\\", isEscaped: false))
                    units.append(Unit(character: character, isEscaped: false))
                }
            } else if character == "\\" {
                pendingBackslash = true
            } else {
                units.append(Unit(character: character, isEscaped: false))
            }
        }
        if pendingBackslash { units.append(Unit(character: "\\", isEscaped: false)) }
        self.units = units
    }

    private init(units: ArraySlice<Unit>) {
        self.units = Array(units)
    }

    /// The text as read; a line break written as such (not `\n`) is a space, as in the lines of one paragraph.
    var string: String { string(keepingLineBreaks: false) }

    /// The text as read, its written line breaks kept or made spaces.
    func string(keepingLineBreaks: Bool) -> String {
        String(units.map { !keepingLineBreaks && !$0.isEscaped && $0.character.isNewline ? " " : $0.character })
    }

    /// The text, trimmed.
    var trimmed: String { string.trimmingCharacters(in: .whitespacesAndNewlines) }

    var isEmpty: Bool { units.allSatisfy { $0.character.isWhitespace } }

    /// Where the unescaped `pattern` starts, searching from `start`.
    func find(_ pattern: String, from start: Int = 0) -> Int? {
        let pattern = Array(pattern)
        guard !pattern.isEmpty, units.count >= pattern.count, start <= units.count - pattern.count else { return nil }
        for index in start...(units.count - pattern.count)
        where (0..<pattern.count).allSatisfy({ !units[index + $0].isEscaped && units[index + $0].character == pattern[$0] }) {
            return index
        }
        return nil
    }

    /// Where the last unescaped `pattern` starts.
    func findLast(_ pattern: String) -> Int? {
        var found: Int?
        var start = 0
        while let index = find(pattern, from: start) {
            found = index
            start = index + 1
        }
        return found
    }

    /// The units in `range`.
    subscript(range: Range<Int>) -> GIFTText {
        GIFTText(units: units[range.clamped(to: 0..<units.count)])
    }

    /// The text from `index` on.
    func dropFirst(_ count: Int) -> GIFTText { self[min(count, units.count)..<units.count] }

    /// The pieces between unescaped occurrences of any of `separators`, each starting with the separator that began it.
    func pieces(startingAt separators: Set<Character>) -> [GIFTText] {
        var pieces: [GIFTText] = []
        var start = 0
        for (index, unit) in units.enumerated() where !unit.isEscaped && separators.contains(unit.character) {
            if index > start { pieces.append(self[start..<index]) }
            start = index
        }
        if start < units.count { pieces.append(self[start..<units.count]) }
        return pieces
    }

    /// The first character, if unescaped.
    var firstSyntax: Character? {
        guard let first = units.first(where: { !$0.character.isWhitespace }), !first.isEscaped else { return nil }
        return first.character
    }

    /// Without leading and trailing white space.
    var stripped: GIFTText {
        guard let first = units.firstIndex(where: { !$0.character.isWhitespace }),
            let last = units.lastIndex(where: { !$0.character.isWhitespace })
        else { return GIFTText(units: []) }
        return self[first..<(last + 1)]
    }
}
