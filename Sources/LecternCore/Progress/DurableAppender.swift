import Foundation
import Synchronization

extension DurableFile {
    /// Appends to one file through a descriptor kept open between appends: an answer then costs a write and an
    /// `fdatasync`, not also an open (a path lookup) and a close. Each append is as durable as `DurableFile.append`.
    ///
    /// The path is followed, not the first file opened: before each append, the `fstat` that the append needs anyway
    /// says whether the open file still has a name. A file replaced by a rename (a repair writes a new log that way)
    /// or deleted has none, and the path is opened again, or created as `DurableFile.append` would.
    public final class Appender: Sendable {
        /// The file appended to.
        public let url: URL
        private let path: String
        private let folder: LearnerFolder
        private let name: String
        private let mode: mode_t
        /// The open descriptor (or -1) and how many times the path was opened, for tests.
        private let state = Mutex<(descriptor: Int32, opens: Int)>((-1, 0))

        /// An appender to `name` in `folder` (never through a link); nothing is opened until the first append.
        public init(folder: LearnerFolder, name: String, mode: mode_t = DurableFile.fileMode) {
            self.folder = folder
            self.name = name
            self.url = folder.url.appendingPathComponent(name)
            self.path = url.path
            self.mode = mode
        }

        /// An appender to `url`, in the folder `url` names.
        public convenience init(url: URL, mode: mode_t = DurableFile.fileMode) throws(ProgressError) {
            guard let folder = try LearnerFolder.named(url.deletingLastPathComponent()) else {
                throw .io(operation: "open folder", path: url.deletingLastPathComponent().path, cause: errnoText(ENOENT))
            }
            self.init(folder: folder, name: url.lastPathComponent, mode: mode)
        }

        deinit {
            state.withLock { if $0.descriptor >= 0 { Glibc.close($0.descriptor) } }
        }

        /// Appends all of `data` and returns once it is on disk.
        public func append(_ data: Data) throws(ProgressError) {
            try state.withLock { (state) throws(ProgressError) in
                var status = stat()
                if state.descriptor >= 0, fstat(state.descriptor, &status) != 0 || status.st_nlink == 0 {
                    Glibc.close(state.descriptor)
                    state.descriptor = -1
                }
                if state.descriptor < 0 {
                    state.descriptor = try folder.openForAppending(name, mode: mode)
                    state.opens += 1
                    if fstat(state.descriptor, &status) != 0 { status.st_size = -1 }
                }
                do throws(ProgressError) {
                    try DurableFile.append(data, to: state.descriptor, sizeBefore: status.st_size >= 0 ? status.st_size : nil, path: path)
                } catch {
                    // After a failed write or flush the descriptor's state is not to be trusted: start afresh.
                    Glibc.close(state.descriptor)
                    state.descriptor = -1
                    throw error
                }
            }
        }

        /// Closes the descriptor; a later append opens the path again.
        public func close() {
            state.withLock { state in
                if state.descriptor >= 0 { Glibc.close(state.descriptor) }
                state.descriptor = -1
            }
        }

        /// How many times the path has been opened: once, unless the file was replaced, deleted or closed since.
        var opens: Int { state.withLock { $0.opens } }

        /// Whether a descriptor is open now.
        var isOpen: Bool { state.withLock { $0.descriptor >= 0 } }
    }
}
