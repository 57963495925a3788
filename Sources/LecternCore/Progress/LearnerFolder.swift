import Foundation

/// A folder held open by a descriptor that was checked once, and every file in it opened relative to that
/// descriptor: the one way Lectern touches a learner's files.
///
/// Learner folders are handed in by learners, so nothing in them is trusted. A name is never followed if it is a
/// symbolic link (`O_NOFOLLOW`, `AT_SYMLINK_NOFOLLOW`), only regular files are opened (the kind is checked with
/// `fstatat` before the open, so a FIFO or a device is never opened, and with `fstat` after it), an open never
/// blocks (`O_NONBLOCK`), and when `owner` is set every file must belong to that user. Anything else is refused
/// with `ProgressError.unsafeFile`, naming the file and what is wrong, and is left untouched.
///
/// Modelled on swift-system's `FileDescriptor`: thin methods over the system calls, retrying `EINTR`, turning
/// `errno` into an error at once.
public final class LearnerFolder: Sendable {
    /// The folder, for messages.
    public let url: URL
    /// The user every file (and the folder) must belong to, or nil to accept any owner.
    public let owner: uid_t?
    /// The open folder.
    let descriptor: Int32

    private init(url: URL, descriptor: Int32, owner: uid_t?) {
        self.url = url
        self.descriptor = descriptor
        self.owner = owner
    }

    deinit {
        close(descriptor)
    }

    /// The user running Lectern: the owner a learner's own folder and files must have.
    public static var currentUser: uid_t { geteuid() }

    /// Opens the folder at `url` as the user named it (links in its path are followed: the user chose the place),
    /// creating it and its parents with mode 0700 when `creating`. Nil when it is missing and not created.
    public static func named(_ url: URL, creating: Bool = false) throws(ProgressError) -> LearnerFolder? {
        if creating { try DurableFile.createDirectory(url) }
        let descriptor = retrying { open(url.path, O_RDONLY | O_DIRECTORY | O_NONBLOCK | O_CLOEXEC) }
        guard descriptor >= 0 else {
            if errno == ENOENT { return nil }
            throw DurableFile.failure("open folder", url.path)
        }
        return LearnerFolder(url: url, descriptor: descriptor, owner: nil)
    }

    /// Opens the learner folder at `url`: its parent as named, the folder itself never through a link, and owned
    /// by `owner` when one is given. Nil when it is missing and not created.
    public static func learner(
        _ url: URL, creating: Bool = false, owner: uid_t? = currentUser
    ) throws(ProgressError) -> LearnerFolder? {
        guard let parent = try named(url.deletingLastPathComponent(), creating: creating) else { return nil }
        return try parent.folder(url.lastPathComponent, creating: creating, owner: owner)
    }

