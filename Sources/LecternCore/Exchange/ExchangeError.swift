import Foundation

/// A file that cannot be imported at all (as opposed to single questions that do not map, which are listed).
public enum ExchangeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file is not well-formed XML.
    case unreadableXML(line: Int, cause: String)
    /// The XML is not a Moodle question file.
    case notMoodleXML(root: String)
    /// The file is larger than an import reads.
    case tooLarge(bytes: Int, limit: Int)
    /// The file is not UTF-8 text.
    case notText

    /// The message for the user.
    public var description: String {
        switch self {
        case .unreadableXML(let line, let cause): "not well-formed XML (line \(line)): \(cause)"
        case .notMoodleXML(let root): "not a Moodle XML question file: the top element is <\(root)>, not <quiz>"
        case .tooLarge(let bytes, let limit): "the file has \(bytes) bytes; an import reads at most \(limit)"
        case .notText: "the file is not UTF-8 text"
        }
    }
}
