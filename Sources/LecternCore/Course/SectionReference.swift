/// A question's `section:`: the title of the lesson section after which `study` asks it, as written.
public struct SectionReference: Sendable, Equatable {
    /// The title as written in the question file.
    public let title: String
    /// The line of the `section:` field.
    public let line: Int?

    /// Creates a reference.
    public init(title: String, line: Int? = nil) {
        self.title = title
        self.line = line
    }

    /// Whether a section heading's title is the one named: case and runs of white space are ignored, nothing else.
    public func names(_ sectionTitle: String) -> Bool {
        Self.key(title) == Self.key(sectionTitle)
    }

    /// A title lower-cased with every run of white space made one space, and trimmed.
    static func key(_ title: String) -> String {
        title.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
