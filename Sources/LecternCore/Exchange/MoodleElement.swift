import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// One element of a Moodle XML file: its name, attributes, text and children, read with Foundation's `XMLParser`
/// (which resolves no external entity).
struct MoodleElement {
    let name: String
    let attributes: [String: String]
    var children: [MoodleElement] = []
    var text = ""

    /// The first child called `name`.
    func child(_ name: String) -> MoodleElement? { children.first { $0.name == name } }

    /// Every child called `name`.
    func children(_ name: String) -> [MoodleElement] { children.filter { $0.name == name } }

    /// The text of the child `name`'s `<text>` (or of the child itself when it has none), trimmed.
    func text(of name: String) -> String? {
        guard let element = child(name) else { return nil }
        return (element.child("text")?.text ?? element.text).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The root element of `data`.
    static func parse(_ data: Data) throws(ExchangeError) -> MoodleElement {
        let reader = MoodleTreeReader()
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = reader
        guard parser.parse(), let root = reader.root else {
            let line = parser.lineNumber
            let cause = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "not XML"
            throw ExchangeError.unreadableXML(line: line, cause: reader.failure ?? cause)
        }
        return root
    }
}

/// Builds the element tree while `XMLParser` reads.
private final class MoodleTreeReader: NSObject, XMLParserDelegate {
    /// Deeper than any Moodle file goes; a file nested deeper is refused rather than followed.
    private static let maximumDepth = 64
    private var stack: [MoodleElement] = []
    var root: MoodleElement?
    var failure: String?

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        guard stack.count < Self.maximumDepth else {
            failure = "elements nested more than \(Self.maximumDepth) deep"
            parser.abortParsing()
            return
        }
        stack.append(MoodleElement(name: elementName, attributes: attributes))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard let element = stack.popLast() else { return }
        if stack.isEmpty { root = element } else { stack[stack.count - 1].children.append(element) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += String(decoding: CDATABlock, as: UTF8.self)
    }
}