    /// The folder `name` inside this one, opened without following a link, created (mode 0700) when `creating`;
    /// its files must belong to `owner` when one is given. Nil when it is missing and not created.
    public func folder(_ name: String, creating: Bool = false, owner: uid_t?) throws(ProgressError) -> LearnerFolder? {
        let path = self.path(name)
        var created = false
        if creating {
            if mkdirat(descriptor, name, DurableFile.directoryMode) == 0 {
                created = true
            } else if errno != EEXIST {
                throw Self.createFailure(errno, path: path)
            }
        }
        if let status = try status(of: name) {
            guard Self.kind(status) == S_IFDIR else { throw unsafe(name, Self.problem(status, expected: "a folder")) }
        } else {
            return nil
        }
        let opened = retrying { openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC) }
        guard opened >= 0 else {
            if errno == ELOOP || errno == ENOTDIR { throw unsafe(name, "is not a folder (it changed while it was opened)") }
            throw DurableFile.failure("open folder", path)
        }
        let folder = LearnerFolder(url: url.appendingPathComponent(name, isDirectory: true), descriptor: opened, owner: owner)
        var status = stat()
        guard fstat(opened, &status) == 0 else { throw DurableFile.failure("inspect", path) }
        if let problem = Self.ownerProblem(status, owner: owner) { throw unsafe(name, problem) }
        if created {
            // mkdir applies the umask; the folder's mode is a promise, so set it exactly, and make its name durable.
            fchmod(opened, DurableFile.directoryMode)
            try sync()
        }
        return folder
    }

    // MARK: Files

    /// Opens the regular file `name` with `flags` (`O_CREAT` creates it with `mode`), never following a link and
    /// never blocking; the descriptor is the caller's to close. Nil when it is missing and `O_CREAT` is not given.
    public func openRegular(_ name: String, flags: Int32, mode: mode_t = DurableFile.fileMode) throws(ProgressError) -> Int32? {
        let path = self.path(name)
        // Checked before the open, so that a FIFO or a device is never opened at all (opening one can block or act).
        if let status = try status(of: name) {
            if let problem = Self.fileProblem(status, owner: owner) { throw unsafe(name, problem) }
        } else if flags & O_CREAT == 0 {
            return nil
        }
        let opened = retrying { openat(descriptor, name, flags | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, mode) }
        guard opened >= 0 else {
            let code = errno
            if code == ENOENT, flags & O_CREAT == 0 { return nil }
            // Replaced between the check and the open: say what it is now.
            if code == ELOOP || code == ENXIO || code == EISDIR, let status = try status(of: name),
                let problem = Self.fileProblem(status, owner: owner)
            {
                throw unsafe(name, problem)
            }
            throw .io(operation: flags & O_ACCMODE == O_RDONLY ? "open" : "open for writing", path: path, cause: errnoText(code))
        }
        var status = stat()
        guard fstat(opened, &status) == 0 else {
            let error = DurableFile.failure("inspect", path)
            close(opened)
            throw error
        }
        if let problem = Self.fileProblem(status, owner: owner) {
            close(opened)
            throw unsafe(name, problem)
        }
        // A regular file never blocks anyway; clear the flag so that nothing later depends on it.
        _ = fcntl(opened, F_SETFL, fcntl(opened, F_GETFL) & ~O_NONBLOCK)
        return opened
    }

    /// The bytes of `name` from `offset` (at most `length` of them), or nil when it does not exist. A file larger
    /// than `limit` bytes is refused unread with `ProgressError.tooLarge`.
    public func read(_ name: String, from offset: Int = 0, length: Int? = nil, limit: Int? = nil) throws(ProgressError) -> Data? {
        guard let opened = try openRegular(name, flags: O_RDONLY) else { return nil }
        defer { close(opened) }
        let path = self.path(name)
        var status = stat()
        guard fstat(opened, &status) == 0 else { throw DurableFile.failure("inspect", path) }
        let size = Int(status.st_size)
        if let limit, size > limit { throw .tooLarge(path: path, size: size, limit: limit) }
        let available = max(0, size - offset)
        let wanted = min(available, length ?? available)
        var data = Data(count: wanted)
        var done = 0
        while done < wanted {
            let result = data.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return pread(opened, base + done, wanted - done, off_t(offset + done))
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw DurableFile.failure("read", path)
            }
            if result == 0 { break }
            done += result
        }
        return data.prefix(done)
    }

    /// The size of the regular file `name` in bytes, or nil when it does not exist or is not a regular file.
    public func size(of name: String) -> Int? {
        guard let status = try? status(of: name), Self.kind(status) == S_IFREG else { return nil }
        return Int(status.st_size)
    }

    /// Opens `name` for appending, creating it with `mode` (and syncing the folder, or a crash can lose the whole
    /// file) when it is missing.
    public func openForAppending(_ name: String, mode: mode_t = DurableFile.fileMode) throws(ProgressError) -> Int32 {
        // Open without creating first: it says whether the file existed.
        if let opened = try openRegular(name, flags: O_WRONLY | O_APPEND) { return opened }
        guard let opened = try openRegular(name, flags: O_WRONLY | O_APPEND | O_CREAT, mode: mode) else {
            throw .io(operation: "create", path: path(name), cause: errnoText(ENOENT))
        }
        do throws(ProgressError) {
            try sync()
        } catch {
            close(opened)
            throw error
        }
        return opened
    }

    /// Appends `data` to `name` (creating it with `mode`) and returns once `fdatasync` has put it on disk, or at
    /// once when not `synced` (a file whose loss costs nothing, such as the command history).
    public func append(
        _ data: Data, to name: String, mode: mode_t = DurableFile.fileMode, synced: Bool = true
    ) throws(ProgressError) {
        let opened = try openForAppending(name, mode: mode)
        defer { close(opened) }
        guard synced else { return try DurableFile.writeAll(opened, data, path: path(name)) }
        var status = stat()
        let before = fstat(opened, &status) == 0 ? status.st_size : nil
        try DurableFile.append(data, to: opened, sizeBefore: before, path: path(name))
    }

    /// Replaces `name` with `data`: a new temporary file in this folder, write, `fchmod`, `fsync`, `rename`,
    /// `fsync` of the folder. An existing file's permissions are kept (without execute or set-id bits); a new
    /// file gets `defaultMode`. A link or a non-regular file at `name` is refused and left as it is.
    public func replace(_ name: String, with data: Data, defaultMode: mode_t = DurableFile.fileMode) throws(ProgressError) {
        let path = self.path(name)
        var mode = defaultMode
        if let status = try status(of: name) {
            if let problem = Self.fileProblem(status, owner: owner) { throw unsafe(name, problem) }
            mode = status.st_mode & 0o666
        }
        let (temporary, opened) = try createTemporary(for: name)
        do throws(ProgressError) {
            defer { close(opened) }
            try DurableFile.writeAll(opened, data, path: self.path(temporary))
            guard fchmod(opened, mode) == 0 else { throw DurableFile.failure("set permissions of", self.path(temporary)) }
            guard fsync(opened) == 0 else { throw DurableFile.failure("flush", self.path(temporary)) }
            guard renameat(descriptor, temporary, descriptor, name) == 0 else { throw DurableFile.failure("replace", path) }
        } catch {
            unlinkat(descriptor, temporary, 0)
            throw error
        }
        try sync()
    }

    /// Cuts the regular file `name` down to its first `length` bytes and syncs it.
    public func truncate(_ name: String, to length: Int) throws(ProgressError) {
        guard let opened = try openRegular(name, flags: O_WRONLY) else {
            throw .io(operation: "open for truncating", path: path(name), cause: errnoText(ENOENT))
        }
        defer { close(opened) }
        guard ftruncate(opened, off_t(length)) == 0 else { throw DurableFile.failure("truncate", path(name)) }
        guard fsync(opened) == 0 else { throw DurableFile.failure("flush", path(name)) }
    }

    // MARK: Names

    /// Renames `name` to `newName` inside this folder, refusing to replace anything already called `newName`, and
    /// syncs the folder. Renaming moves the entry itself: a link is moved, never its target.
    public func rename(_ name: String, to newName: String) throws(ProgressError) {
        try move(name, to: self, as: newName)
    }

    /// Moves `name` into `folder` as `newName` (both folders synced), refusing to replace an existing `newName`.
    public func move(_ name: String, to folder: LearnerFolder, as newName: String) throws(ProgressError) {
        guard try folder.status(of: newName) == nil else {
            throw .io(operation: "move \(path(name)) to", path: folder.path(newName), cause: errnoText(EEXIST))
        }
        guard renameat(descriptor, name, folder.descriptor, newName) == 0 else {
            throw DurableFile.failure("move \(path(name)) to", folder.path(newName))
        }
        try sync()
        if folder !== self { try folder.sync() }
    }

    /// Renames `name` to `base` + `suffix` (or `base-2` + `suffix`…, never over an existing name) and returns the
    /// new name: what is set aside is moved, never copied, so even a huge file costs no space or memory.
    public func setAside(_ name: String, as base: String, suffix: String) throws(ProgressError) -> String {
        let target = try unusedName(base, suffix: suffix)
        try rename(name, to: target)
        return target
    }

    /// `base` + `suffix`, or `base-2` + `suffix`, `base-3`…: the first that names nothing in this folder.
    public func unusedName(_ base: String, suffix: String = "") throws(ProgressError) -> String {
        var target = base + suffix
        var attempt = 1
        while try status(of: target) != nil {
            attempt += 1
            target = "\(base)-\(attempt)\(suffix)"
        }
        return target
    }

    /// Removes the name `name` (a link is removed, never its target); a missing name is not an error.
    public func unlink(_ name: String) throws(ProgressError) {
        guard unlinkat(descriptor, name, 0) == 0 || errno == ENOENT else { throw DurableFile.failure("remove", path(name)) }
    }

    /// The names in this folder, without `.` and `..`, in no particular order.
    public func list() throws(ProgressError) -> [String] {
        let copy = dup(descriptor)
        guard copy >= 0, let stream = fdopendir(copy) else {
            if copy >= 0 { close(copy) }
            throw DurableFile.failure("list", url.path)
        }
        defer { closedir(stream) }
        // The copy shares the read position with `descriptor`: start from the beginning every time.
        rewinddir(stream)
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// What `name` is, without following it: its `lstat`, or nil when there is no such name.
    public func status(of name: String) throws(ProgressError) -> stat? {
        var status = stat()
        guard fstatat(descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else {
            if errno == ENOENT { return nil }
            throw DurableFile.failure("inspect", path(name))
        }
        return status
    }

    /// Flushes the folder's entries (names created, renamed or removed in it) to disk.
    public func sync() throws(ProgressError) {
        guard fsync(descriptor) == 0 else { throw DurableFile.failure("flush folder", url.path) }
    }

    /// The path of `name` in this folder, for messages.
    public func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    // MARK: Temporary files

    /// The prefix and infix of a temporary file made by `replace` for `name`: `.snapshot.json.tmp-`.
    static func temporaryPrefix(for name: String) -> String { ".\(name).tmp-" }

    /// Creates a new temporary file beside `name` (`O_EXCL`: never an existing file or link), mode 0600.
    private func createTemporary(for name: String) throws(ProgressError) -> (name: String, descriptor: Int32) {
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<100 {
            let suffix = String((0..<6).map { _ in letters[Int(generator.next(upperBound: UInt(letters.count)))] })
            let temporary = Self.temporaryPrefix(for: name) + suffix
            let opened = retrying {
                openat(descriptor, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, DurableFile.fileMode)
            }
            if opened >= 0 { return (temporary, opened) }
            if errno != EEXIST { break }
        }
        throw DurableFile.failure("create a temporary file beside", path(name))
    }

    /// Removes temporary files that a write killed half-way left behind (`.snapshot.json.tmp-Ab12Cd`): only
    /// regular files of that exact shape, and only by a caller that holds the learner's lock, so that no write in
    /// progress loses its file. Returns the names removed.
    @discardableResult
    public func removeStaleTemporaryFiles(for names: [String]) throws(ProgressError) -> [String] {
        let prefixes = names.map(Self.temporaryPrefix(for:))
        var removed: [String] = []
        for entry in try list() {
            guard let prefix = prefixes.first(where: entry.hasPrefix), entry.utf8.count == prefix.utf8.count + 6,
                let status = try status(of: entry), Self.kind(status) == S_IFREG
            else { continue }
            try unlink(entry)
            removed.append(entry)
        }
        if !removed.isEmpty { try sync() }
        return removed.sorted()
    }
}

/// Calls `call` again while it fails with `EINTR`.
func retrying(_ call: () -> Int32) -> Int32 {
    while true {
        let result = call()
        if result >= 0 || errno != EINTR { return result }
    }
}
