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

/// How much a problem found by `lectern check` matters.
public enum Severity: String, Sendable, Hashable {
    /// The course cannot be used until it is fixed.
    case error
    /// The course works, but a question or lesson teaches less well than it could; `check --strict` refuses it.
    case warning
}

/// One problem found in a course, reported as `file:line: message`, or `file:line: warning[rule]: message` for a
/// problem one of the named check rules found.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible, Comparable {
    /// Where the problem is.
    public let location: SourceLocation
    /// What is wrong, for the author.
    public let message: String
    /// Whether the course can be used despite it.
    public let severity: Severity
    /// The check rule that found it; nil for a problem of the course format itself.
    public let rule: CheckRule?

    /// Creates a diagnostic: an error of the format unless a rule is named, which brings its own severity.
    public init(_ location: SourceLocation, _ message: String, rule: CheckRule? = nil) {
        self.location = location
        self.message = message
        self.rule = rule
        self.severity = rule?.severity ?? .error
    }

    /// `file:line: message`, with `error[rule]: ` or `warning[rule]: ` before the message when a rule found it.
    public var description: String {
        guard let rule else { return "\(location): \(message)" }
        return "\(location): \(severity.rawValue)[\(rule.rawValue)]: \(message)"
    }

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
