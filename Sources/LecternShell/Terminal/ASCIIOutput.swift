import LecternCore

/// A sink for a terminal whose locale is not UTF-8: everything written to it is passed on in ASCII
/// (`DisplayText.ascii`), so the whole shell (feedback marks, quotes, dashes, bars, arrows, notes and errors) falls
/// back, not only the report.
public final class ASCIIOutput: OutputSink {
    private let sink: any OutputSink

    /// Passes ASCII on to `sink`.
    public init(_ sink: any OutputSink) {
        self.sink = sink
    }

    /// `sink` itself when `environment` names a UTF-8 locale, else `sink` behind an `ASCIIOutput`.
    public static func forLocale(_ sink: any OutputSink, environment: [String: String]) -> any OutputSink {
        Style.isUTF8Locale(environment) ? sink : ASCIIOutput(sink)
    }

    public func write(_ text: DisplayText) { sink.write(text.ascii) }
    public var isClosed: Bool { sink.isClosed }
    /// An export's bytes stay exact: they are a file's contents, not the shell's words.
    public func writeExact(_ text: String) { sink.writeExact(text) }
    public func writeLong(_ text: DisplayText) { sink.writeLong(text.ascii) }
}
