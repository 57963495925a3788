/// The formats `lectern new` reads an article in.
public enum ArticleFormat: String, Sendable, CaseIterable {
    /// Plain text: paragraphs separated by blank lines.
    case text
    /// Markdown: `#` headings, `*emphasis*`, `[links](…)`, `> quotations`.
    case markdown
    /// HTML: `<p>`, `<h1>`…`<h6>`, `<figcaption>`, `<blockquote>`; everything else is markup.
    case html

    /// The format of a file named `name` holding `text`: by its extension (`.html`/`.htm`, `.md`/`.markdown`,
    /// `.txt`), else by its content (an HTML tag near the start, a Markdown heading or emphasis).
    public static func detect(name: String, text: String) -> ArticleFormat {
        let lower = name.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return .html }
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdown }
        if lower.hasSuffix(".txt") { return .text }
        let start = text.prefix(2000).lowercased()
        if start.contains("<!doctype html") || start.contains("<html") || start.contains("<p>") || start.contains("<p ")
            || start.contains("<body")
        {
            return .html
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).prefix(200)
        if lines.contains(where: { $0.hasPrefix("# ") || $0.hasPrefix("## ") }) { return .markdown }
        return .text
    }
}
