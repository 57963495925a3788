import Foundation

/// File operations that survive a crash at any instant: whole-file replacement and appends that reach the disk
/// before they return.
///
/// `Data.write(options: .atomic)` is not used: it never syncs the directory, resets permissions to 0644 and can leave
/// temporary files behind after a crash.
public enum DurableFile {
    /// The permissions of files Lectern creates: readable and writable by the owner only.
    public static let fileMode: mode_t = 0o600
    /// The permissions of folders Lectern creates: usable by the owner only.
    public static let directoryMode: mode_t = 0o700

    /// Replaces `url` with `data` as `LearnerFolder.replace` does, in the folder `url` names (a link at `url`
    /// itself is refused, never followed). An existing file's permissions are kept; a new file gets `defaultMode`.
    public static func replace(_ url: URL, with data: Data, defaultMode: mode_t = fileMode) throws(ProgressError) {
        try parent(of: url).replace(url.lastPathComponent, with: data, defaultMode: defaultMode)
    }

    /// Appends `data` to `url` (creating it with `mode`) and returns only once `fdatasync` has put it on disk.
    public static func append(_ data: Data, to url: URL, mode: mode_t = fileMode) throws(ProgressError) {
        try parent(of: url).append(data, to: url.lastPathComponent, mode: mode)
    }

    /// Writes all of `data` at the end of the file open for appending as `descriptor` and `fdatasync`s it.
    static func append(_ data: Data, to descriptor: Int32, sizeBefore: off_t?, path: String) throws(ProgressError) {
        do throws(ProgressError) {
            try writeAll(descriptor, data, path: path)
        } catch {
            // A full disk or a file-size limit can take part of the data: cut it off again, so a retry appends a
            // whole line after whole lines instead of leaving a broken one in the middle of the log.
            if let sizeBefore { _ = ftruncate(descriptor, sizeBefore) }
            throw error
        }
        guard fdatasync(descriptor) == 0 else { throw failure("flush", path) }
    }

    /// Cuts `url` down to its first `length` bytes and syncs it.
    public static func truncate(_ url: URL, to length: Int) throws(ProgressError) {
        try parent(of: url).truncate(url.lastPathComponent, to: length)
    }

    /// The bytes of `url` from `offset` (at most `length` of them), or `nil` when the file does not exist.
    public static func read(_ url: URL, from offset: Int = 0, length: Int? = nil) throws(ProgressError) -> Data? {
        guard let folder = try LearnerFolder.named(url.deletingLastPathComponent()) else { return nil }
        return try folder.read(url.lastPathComponent, from: offset, length: length)
    }

    /// The size of `url` in bytes, or `nil` when it does not exist.
    public static func size(of url: URL) -> Int? {
        var status = stat()
        guard stat(url.path, &status) == 0 else { return nil }
        return Int(status.st_size)
    }

    /// The permission bits of `url` (not of a link's target), or `nil` when it does not exist.
    public static func permissions(of url: URL) -> mode_t? {
        var status = stat()
        guard lstat(url.path, &status) == 0 else { return nil }
        return status.st_mode & 0o7777
    }

    /// The folder holding `url`, open.
    private static func parent(of url: URL) throws(ProgressError) -> LearnerFolder {
        let folder = url.deletingLastPathComponent()
        guard let open = try LearnerFolder.named(folder) else {
            throw .io(operation: "open folder", path: folder.path, cause: errnoText(ENOENT))
        }
        return open
    }

    /// Creates `url` and any missing parents, each new one with `mode`; reports an unwritable place clearly.
    public static func createDirectory(_ url: URL, mode: mode_t = directoryMode) throws(ProgressError) {
        var status = stat()
        if stat(url.path, &status) == 0 {
            guard status.st_mode & S_IFMT == S_IFDIR else {
                throw .unwritable(path: url.path, cause: errnoText(ENOTDIR))
            }
            return
        }
        let parent = url.deletingLastPathComponent()
        if parent.path != url.path {
            try createDirectory(parent, mode: mode)
        }
        guard mkdir(url.path, mode) == 0 || errno == EEXIST else {
            throw LearnerFolder.createFailure(errno, path: url.path)
        }
        // mkdir applies the umask; the folder's mode is a promise, so set it exactly.
        chmod(url.path, mode)
        try syncDirectory(parent)
    }

    /// Flushes a folder's entries (names created, renamed or removed in it) to disk.
    public static func syncDirectory(_ url: URL) throws(ProgressError) {
        let descriptor = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure("open folder", url.path) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw failure("flush folder", url.path) }
    }

    /// Writes every byte of `data` to `descriptor`, retrying short writes and interruptions.
    static func writeAll(_ descriptor: Int32, _ data: Data, path: String) throws(ProgressError) {
        var done = 0
        while done < data.count {
            let result = data.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return write(descriptor, base + done, buffer.count - done)
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw failure("write", path)
            }
            done += result
        }
    }

    /// The text of a NUL-terminated C character buffer.
    static func cText(_ buffer: [CChar]) -> String {
        String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// An error for `operation` on `path` with the current `errno` as its cause.
    static func failure(_ operation: String, _ path: String) -> ProgressError {
        .io(operation: operation, path: path, cause: errnoText(errno))
    }
}
