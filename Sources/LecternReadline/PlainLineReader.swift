import LecternShell

#if canImport(Glibc)
import Glibc
#endif

/// A `LineReader` for input that is not a terminal (a pipe, a file): no prompt, no echo, no escape codes.
///
/// Reads the descriptor in large chunks into its own buffer and splits on `\n`, dropping a `\r` before it. A line
/// longer than `LineLimits.maximumBytes` is skipped to its end without being kept and comes back as `.rejected`.
public final class PlainLineReader: LineReader {
    private let descriptor: Int32
    private let storage: UnsafeMutableRawBufferPointer
    /// Unread bytes are `storage[start..<end]`.
    private var start = 0
    private var end = 0
    /// How far past `start` is known to hold no newline.
    private var scanned = 0
    private var hasReachedEnd = false

    /// Reads from `descriptor` (standard input by default), `chunkSize` bytes per `read` at most.
    public init(fileDescriptor descriptor: Int32 = STDIN_FILENO, chunkSize: Int = 64 * 1024) {
        self.descriptor = descriptor
        // Room for the longest acceptable line, its `\r\n`, and a chunk beyond it.
        let capacity = max(chunkSize, 1) + LineLimits.maximumBytes + 2
        storage = .allocate(byteCount: capacity, alignment: 1)
    }

    deinit {
        storage.deallocate()
    }

    /// Returns the next line, ignoring `prompt` (a pipe keeps no history); `.endOfInput` once the input is used up.
    public func readLine(prompt: String, purpose: LinePurpose) -> LineInput {
        // Bytes of an overlong line already thrown away.
        var skipped = 0
        while true {
            if let newline = firstNewline() {
                let line = UnsafeRawBufferPointer(rebasing: storage[start..<newline])
                start = newline + 1
                scanned = 0
                return finish(line, skipped: skipped)
            }
            if hasReachedEnd {
                guard start < end || skipped > 0 else { return .endOfInput }
                let line = UnsafeRawBufferPointer(rebasing: storage[start..<end])
                start = end
                scanned = 0
                return finish(line, skipped: skipped)
            }
            if end - start > LineLimits.maximumBytes + 1 {
                // Too long even if it ends in `\r\n`: stop keeping it, only count it.
                skipped += end - start
                start = end
                scanned = 0
            }
            fill()
        }
    }

    /// The line in `bytes` (plus `skipped` bytes before it), without a final `\r`, checked against `LineLimits`.
    private func finish(_ bytes: UnsafeRawBufferPointer, skipped: Int) -> LineInput {
        var line = bytes
        if line.last == UInt8(ascii: "\r") {
            line = UnsafeRawBufferPointer(rebasing: line.dropLast())
        }
        guard skipped == 0 else {
            // `decode` refuses on length before it looks at a byte, so a stand-in of the true length gives the
            // usual message without keeping the line.
            return LineLimits.decode(repeatElement(UInt8(ascii: " "), count: skipped + line.count))
        }
        return LineLimits.decode(line)
    }

    private func firstNewline() -> Int? {
        let from = start + scanned
        guard from < end, let base = storage.baseAddress else { return nil }
        guard let found = memchr(base + from, Int32(UInt8(ascii: "\n")), end - from) else {
            scanned = end - start
            return nil
        }
        return base.distance(to: found)
    }

    /// Moves the unread bytes to the front and reads one more chunk after them.
    private func fill() {
        guard let base = storage.baseAddress else {
            hasReachedEnd = true
            return
        }
        if start > 0 {
            memmove(base, base + start, end - start)
            end -= start
            start = 0
        }
        while true {
            let count = read(descriptor, base + end, storage.count - end)
            if count > 0 {
                end += count
                return
            }
            if count < 0, errno == EINTR {
                continue
            }
            // End of input, or an error that leaves nothing more to read.
            hasReachedEnd = true
            return
        }
    }
}
