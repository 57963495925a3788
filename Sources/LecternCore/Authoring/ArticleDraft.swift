import Foundation

/// An article read for `lectern new`: its title, its paragraphs with stable ids (`standfirst`, `caption`,
/// `p1`…`pN`), and the headings that divide it, each with the paragraphs under it.
public struct ArticleDraft: Sendable, Equatable {
    /// The title: the first level-1 heading, else the first heading, else `fallbackTitle`.
    public let title: String
    /// The paragraphs in reading order.
    public let paragraphs: [Paragraph]
    /// The headings after the title, in order, with the index of the first paragraph each comes before.
    public let headings: [(title: String, firstParagraph: Int)]
    /// The format the article was read as.
    public let format: ArticleFormat

    /// The largest article read, in bytes: an article becomes one course file, which may hold at most 1 MB; HTML
    /// markup is allowed four times that.
    public static let maximumBytes = 4 << 20

    /// Reads `data`, the contents of a file named `name`; throws when it is empty, binary or too large.
    public init(data: Data, name: String, fallbackTitle: String) throws(AuthoringError) {
        guard data.count <= Self.maximumBytes else {
            throw AuthoringError(.badArticle, "\(name): the file is \(data.count) bytes; an article may hold at most \(Self.maximumBytes) bytes (4 MB)")
        }
        guard !data.contains(0) else { throw AuthoringError(.badArticle, "\(name): the file is binary, not text") }
        guard var text = String(data: data, encoding: .utf8) else {
            throw AuthoringError(.badArticle, "\(name): the file is not UTF-8 text")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let format = ArticleFormat.detect(name: name, text: text)
        let blocks: [ArticleBlock] =
            switch format {
            case .html: HTMLReader.blocks(text)
            case .markdown: PlainTextReader.blocks(text, markdown: true)
            case .text: PlainTextReader.blocks(text, markdown: false)
            }
        try self.init(blocks: blocks, format: format, name: name, fallbackTitle: fallbackTitle)
    }

    /// Gives ids to `blocks`: the first lead before the body (or a first paragraph a heading sets apart) is the
    /// standfirst, captions are `caption`, `caption-2`…, every other paragraph or quotation `p1`…`pN`.
    init(blocks: [ArticleBlock], format: ArticleFormat, name: String, fallbackTitle: String) throws(AuthoringError) {
        self.format = format
        var title: String?
        var paragraphs: [Paragraph] = []
        var headings: [(title: String, firstParagraph: Int)] = []
        var body = 0
        var captions = 0
        let firstText = blocks.firstIndex { if case .heading = $0.role { false } else { true } }
        for (index, block) in blocks.enumerated() {
            switch block.role {
            case .heading(let level):
                if title == nil, level == 1 || firstText.map({ index < $0 }) == true {
                    title = block.text
                } else if let last = headings.last, last.firstParagraph == paragraphs.count {
                    // Two headings in a row: the later one names the part.
                    headings[headings.count - 1] = (block.text, paragraphs.count)
                } else {
                    headings.append((block.text, paragraphs.count))
                }
            case .caption:
                captions += 1
                paragraphs.append(Paragraph(id: captions == 1 ? "caption" : "caption-\(captions)", kind: "caption", text: block.text))
            case .lead where body == 0 && !paragraphs.contains(where: { $0.id == "standfirst" }):
                paragraphs.append(Paragraph(id: "standfirst", kind: "standfirst", text: block.text))
            case .lead, .paragraph, .blockquote:
                body += 1
                paragraphs.append(Paragraph(id: "p\(body)", kind: block.role == .blockquote ? "blockquote" : "body", text: block.text))
            }
        }
        // A first paragraph that a heading sets apart from the rest of the body is the standfirst.
        if !paragraphs.contains(where: { $0.id == "standfirst" }), let first = headings.first, first.firstParagraph == 1,
            paragraphs.first?.id == "p1", paragraphs.count > 2
        {
            paragraphs[0] = Paragraph(id: "standfirst", kind: "standfirst", text: paragraphs[0].text)
            var number = 0
            paragraphs = paragraphs.map { paragraph in
                guard paragraph.kind == "body" || paragraph.kind == "blockquote", paragraph.id != "standfirst" else { return paragraph }
                number += 1
                return Paragraph(id: "p\(number)", kind: paragraph.kind, text: paragraph.text)
            }
        }
        guard !paragraphs.isEmpty else {
            throw AuthoringError(.badArticle, "\(name): no paragraphs of text were found in the file (read as \(format.rawValue))")
        }
        self.title = title ?? fallbackTitle
        self.paragraphs = paragraphs
        self.headings = headings.filter { $0.firstParagraph < paragraphs.count }
    }

    /// One paragraph with its id and kind (`standfirst`, `body`, `caption`, `blockquote`).
    public struct Paragraph: Sendable, Equatable {
        /// The stable id.
        public let id: String
        /// What the paragraph is.
        public let kind: String
        /// Its text, verbatim from the file (white space collapsed).
        public let text: String
    }

    /// Equal title, paragraphs, format and headings.
    public static func == (lhs: ArticleDraft, rhs: ArticleDraft) -> Bool {
        lhs.title == rhs.title && lhs.paragraphs == rhs.paragraphs && lhs.format == rhs.format
            && lhs.headings.map(\.title) == rhs.headings.map(\.title)
            && lhs.headings.map(\.firstParagraph) == rhs.headings.map(\.firstParagraph)
    }

    /// The latest year (1000 to 2999) the text writes as a word, the article's year when none is given.
    public var latestYear: Int? {
        paragraphs.flatMap { DateFinder.years(in: $0.text) }.max()
    }
}
