import LecternCore

/// Where the shell's text goes: standard output in the program, a recording in tests. It takes only display text,
/// so nothing from a file reaches the terminal without being neutralised.
public protocol OutputSink: AnyObject {
    /// Writes text as it is (callers add newlines).
    func write(_ text: DisplayText)
    /// Whether the reader has gone (a closed pipe): what is written now is dropped, and the command should end.
    var isClosed: Bool { get }
}

extension OutputSink {
    /// A sink that cannot close is never closed.
    public var isClosed: Bool { false }
}
