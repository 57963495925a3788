import Foundation

/// One paragraph of the source text, cited everywhere by its stable id.
public struct Paragraph: Sendable, Equatable, Codable {
    /// The stable id (`p1`, `standfirst`, ...).
    public let id: String
    /// What sort of paragraph it is (`body`, `standfirst`, `photo-caption`); informational.
    public let kind: String
    /// The verbatim text.
    public let text: String

    /// Creates a paragraph.
    public init(id: String, kind: String, text: String) {
        self.id = id
        self.kind = kind
        self.text = text
    }
}

/// The text a course teaches, split into paragraphs in reading order.
public struct Article: Sendable, Equatable {
    /// The article's title.
    public let title: String
    /// Who wrote it.
    public let author: String
    /// Where it was published.
    public let publication: String
    /// The year of publication: the course frames its facts as of this year.
    public let year: Int
    /// The article's own licence.
    public let license: String
    /// The paragraphs in reading order.
    public let paragraphs: [Paragraph]

    /// Creates an article.
    public init(title: String, author: String, publication: String, year: Int, license: String, paragraphs: [Paragraph]) {
        self.title = title
        self.author = author
        self.publication = publication
        self.year = year
        self.license = license
        self.paragraphs = paragraphs
    }

    /// The paragraph with this id, if there is one.
    public func paragraph(_ id: String) -> Paragraph? {
        paragraphs.first { $0.id == id }
    }

    /// The position of a paragraph in reading order, for sorting citations.
    public func order(of id: String) -> Int {
        paragraphs.firstIndex { $0.id == id } ?? Int.max
    }
}
