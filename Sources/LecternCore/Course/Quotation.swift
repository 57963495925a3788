/// A quotation found in course prose: text between double quotes, and the line it starts on.
public struct Quotation: Sendable, Equatable {
    /// The longest quotation a course may use, in words.
    public static let maximumWords = 25

    /// The quoted text, with line breaks turned into spaces.
    public let text: String
    /// The line the quotation opens on.
    public let line: Int

    /// Creates a quotation.
    public init(text: String, line: Int) {
        self.text = text
        self.line = line
    }

    /// Every quotation in `text`, whose first line is `firstLine`. Straight quotes pair up in order; curly ones
    /// open with “ and close with ”.
    public static func all(in text: String, firstLine: Int) -> [Quotation] {
        var found: [Quotation] = []
        var line = firstLine
        var openedAt: Int?
        var current = ""
        for character in text {
            let isOpen = character == "“" || (character == "\"" && openedAt == nil)
            let isClose = character == "”" || (character == "\"" && openedAt != nil)
            if openedAt == nil, isOpen {
                openedAt = line
                current = ""
            } else if let start = openedAt, isClose {
                found.append(Quotation(text: current, line: start))
                openedAt = nil
            } else if openedAt != nil {
                current.append(character == "\n" ? " " : character)
            }
            if character == "\n" { line += 1 }
        }
        return found
    }

    /// Whether the quotation appears verbatim in `source`, treating curly and straight apostrophes alike.
    public func isVerbatim(in source: String) -> Bool {
        let wanted = Quotation.plainApostrophes(text.trimmingCharacters(in: .whitespaces))
        let collapsed = wanted.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return Quotation.plainApostrophes(source).contains(collapsed)
    }

    /// The number of words quoted.
    public var wordCount: Int { text.split(whereSeparator: \.isWhitespace).count }

    private static func plainApostrophes(_ text: String) -> String {
        text.replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "‘", with: "'")
    }
}

import Foundation
