import LecternCore

/// Where the shell's text goes: standard output in the program, a recording in tests. It takes only display text,
/// so nothing from a file reaches the terminal without being neutralised.
public protocol OutputSink: AnyObject {
    /// Writes text as it is (callers add newlines).
    func write(_ text: DisplayText)
    /// Whether the reader has gone (a closed pipe): what is written now is dropped, and the command should end.
    var isClosed: Bool { get }
    /// Writes a file's exact bytes (an export) where they are data, not shown: a pipe or a file keeps every byte;
    /// a terminal, and any sink that does not say otherwise, gets them as display text.
    func writeExact(_ text: String)
    /// Writes text that may be longer than the screen: through the pager at a terminal when it is, as `write`
    /// otherwise (and in every sink that does not say otherwise).
    func writeLong(_ text: DisplayText)
}

extension OutputSink {
    /// A sink that cannot close is never closed.
    public var isClosed: Bool { false }

    /// Anywhere but a pipe or a file, the bytes are shown as display text, neutralised.
    public func writeExact(_ text: String) { write(DisplayText(text)) }

    /// Anywhere but a terminal, long text is written as any text.
    public func writeLong(_ text: DisplayText) { write(text) }
}
