/// A place in a course file.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file, relative to the course folder.
    public let file: String
    /// The 1-based line, when known.
    public let line: Int?

    /// Creates a location.
    public init(file: String, line: Int?) {
        self.file = file
        self.line = line
    }

    /// `file:line`, or just `file`.
    public var description: String { line.map { "\(file):\($0)" } ?? file }
}

/// One problem found in a course, reported as `file:line: message`.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible, Comparable {
    /// Where the problem is.
    public let location: SourceLocation
    /// What is wrong, for the author.
    public let message: String

    /// Creates a diagnostic.
    public init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }

    /// `file:line: message`.
    public var description: String { "\(location): \(message)" }

    /// Orders by file, then line, then message.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location.file, lhs.location.line ?? 0, lhs.message) < (rhs.location.file, rhs.location.line ?? 0, rhs.message)
    }
}

/// A course that cannot be used, with every problem found.
public struct CourseError: Error, Sendable, CustomStringConvertible {
    /// The problems, sorted by file and line.
    public let diagnostics: [Diagnostic]

    /// Creates the error.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted()
    }

    /// One problem a line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
