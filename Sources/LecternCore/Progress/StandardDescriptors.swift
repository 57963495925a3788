import Foundation

/// Descriptors 0, 1 and 2, which must be open before any file is: `open` returns the lowest free descriptor, so
/// with standard output closed (`lectern quiz >&-`) the first file opened, the review log, would become standard
/// output and receive the quiz's text.
public enum StandardDescriptors {
    /// Opens `/dev/null` in place of each of 0, 1 and 2 that is closed; call it first thing in `main`.
    ///
    /// Returns the descriptors that were closed (for tests); nothing else is changed.
    @discardableResult
    public static func ensureOpen() -> [Int32] {
        var filled: [Int32] = []
        for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            // The lowest free descriptor is this one, as every lower one is open by now.
            let opened = open("/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY)
            if opened >= 0, opened != descriptor {
                // Cannot happen while the lower ones are open; never leave a stray descriptor behind.
                _ = dup2(opened, descriptor)
                close(opened)
            }
            filled.append(descriptor)
        }
        return filled
    }
}
