import LecternCore

/// Why a command ended without doing what it was asked: the message for the learner, the exit status, and the
/// error underneath. Commands throw it; only the program's presenter (`ErrorPresenter`) prints it and exits.
public struct CommandError: Error, Sendable, CustomStringConvertible {
    /// The exit status: 1 for a runtime failure, 64 for a usage error, 65 for bad content or data.
    public let status: Int32
    /// What went wrong, in one line, without the `error: ` the presenter adds.
    public let message: String
    /// Lines shown before the message, such as every problem of a course as `file:line: message`.
    public let details: String?
    /// The error this one reports, kept for tests and for whoever wants more than the message.
    public let cause: (any Error)?

    /// Creates an error; prefer `failure`, `usage` and `badData`, which name the status.
    public init(status: Int32, message: String, details: String? = nil, cause: (any Error)? = nil) {
        self.status = status
        self.message = message
        self.details = details
        self.cause = cause
    }

    /// A runtime failure (1): the learner's files could not be opened, read or saved, or a command refused.
    public static func failure(_ message: String, cause: (any Error)? = nil) -> CommandError {
        CommandError(status: 1, message: message, cause: cause)
    }

    /// A usage error (64, `EX_USAGE`): the words given cannot be used.
    public static func usage(_ message: String, cause: (any Error)? = nil) -> CommandError {
        CommandError(status: 64, message: message, cause: cause)
    }

    /// Bad content or data (65, `EX_DATAERR`), with every problem listed before the message.
    public static func badData(_ message: String, details: String? = nil, cause: (any Error)? = nil) -> CommandError {
        CommandError(status: 65, message: message, details: details, cause: cause)
    }

    /// A course with problems: every problem as `file:line: message`, then the hint to run `lectern check`.
    public static func course(_ error: CourseError) -> CommandError {
        badData(
            "the course has \(error.diagnostics.count) problem(s); run 'lectern check' for the list",
            details: error.description, cause: error)
    }

    /// The message.
    public var description: String { message }
}
