import LecternCore
import LecternShell

/// An output sink that keeps everything written to it.
public final class RecordingOutput: OutputSink {
    /// Each write, in order.
    public private(set) var writes: [String] = []

    /// Creates an empty recording.
    public init() {}

    /// Records `text` as it would be written.
    public func write(_ text: DisplayText) { writes.append(text.string) }

    /// Everything written, joined.
    public var text: String { writes.joined() }

    /// Everything written, split into lines (without a trailing empty line).
    public var lines: [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
