import Foundation

/// An exclusive hold on one learner's files for as long as a shell or quiz runs.
///
/// The lock is `flock(LOCK_EX | LOCK_NB)` on a separate `.lock` file, never on the data files, whose inodes change
/// at every replacement. `flock` belongs to an open file description, so two opens in one process conflict too.
/// The holder writes who it is into the file so that a refused process can say who holds it. The hold ends when
/// the lock is released or the process exits, even after a crash.
public final class LearnerLock: Sendable {
    /// Who holds a lock: enough to find the process and tell the learner.
    public struct Holder: Sendable, Equatable, Codable, CustomStringConvertible {
        /// The process id.
        public var pid: Int32
        /// The host name.
        public var host: String
        /// The program's name, such as `lectern shell` or `lectern quiz`.
        public var program: String
        /// When the hold began, as ISO 8601 text.
        public var startedAt: String

        /// Creates a holder from its parts.
        public init(pid: Int32, host: String, program: String, startedAt: String) {
            self.pid = pid
            self.host = host
            self.program = program
            self.startedAt = startedAt
        }

        /// This process, running `program`, starting at `now`.
        public static func current(program: String, now: Date) -> Holder {
            var buffer = [CChar](repeating: 0, count: 256)
            let host = gethostname(&buffer, buffer.count - 1) == 0 ? DurableFile.cText(buffer) : "unknown host"
            return Holder(pid: getpid(), host: host, program: program, startedAt: UTCDay.timestamp(now))
        }

        /// `lectern shell (pid 4242 on studybox, since 2025-03-01T09:00:00Z)`.
        public var description: String {
            "\(program) (pid \(pid) on \(host), since \(startedAt))"
        }
    }

    /// The result of trying to take a lock.
    public enum Attempt: Sendable {
        /// The lock is now held by this process.
        case acquired(LearnerLock)
        /// Another open file description holds it; the holder, when its note could be read.
        case heldBy(Holder?)
    }

    /// The lock file.
    public let url: URL
    /// Who holds this lock (this process).
    public let holder: Holder
    private let descriptor: Int32

    private init(url: URL, holder: Holder, descriptor: Int32) {
        self.url = url
        self.holder = holder
        self.descriptor = descriptor
    }

    deinit {
        // Unlock explicitly: a child being spawned at this moment (posix_spawn copies the descriptor table until its
        // exec closes O_CLOEXEC descriptors) would otherwise keep the open file description, and the lock, alive.
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// Tries once, without waiting, to take the lock file `.lock` in `folder` (created with mode 0600 if missing,
    /// refused if it is a link or not a regular file).
    public static func acquire(in folder: LearnerFolder, holder: Holder) throws(ProgressError) -> Attempt {
        let name = LearnerStore.lockName
        let url = folder.url.appendingPathComponent(name)
        let descriptor: Int32
        do throws(ProgressError) {
            guard let opened = try folder.openRegular(name, flags: O_RDWR | O_CREAT) else {
                throw .io(operation: "open the lock file", path: url.path, cause: errnoText(ENOENT))
            }
            descriptor = opened
        } catch let .io(_, path, cause) {
            // A folder the learner cannot write to is a place problem, said as one.
            if [EACCES, EROFS, EPERM].map(errnoText).contains(cause) {
                throw .unwritable(path: folder.url.path, cause: cause)
            }
            throw .io(operation: "open the lock file", path: path, cause: cause)
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            defer { close(descriptor) }
            guard code == EWOULDBLOCK else {
                throw .io(operation: "lock", path: url.path, cause: errnoText(code))
            }
            return .heldBy(readHolder(descriptor))
        }
        let lock = LearnerLock(url: url, holder: holder, descriptor: descriptor)
        // The note is informational: the flock is the lock. Failing to write it must not stop the learner.
        // Written over the old note from the start of the file (just opened), then cut to length: cutting the file
        // to nothing first would free its block and allocate another, which took from 0.3 to 3 ms here, the slowest
        // step before the prompt.
        if let note = note(holder), (try? DurableFile.writeAll(descriptor, note, path: url.path)) != nil {
            _ = ftruncate(descriptor, off_t(note.count))
        }
        return .acquired(lock)
    }

    /// The holder as one line of JSON, as `JSONEncoder` writes it with sorted keys and slashes unescaped.
    static func note(_ holder: Holder) -> Data? {
        var note = FlatJSONWriter()
        note.string("host", holder.host)
        note.integer("pid", Int(holder.pid))
        note.string("program", holder.program)
        note.string("startedAt", holder.startedAt)
        return note.finished().map { Data($0 + [0x0A]) }
    }

    /// Reads the holder's note through an open descriptor; `nil` if it is missing or half-written.
    private static func readHolder(_ descriptor: Int32) -> Holder? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        return try? JSONDecoder().decode(Holder.self, from: Data(buffer[0..<count]))
    }
}
