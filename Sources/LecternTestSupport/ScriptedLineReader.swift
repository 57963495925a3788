import LecternShell
import Testing

/// A line reader that plays back a fixed script and remembers every prompt it was shown. Asking for a line after
/// the script has run out records a test issue (and answers end of input), so a test cannot pass by accident.
public final class ScriptedLineReader: LineReader {
    private var remaining: [LineInput]
    private let createdAt: Testing.SourceLocation
    /// Every prompt shown, in order.
    public private(set) var prompts: [String] = []
    /// Whether the shell asked for more lines than the script holds.
    public private(set) var wasOverrun = false

    /// Plays back `inputs` in order.
    public init(_ inputs: [LineInput], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        remaining = inputs
        createdAt = sourceLocation
    }

    /// Plays back `lines` as typed lines, then end of input when `thenEndOfInput` is true.
    public convenience init(
        lines: [String], thenEndOfInput: Bool = false, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        self.init(lines.map(LineInput.line) + (thenEndOfInput ? [.endOfInput] : []), sourceLocation: sourceLocation)
    }

    /// Whether every scripted input was read.
    public var isFinished: Bool { remaining.isEmpty }

    /// The next scripted input.
    public func readLine(prompt: String) -> LineInput {
        prompts.append(prompt)
        guard !remaining.isEmpty else {
            wasOverrun = true
            Issue.record("the shell asked for a line after the script ran out (prompt \(prompt.debugDescription))", sourceLocation: createdAt)
            return .endOfInput
        }
        return remaining.removeFirst()
    }
}
