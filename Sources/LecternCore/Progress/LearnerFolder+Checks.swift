import Foundation

extension LearnerFolder {
    /// The file-type bits of a status.
    static func kind(_ status: stat) -> mode_t { status.st_mode & S_IFMT }

    /// What is wrong with `status` for a file Lectern reads or writes, or nil when it is a regular file owned as
    /// required.
    static func fileProblem(_ status: stat, owner: uid_t?) -> String? {
        guard kind(status) == S_IFREG else { return problem(status, expected: "a regular file") }
        return ownerProblem(status, owner: owner)
    }

    /// `is a symbolic link (…)` or `is not a regular file (a FIFO)` for something that is not `expected`.
    static func problem(_ status: stat, expected: String) -> String {
        let kind: String
        switch Self.kind(status) {
        case S_IFLNK:
            return "is a symbolic link (Lectern follows no links in a learner's folder)"
        case S_IFIFO: kind = "a FIFO"
        case S_IFSOCK: kind = "a socket"
        case S_IFCHR: kind = "a character device"
        case S_IFBLK: kind = "a block device"
        case S_IFDIR: kind = "a folder"
        case S_IFREG: kind = "a regular file"
        default: kind = "of an unknown kind"
        }
        return "is not \(expected) (\(kind))"
    }

    /// Why `status` does not belong to `owner`, or nil when it does (or no owner is required).
    static func ownerProblem(_ status: stat, owner: uid_t?) -> String? {
        guard let owner, status.st_uid != owner else { return nil }
        return "belongs to user \(status.st_uid), not to the user running Lectern (user \(owner))"
    }

    /// The refusal of `name` for `problem`.
    func unsafe(_ name: String, _ problem: String) -> ProgressError {
        .unsafeFile(path: path(name), problem: problem)
    }

    /// The error for a `mkdir` that failed with `code`: a place that cannot be written, or a name the system refuses.
    static func createFailure(_ code: Int32, path: String) -> ProgressError {
        switch code {
        case EACCES, EROFS, EPERM: .unwritable(path: path, cause: errnoText(code))
        default: .io(operation: "create the folder", path: path, cause: errnoText(code))
        }
    }
}
