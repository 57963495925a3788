import LecternShell
import Testing

/// A line reader that plays back a fixed script and remembers every prompt it was shown. Asking for a line after
/// the script has run out records a test issue (and answers end of input), so a test cannot pass by accident; only a
/// script that ends with end of input goes on answering it, as an input that has ended does.
public final class ScriptedLineReader: LineReader {
    private var remaining: [LineInput]
    private let createdAt: Testing.SourceLocation
    /// Every prompt shown, in order.
    public private(set) var prompts: [String] = []
    /// What each line was read for, in order (`prompts[i]` was shown for `purposes[i]`).
    public private(set) var purposes: [LinePurpose] = []
    /// Whether the shell asked for more lines than the script holds.
    public private(set) var wasOverrun = false
    /// Whether the last input played back was the end of input.
    private var hasEnded = false

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
    public func readLine(prompt: String, purpose: LinePurpose) -> LineInput {
        prompts.append(prompt)
        purposes.append(purpose)
        guard !remaining.isEmpty else {
            // An input that has ended stays ended, as a pipe does: each screen the end of input closes lets the one
            // below read, and it reads the end again.
            if hasEnded { return .endOfInput }
            wasOverrun = true
            Issue.record("the shell asked for a line after the script ran out (prompt \(prompt.debugDescription))", sourceLocation: createdAt)
            return .endOfInput
        }
        let input = remaining.removeFirst()
        hasEnded = input == .endOfInput
        return input
    }
}
