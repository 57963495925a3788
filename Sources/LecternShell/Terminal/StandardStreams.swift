#if canImport(Glibc)
import Glibc
#endif

/// Standard output or standard error, written at once so prompts and replies interleave correctly.
public final class FileOutput: OutputSink, Sendable {
    private let descriptor: Int32

    /// Writes to file descriptor `descriptor`.
    public init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Standard output.
    public static let standardOutput = FileOutput(descriptor: 1)
    /// Standard error.
    public static let standardError = FileOutput(descriptor: 2)

    /// Writes all of `text`, retrying after interrupted or partial writes; a closed pipe ends quietly.
    public func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return
            }
            offset += written
        }
    }
}
