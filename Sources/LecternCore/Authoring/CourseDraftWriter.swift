import Foundation

/// Writes a `CourseDraft` into a new or empty folder, never outside it and never through a symbolic link: the
/// folder is opened once (`O_NOFOLLOW`), every sub-folder is made and opened relative to it, and every file is
/// created new (`O_CREAT | O_EXCL | O_NOFOLLOW`), so nothing already there is overwritten or followed.
public enum CourseDraftWriter {
    /// The permissions of the course's files and folders: a course is shared, so readable by all.
    static let fileMode: mode_t = 0o644
    static let directoryMode: mode_t = 0o755

    /// Writes `draft` into `folder`, which must not exist yet (its parent must) or be an empty folder.
    public static func write(_ draft: CourseDraft, to folder: URL) throws(AuthoringError) {
        let path = folder.path
        var status = stat()
        if lstat(path, &status) == 0 {
            guard status.st_mode & S_IFMT != S_IFLNK else {
                throw AuthoringError(.badTarget, "\(path) is a symbolic link; give the folder itself (lectern new never follows links)")
            }
            guard status.st_mode & S_IFMT == S_IFDIR else { throw AuthoringError(.badTarget, "\(path) exists and is not a folder") }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? ["?"]
            guard entries.isEmpty else {
                throw AuthoringError(.badTarget, "\(path) is not empty (\(entries.count) \(entries.count == 1 ? "entry" : "entries")); lectern new writes only into a new or empty folder")
            }
        } else {
            guard mkdir(path, directoryMode) == 0 else { throw failure("create the folder", path) }
        }
        let root = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard root >= 0 else { throw failure("open the folder", path) }
        defer { close(root) }
        var folders: [String: Int32] = ["": root]
        defer { for (name, descriptor) in folders where !name.isEmpty { close(descriptor) } }
        for file in draft.files {
            let parts = file.path.split(separator: "/").map(String.init)
            guard let name = parts.last, !parts.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty }) else {
                throw AuthoringError(.writeFailed, "refusing to write \(file.path): not a plain path inside the course")
            }
            var parent = root
            var walked = ""
            for part in parts.dropLast() {
                walked += walked.isEmpty ? part : "/" + part
                if let open = folders[walked] {
                    parent = open
                    continue
                }
                guard mkdirat(parent, part, directoryMode) == 0 || errno == EEXIST else {
                    throw failure("create the folder", path + "/" + walked)
                }
                let descriptor = openat(parent, part, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                guard descriptor >= 0 else { throw failure("open the folder", path + "/" + walked) }
                folders[walked] = descriptor
                parent = descriptor
            }
            try create(name, in: parent, data: Data(file.text.utf8), shown: path + "/" + file.path)
        }
        for descriptor in folders.values { fsync(descriptor) }
    }

    private static func create(_ name: String, in folder: Int32, data: Data, shown: String) throws(AuthoringError) {
        let descriptor = openat(folder, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, fileMode)
        guard descriptor >= 0 else { throw failure("create", shown) }
        defer { close(descriptor) }
        let written = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress?.advanced(by: offset), buffer.count - offset)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        guard written, fsync(descriptor) == 0 else { throw failure("write", shown) }
    }

    private static func failure(_ operation: String, _ path: String) -> AuthoringError {
        AuthoringError(.writeFailed, "could not \(operation) \(path): \(String(cString: strerror(errno)))")
    }
}
