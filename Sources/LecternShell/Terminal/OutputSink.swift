/// Where the shell's text goes: standard output in the program, a recording in tests.
public protocol OutputSink: AnyObject {
    /// Writes text as it is (callers add newlines).
    func write(_ text: String)
}
