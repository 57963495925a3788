/// One block of an article as read from its file, before paragraph ids are given: a heading, a paragraph, a caption
/// or a block quotation, its text on one line.
public struct ArticleBlock: Sendable, Equatable {
    /// What the block is.
    public enum Role: Sendable, Equatable {
        /// A heading of the given level (1 is the title's).
        case heading(Int)
        /// A paragraph of the body.
        case paragraph
        /// A paragraph the file marks as a lead (italic, set apart, a "lead" or "standfirst" class).
        case lead
        /// A picture's caption.
        case caption
        /// A block quotation.
        case blockquote
    }

    /// What the block is.
    public var role: Role
    /// Its text: white space collapsed to single spaces, trimmed, no control characters.
    public var text: String

    /// Creates a block; its text is cleaned (`ArticleBlock.clean`).
    public init(_ role: Role, _ text: String) {
        self.role = role
        self.text = Self.clean(text)
    }

    /// `text` with runs of white space as one space, control characters (C0, C1, bidi overrides) dropped, trimmed.
    public static func clean(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            let value = scalar.value
            if value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
                || (0x2066...0x2069).contains(value) || value == 0x200E || value == 0x200F || value == 0xFEFF
            {
                continue
            }
            if pendingSpace { result.unicodeScalars.append(" ") }
            pendingSpace = false
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}
