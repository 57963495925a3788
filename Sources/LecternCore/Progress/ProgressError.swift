import Foundation

/// Why a learner's progress could not be read, written or changed.
public enum ProgressError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The progress folder cannot be created or written; `cause` is the system's reason.
    case unwritable(path: String, cause: String)
    /// A file operation failed; `operation` says what was being done, `cause` is the system's reason.
    case io(operation: String, path: String, cause: String)
    /// A write was refused because the store was opened read-only; `reason` says why.
    case readOnly(path: String, reason: String)
    /// A file was written by a newer Lectern whose format this one cannot read.
    case newerSchema(path: String, line: Int?, found: Int, supported: Int)
    /// A record or setting handed to the store cannot be stored as it is.
    case invalidRecord(String)
    /// A value could not be turned into JSON or read back.
    case encoding(path: String, cause: String)
    /// A learner name breaks one of the naming rules.
    case invalidLearnerName(name: String, problem: String)
    /// A learner of that name already exists.
    case learnerExists(name: String, path: String)
    /// No learner of that name exists.
    case learnerNotFound(name: String, path: String)
    /// The learner's files are in use by another shell or quiz.
    case learnerInUse(name: String, holder: String)
    /// A name in a learner's folder is not what Lectern opens there (a symbolic link, a FIFO, another user's
    /// file); it was refused and left untouched.
    case unsafeFile(path: String, problem: String)
    /// A file is larger than Lectern ever reads of that kind; it was not read.
    case tooLarge(path: String, size: Int, limit: Int)

    /// The user-facing explanation, naming the file and keeping the underlying cause.
    public var description: String {
        switch self {
        case let .unwritable(path, cause):
            return "cannot write to \(path): \(cause); use --progress-dir or fix permissions"
        case let .io(operation, path, cause):
            return "cannot \(operation) \(path): \(cause)"
        case let .readOnly(path, reason):
            return "cannot save progress in \(path): opened read-only because \(reason)"
        case let .newerSchema(path, line, found, supported):
            let place = line.map { "\(path):\($0)" } ?? path
            return "\(place) was written by a newer Lectern (schema version \(found); this one reads up to \(supported));"
                + " the files are left untouched: update Lectern to continue"
        case let .invalidRecord(reason):
            return "cannot store this record: \(reason)"
        case let .encoding(path, cause):
            return "cannot encode or decode \(path): \(cause)"
        case let .invalidLearnerName(name, problem):
            return "learner name \"\(name.debugEscaped)\" is not allowed: \(problem)"
        case let .learnerExists(name, path):
            return "learner \"\(name)\" already exists at \(path)"
        case let .learnerNotFound(name, path):
            return "no learner \"\(name)\" at \(path)"
        case let .learnerInUse(name, holder):
            return "learner \"\(name)\" is in use by \(holder); close it first"
        case let .unsafeFile(path, problem):
            return "refused \(path): it \(problem); it was left untouched"
        case let .tooLarge(path, size, limit):
            return "refused \(path): it is \(size) bytes, more than the \(limit) Lectern reads of such a file;"
                + " it was not read"
        }
    }
}

extension String {
    /// The string with control and invisible characters (bidi controls, zero-width ones) shown as escapes, for
    /// messages that quote user input.
    var debugEscaped: String {
        var result = ""
        for scalar in unicodeScalars {
            if scalar.properties.generalCategory == .control || LearnerName.isInvisible(scalar) {
                result += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

/// The text of the C library's message for `code`, as `strerror` gives it.
func errnoText(_ code: Int32) -> String {
    String(cString: strerror(code))
}
