/// Why `lectern new` cannot make a course from an article, or cannot write it.
public struct AuthoringError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The user-facing message: the file or folder, and what is wrong with it.
    public let description: String
    /// Whether the mistake is in what was given (a usage error, 64) rather than in the file's contents (65) or in
    /// writing (1).
    public let kind: Kind

    /// The kinds of failure, each with its exit status in the shell.
    public enum Kind: Sendable, Equatable {
        /// The article cannot be used: empty, binary, too large, not text.
        case badArticle
        /// The target folder is not empty, is a link, or is not a folder.
        case badTarget
        /// Writing failed.
        case writeFailed
    }

    /// Creates an error.
    public init(_ kind: Kind, _ description: String) {
        self.kind = kind
        self.description = description
    }
}
