#if canImport(Glibc)
import Glibc
#endif

/// Writes all of a text to a file descriptor, again after an interrupted or partial write.
enum DescriptorWriter {
    /// Nil when every byte was written, else the `errno` of the write that failed (EPIPE when the reader is gone).
    static func writeAll(_ text: String, to descriptor: Int32) -> Int32? {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return errno
            }
            offset += written
        }
        return nil
    }
}
