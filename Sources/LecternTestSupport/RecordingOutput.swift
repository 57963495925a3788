import LecternShell

/// An output sink that keeps everything written to it.
public final class RecordingOutput: OutputSink {
    /// Each write, in order.
    public private(set) var writes: [String] = []

    /// Creates an empty recording.
    public init() {}

    /// Records `text`.
    public func write(_ text: String) { writes.append(text) }

    /// Everything written, joined.
    public var text: String { writes.joined() }

    /// Everything written, split into lines (without a trailing empty line).
    public var lines: [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
