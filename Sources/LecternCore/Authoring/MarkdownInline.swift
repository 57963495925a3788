import Foundation

/// Markdown's inline markup taken off a line: emphasis, links, images, code spans, inline HTML, escapes, entities.
enum MarkdownInline {
    /// The text a reader sees of `line`.
    static func plain(_ line: String) -> String {
        var text = line
        text = replacing(text, pattern: #"!\[[^\]]*\]\([^)]*\)"#, with: "")
        text = replacing(text, pattern: #"\[([^\]]*)\]\([^)]*\)"#, with: "$1")
        text = replacing(text, pattern: #"\[([^\]]*)\]\[[^\]]*\]"#, with: "$1")
        text = replacing(text, pattern: #"<(https?://[^>]+)>"#, with: "$1")
        text = replacing(text, pattern: #"`([^`]*)`"#, with: "$1")
        text = replacing(text, pattern: #"</?[A-Za-z][^>]*>"#, with: "")
        text = replacing(text, pattern: #"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"#, with: "$2")
        text = replacing(text, pattern: #"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"#, with: "$1")
        text = replacing(text, pattern: #"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"#, with: "$1")
        text = replacing(text, pattern: #"\\([\\`*_{}\[\]()#+\-.!>])"#, with: "$1")
        return HTMLEntities.decode(text)
    }

    /// Whether the whole of `line` is one emphasis (`*…*`, `_…_`): a lead or standfirst, as Markdown sets one apart.
    static func isWhollyEmphasised(_ line: String) -> Bool {
        let text = line.trimmingCharacters(in: .whitespaces)
        for mark in ["**", "__", "*", "_"] where text.hasPrefix(mark) && text.hasSuffix(mark) && text.count > 2 * mark.count + 2 {
            let inner = text.dropFirst(mark.count).dropLast(mark.count)
            if !inner.contains(mark.first ?? "*") || mark.count == 2 { return true }
        }
        return false
    }

    private static func replacing(_ text: String, pattern: String, with template: String) -> String {
        text.replacingOccurrences(of: pattern, with: template, options: .regularExpression)
    }
}
