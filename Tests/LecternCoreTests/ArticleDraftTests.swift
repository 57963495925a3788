import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// `lectern new` reading an article: the three formats, paragraph ids, the standfirst and captions, and the files it
/// refuses.
struct ArticleDraftTests {
    static func read(_ text: String, name: String) throws -> ArticleDraft {
        try ArticleDraft(data: Data(text.utf8), name: name, fallbackTitle: "fallback")
    }

    static func fixture(_ name: String) throws -> ArticleDraft {
        let url = Fixtures.url("articles/\(name)")
        return try ArticleDraft(data: try Data(contentsOf: url), name: name, fallbackTitle: "fallback")
    }

    @Test func theThreeFormatsOfOneArticleGiveTheSameTitleIdsAndText() throws {
        let text = try Self.fixture("harbour.txt")
        let markdown = try Self.fixture("harbour.md")
        let html = try Self.fixture("harbour.html")
        #expect(text.format == .text && markdown.format == .markdown && html.format == .html)
        for article in [text, markdown, html] {
            #expect(article.title == "The Harbour of São Brás")
            #expect(article.paragraphs.map(\.id) == ["standfirst", "p1", "p2", "p3", "caption", "p4"])
            #expect(article.paragraphs[1].text.hasPrefix("When Zoë Almeida took over the light on 3 March 1961"))
            #expect(article.paragraphs[3].text.contains("the new quays & the cost of fuel"))
        }
        #expect(markdown.paragraphs.map(\.text) == text.paragraphs.map(\.text).enumerated().map { index, text in
            index == 2 ? text : text
        })
    }

    @Test func htmlDropsScriptsStylesCommentsAndPageFurnitureAndDecodesEntities() throws {
        let html = try Self.fixture("harbour.html")
        let all = html.paragraphs.map(\.text).joined(separator: "\n")
        #expect(!all.contains("not a paragraph") && !all.contains("not text") && !all.contains("left in a comment"))
        #expect(!all.contains("Home") && !all.contains("Coastal Review"))
        #expect(all.contains("‘we don't count the storms, we count the boats’"))
        #expect(all.contains("only 12 boats were left"))
        #expect(!all.contains("&") || all.contains(" & "))
        #expect(html.paragraphs.first { $0.id == "p4" }?.kind == "blockquote")
        #expect(html.headings.map(\.title) == ["The keepers", "The decline"])
    }

    @Test func markdownHeadingsDivideTheArticleAndLinksKeepTheirText() throws {
        let markdown = try Self.fixture("harbour.md")
        #expect(markdown.headings.map(\.title) == ["The keepers", "The decline"])
        #expect(markdown.headings.map(\.firstParagraph) == [1, 3])
        #expect(markdown.paragraphs[2].text.hasSuffix("and the Harbour Board printed her words."))
    }

    @Test func withoutMarkupEveryParagraphIsABodyParagraphInOrder() throws {
        let article = try Self.read("One.\n\nTwo is here.\n\nThree, at last.\n", name: "a.txt")
        #expect(article.paragraphs.map(\.id) == ["p1", "p2", "p3"])
        #expect(article.paragraphs.allSatisfy { $0.kind == "body" })
        #expect(article.title == "fallback")
    }

    @Test func anEmptyABinaryOrAHugeFileIsRefusedWithItsReason() throws {
        #expect(throws: AuthoringError(.badArticle, "e.txt: no paragraphs of text were found in the file (read as text)")) {
            try Self.read("  \n\n \n", name: "e.txt")
        }
        #expect(throws: AuthoringError(.badArticle, "b.txt: the file is binary, not text")) {
            try ArticleDraft(data: Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x01]), name: "b.txt", fallbackTitle: "b")
        }
        #expect(throws: AuthoringError(.badArticle, "l.txt: the file is not UTF-8 text")) {
            try ArticleDraft(data: Data([0x41, 0xFF, 0xFE, 0x42]), name: "l.txt", fallbackTitle: "l")
        }
        let huge = Data(repeating: 0x61, count: ArticleDraft.maximumBytes + 1)
        #expect(throws: AuthoringError.self) { try ArticleDraft(data: huge, name: "h.txt", fallbackTitle: "h") }
    }

    @Test func aCaptionIsFoundByTheCreditItGives() throws {
        let article = try Self.read(
            "Title\n\nThe body, a sentence.\n\nThe minister at the summit, 2013. (Official Photo by Pat Doe)\n\nMore body text.\n",
            name: "c.txt")
        #expect(article.paragraphs.map(\.id) == ["p1", "caption", "p2"])
    }
}
