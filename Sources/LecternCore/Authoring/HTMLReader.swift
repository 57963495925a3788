import Foundation

/// Reads an HTML article into blocks: the text of its `<p>`, `<h1>`…`<h6>`, `<figcaption>` and `<blockquote>`
/// elements, tags stripped, entities decoded; scripts, styles and comments dropped, with their contents.
enum HTMLReader {
    private static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "svg", "head", "iframe", "object", "nav", "footer", "aside", "form",
        "button", "select",
    ]
    private static let emphasis: Set<String> = ["em", "i", "cite"]

    /// The blocks of `html`, the document's `<title>` first as a level-1 heading when there is no `<h1>`.
    static func blocks(_ html: String) -> [ArticleBlock] {
        var reader = State()
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            reader.text(String(rest[..<open]))
            rest = rest[open...]
            if rest.hasPrefix("<!--") {
                rest = rest.range(of: "-->").map { rest[$0.upperBound...] } ?? ""
                continue
            }
            guard let close = rest.firstIndex(of: ">") else {
                reader.text(String(rest))
                rest = ""
                break
            }
            let tag = Tag(rest[rest.index(after: rest.startIndex)..<close])
            rest = rest[rest.index(after: close)...]
            if !tag.isClosing, skipped.contains(tag.name) {
                if tag.name == "head", let end = rest.range(of: "</head", options: .caseInsensitive) {
                    reader.title = title(in: rest[..<end.lowerBound])
                    rest = rest[end.lowerBound...]
                } else {
                    rest = rest.range(of: "</\(tag.name)", options: .caseInsensitive).map { rest[$0.lowerBound...] } ?? ""
                }
                continue
            }
            reader.tag(tag)
        }
        reader.finish()
        var blocks = reader.blocks
        if !blocks.contains(where: { $0.role == .heading(1) }), let title = reader.title, !title.isEmpty {
            blocks.insert(ArticleBlock(.heading(1), title), at: 0)
        }
        return blocks
    }

    private static func title(in head: Substring) -> String? {
        guard let start = head.range(of: "<title", options: .caseInsensitive),
            let open = head[start.upperBound...].firstIndex(of: ">"),
            let end = head[open...].range(of: "</title", options: .caseInsensitive)
        else { return nil }
        return ArticleBlock.clean(HTMLEntities.decode(String(head[head.index(after: open)..<end.lowerBound])))
    }

    private struct Tag {
        let name: String
        let isClosing: Bool
        let attributes: String

        init(_ raw: Substring) {
            isClosing = raw.hasPrefix("/")
            let body = raw.drop { $0 == "/" }
            name = String(body.prefix { $0.isLetter || $0.isNumber }).lowercased()
            attributes = String(body.dropFirst(name.count)).lowercased()
        }
    }

    private struct State {
        var blocks: [ArticleBlock] = []
        var title: String?
        var role: ArticleBlock.Role?
        var element = ""
        var buffer = ""
        var isLead = false
        var emphasisDepth = 0
        var textOutsideEmphasis = false
        var quoteDepth = 0

        mutating func text(_ raw: String) {
            guard role != nil else { return }
            let decoded = HTMLEntities.decode(raw)
            buffer += decoded
            if emphasisDepth == 0, !ArticleBlock.clean(decoded).isEmpty { textOutsideEmphasis = true }
        }

        mutating func tag(_ tag: Tag) {
            let name = tag.name
            if emphasis.contains(name) {
                emphasisDepth = max(0, emphasisDepth + (tag.isClosing ? -1 : 1))
                return
            }
            if name == "br" {
                buffer += " "
                return
            }
            if name == "blockquote" {
                finish()
                quoteDepth = max(0, quoteDepth + (tag.isClosing ? -1 : 1))
                if !tag.isClosing { start(.blockquote, element: name, lead: false) }
                return
            }
            let heading = name.count == 2 && name.hasPrefix("h") ? Int(name.dropFirst()) : nil
            let starts: ArticleBlock.Role? =
                if let heading, (1...6).contains(heading) { .heading(heading) }
                else if name == "p" { quoteDepth > 0 ? .blockquote : .paragraph }
                else if name == "figcaption" { .caption }
                else { nil }
            guard let starts else {
                // Any other block element ends a paragraph left open (HTML lets `</p>` be implied).
                if ["div", "section", "article", "figure", "ul", "ol", "li", "table", "header", "footer", "main", "aside", "nav"].contains(name) {
                    finish()
                }
                return
            }
            finish()
            if !tag.isClosing {
                let lead = ["lead", "standfirst", "intro", "dek", "summary", "subtitle", "strapline"].contains {
                    tag.attributes.contains($0)
                }
                start(starts, element: name, lead: lead)
            }
        }

        mutating func start(_ role: ArticleBlock.Role, element: String, lead: Bool) {
            self.role = role
            self.element = element
            buffer = ""
            isLead = lead
            emphasisDepth = 0
            textOutsideEmphasis = false
        }

        mutating func finish() {
            guard let role else { return }
            let text = ArticleBlock.clean(buffer)
            if !text.isEmpty {
                let italic = !textOutsideEmphasis
                var final = role
                if role == .paragraph, isLead || italic { final = .lead }
                if role == .paragraph, ArticleHeuristics.isCaption(text) { final = .caption }
                blocks.append(ArticleBlock(final, text))
            }
            self.role = nil
            buffer = ""
        }
    }
}
