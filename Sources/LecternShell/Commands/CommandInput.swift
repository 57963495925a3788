import Foundation
import LecternCore

/// A file a command reads whole (an article for `new`, a question bank for `import`): a regular file, read without
/// following a link at its end, refused past its size limit.
enum CommandInput {
    /// The bytes of the file at `path` (a leading `~` expanded), or why not: a file over `limit` bytes is bad data
    /// (65, "cannot `purpose` …"), one that cannot be read a failure (1).
    static func contents(of path: String, limit: Int, purpose: String) throws(CommandError) -> Data {
        switch RegularFile.contents((path as NSString).expandingTildeInPath, limit: limit) {
        case .success(let bytes):
            return bytes
        case .failure(let failure) where failure.isTooLarge:
            throw .badData("cannot \(purpose) \(path): the file \(failure.reason)", cause: failure)
        case .failure(let failure):
            throw .failure("cannot read \(path): the file \(failure.reason)", cause: failure)
        }
    }
}
