#if canImport(Glibc)
import Glibc
#endif
import LecternCore
import Synchronization

/// Standard output or standard error, written at once so prompts and replies interleave correctly.
public final class FileOutput: OutputSink, Sendable {
    private let descriptor: Int32
    private let closed = Atomic<Bool>(false)

    /// Writes to file descriptor `descriptor`.
    public init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Standard output.
    public static let standardOutput = FileOutput(descriptor: 1)
    /// Standard error.
    public static let standardError = FileOutput(descriptor: 2)

    /// Makes a write to a closed pipe fail with `EPIPE` instead of killing the process with `SIGPIPE`, so that
    /// `lectern quiz | head -1` ends quietly; call once, first thing.
    public static func ignoreBrokenPipes() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// Whether the reader has gone: a write found `EPIPE`, or the descriptor is a pipe whose reading end is closed
    /// (`poll` says so without writing, so a shell can stop before it waits for a line nobody will see answered).
    public var isClosed: Bool {
        if closed.load(ordering: .relaxed) { return true }
        var request = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
        guard poll(&request, 1, 0) == 1, request.revents & Int16(POLLERR) != 0 else { return false }
        closed.store(true, ordering: .relaxed)
        return true
    }

    /// Writes all of `text`, retrying after interrupted or partial writes; a closed pipe ends quietly.
    public func write(_ text: DisplayText) {
        writeBytes(text.string)
    }

    /// Writes `text` byte for byte when the descriptor is not a terminal (a pipe, a file); on a terminal it is
    /// neutralised like any display text, so an export's escape codes never reach the screen.
    public func writeExact(_ text: String) {
        if isatty(descriptor) != 0 {
            write(DisplayText(text))
        } else {
            writeBytes(text)
        }
    }

    /// At a terminal, text longer than the screen goes through the pager (`Pager`); when there is none that works,
    /// or the text fits, it is written directly.
    public func writeLong(_ text: DisplayText) {
        if isatty(descriptor) != 0, Pager.isLonger(text.string, thanRows: TerminalSize.rows()), Pager.show(text.string) {
            return
        }
        write(text)
    }

    private func writeBytes(_ text: String) {
        guard !isClosed else { return }
        if DescriptorWriter.writeAll(text, to: descriptor) == EPIPE { closed.store(true, ordering: .relaxed) }
    }
}
