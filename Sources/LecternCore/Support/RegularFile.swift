import Foundation

/// Reading a file someone else made (a course file, a question bank to import) without ever blocking or reading
/// without bound: opened with `O_NONBLOCK`, so a FIFO is refused at once instead of holding the program for ever;
/// only a regular file is read (a link to one is followed: the folder is its author's to arrange); more than `limit`
/// bytes is refused.
public enum RegularFile {
    /// Why a file could not be read, worded to follow "the file …".
    public struct Failure: Error, Sendable, Equatable {
        /// "is not a regular file (a FIFO)", "cannot be read (Permission denied)", …
        public let reason: String
        /// Whether the file held more than the limit (the rest were not read).
        public let isTooLarge: Bool

        init(_ reason: String, isTooLarge: Bool = false) {
            self.reason = reason
            self.isTooLarge = isTooLarge
        }
    }

    /// The bytes of the regular file at `path`, at most `limit` of them.
    public static func contents(_ path: String, limit: Int) -> Result<Data, Failure> {
        func failed() -> Failure { Failure("cannot be read (\(String(cString: strerror(errno))))") }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(failed()) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(failed()) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(Failure("cannot be read (it is a folder)"))
        case S_IFIFO: return .failure(Failure("is not a regular file (a FIFO)"))
        default: return .failure(Failure("is not a regular file"))
        }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while data.count <= limit {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return .success(data) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(failed())
            }
            data.append(contentsOf: buffer[..<count])
        }
        return .failure(Failure("is more than \(limit) bytes", isTooLarge: true))
    }
}
