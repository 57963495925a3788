import Foundation

/// Reads a plain-text or Markdown article into blocks: paragraphs separated by blank lines, headings, captions and
/// a lead set apart from the body.
enum PlainTextReader {
    /// The blocks of `text`, read as Markdown when `markdown` is set (headings, emphasis, links, quotations).
    static func blocks(_ text: String, markdown: Bool) -> [ArticleBlock] {
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .components(separatedBy: "\n")
        if markdown { lines = withoutFrontMatter(lines) }
        var chunks: [Chunk] = []
        var current: [String] = []
        var quoting = false
        var fenced = false
        func flush() {
            if !current.isEmpty { chunks.append(Chunk(lines: current, isQuote: quoting)) }
            current = []
            quoting = false
        }
        for raw in lines {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if markdown, line.hasPrefix("```") || line.hasPrefix("~~~") {
                flush()
                fenced.toggle()
                continue
            }
            if fenced { continue }
            if line.isEmpty {
                flush()
                continue
            }
            if isSeparator(line) {
                // A Markdown setext underline makes the line above a heading; otherwise the line sets blocks apart.
                if markdown, current.count == 1, line.allSatisfy({ $0 == "=" || $0 == "-" }) {
                    let level = line.hasPrefix("=") ? 1 : 2
                    chunks.append(Chunk(lines: [String(repeating: "#", count: level) + " " + current[0]], isQuote: false))
                    current = []
                    continue
                }
                flush()
                chunks.append(Chunk(lines: [], isQuote: false, isSeparator: true))
                continue
            }
            if markdown {
                if line.hasPrefix("#") {
                    flush()
                    chunks.append(Chunk(lines: [line], isQuote: false))
                    continue
                }
                if line.hasPrefix(">") {
                    if !quoting { flush() }
                    quoting = true
                    current.append(String(line.drop { $0 == ">" || $0 == " " }))
                    continue
                }
                if quoting { flush() }
                if isListItem(line) { flush() }
                if isReferenceDefinition(line) { continue }
            }
            current.append(line)
        }
        flush()
        return blocks(chunks, markdown: markdown)
    }

    private struct Chunk {
        var lines: [String]
        var isQuote: Bool
        var isSeparator = false
    }

    private static func blocks(_ chunks: [Chunk], markdown: Bool) -> [ArticleBlock] {
        var blocks: [ArticleBlock] = []
        var separatorAfter = Set<Int>()
        for (index, chunk) in chunks.enumerated() {
            if chunk.isSeparator {
                if !blocks.isEmpty { separatorAfter.insert(blocks.count - 1) }
                continue
            }
            let joined = chunk.lines.joined(separator: " ")
            if markdown, let heading = markdownHeading(joined) {
                blocks.append(heading)
                continue
            }
            let text = markdown ? MarkdownInline.plain(joined) : joined
            guard !ArticleBlock.clean(text).isEmpty else { continue }
            if chunk.isQuote {
                blocks.append(ArticleBlock(.blockquote, text))
            } else if ArticleHeuristics.isCaption(text) {
                blocks.append(ArticleBlock(.caption, text))
            } else if markdown, MarkdownInline.isWhollyEmphasised(joined) {
                blocks.append(ArticleBlock(.lead, text))
            } else if !markdown, chunk.lines.count == 1, index + 1 < chunks.count,
                ArticleHeuristics.looksLikeHeading(text, first: blocks.isEmpty),
                !blocks.isEmpty || ArticleHeuristics.looksLikeTitle(text, before: chunks[(index + 1)...].first { !$0.isSeparator }?.lines ?? [])
            {
                blocks.append(ArticleBlock(.heading(blocks.isEmpty ? 1 : 2), text))
            } else {
                blocks.append(ArticleBlock(.paragraph, text))
            }
        }
        // A first paragraph set apart from the body by a separator line is its lead.
        if let first = blocks.firstIndex(where: { $0.role == .paragraph || $0.role == .lead }), separatorAfter.contains(first),
            blocks[(first + 1)...].contains(where: { $0.role == .paragraph })
        {
            blocks[first].role = .lead
        }
        return blocks
    }

    private static func markdownHeading(_ line: String) -> ArticleBlock? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
        var title = String(line.dropFirst(hashes))
        while title.hasSuffix("#") { title.removeLast() }
        return ArticleBlock(.heading(hashes), MarkdownInline.plain(title))
    }

    private static func isSeparator(_ line: String) -> Bool {
        let marks = line.filter { $0 != " " }
        guard marks.count >= 3, let mark = marks.first, "-*_=#~".contains(mark) else { return false }
        return marks.allSatisfy { $0 == mark }
    }

    private static func isListItem(_ line: String) -> Bool {
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") { return true }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        return !digits.isEmpty && line.dropFirst(digits.count).hasPrefix(". ")
    }

    private static func isReferenceDefinition(_ line: String) -> Bool {
        guard line.hasPrefix("["), let close = line.range(of: "]:") else { return false }
        return !line[..<close.lowerBound].contains(" ") || line[close.upperBound...].trimmingCharacters(in: .whitespaces).hasPrefix("http")
    }

    private static func withoutFrontMatter(_ lines: [String]) -> [String] {
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---",
            let end = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" })
        else { return lines }
        let title = lines[1..<end].first { $0.hasPrefix("title:") }.map {
            String($0.dropFirst("title:".count)).trimmingCharacters(in: CharacterSet(charactersIn: " \"'"))
        }
        return (title.map { ["# " + $0, ""] } ?? []) + Array(lines[(end + 1)...])
    }
}
