/// What one attempt to read a line gave.
public enum LineInput: Sendable, Equatable {
    /// A complete line, without its newline.
    case line(String)
    /// Ctrl-C on a line with text: the line was cleared; ask again.
    case interrupted
    /// Ctrl-C on an empty line: nothing to clear, so the learner may be trying to leave (the screen says how).
    case interruptedOnEmptyLine
    /// End of input (Ctrl-D on an empty line, or the end of a pipe).
    case endOfInput
    /// A line that cannot be used (too long, not UTF-8); the reason is for the learner.
    case rejected(String)
}

/// Offers completions for the word being typed.
public protocol CompletionProvider: Sendable {
    /// Candidates that complete `word`, given the text of the line before it.
    func completions(before linePrefix: String, word: String) -> [String]
}

/// What a line is read for, which decides whether it belongs in the command history.
public enum LinePurpose: Sendable, Equatable {
    /// A command at the main prompt: kept in the history (in memory and in the learner's `history` file), and Up
    /// walks the earlier commands.
    case command
    /// Anything else: an answer in a quiz, exam, review or lesson, a confirmation. Never kept, and Up offers
    /// nothing, so no earlier answer (or command) can be sent as an answer by mistake.
    case answer
}

/// A source of lines typed by the learner: GNU readline at a terminal, plain lines from a pipe, a script in tests.
public protocol LineReader: AnyObject {
    /// Shows `prompt` (when interactive) and reads one line for `purpose`.
    func readLine(prompt: String, purpose: LinePurpose) -> LineInput
}

extension LineReader {
    /// Reads a line that is not a command (a confirmation, an answer): it stays out of the history.
    public func readLine(prompt: String) -> LineInput {
        readLine(prompt: prompt, purpose: .answer)
    }
}

/// Limits shared by every reader.
public enum LineLimits {
    /// The longest line accepted, in bytes; longer lines are refused with a message.
    public static let maximumBytes = 4096

    /// Turns raw bytes into a line, or the reason it is refused.
    ///
    /// Inlinable, so a reader in another module (readline's buffer, a pipe's slice) gets code specialised for its
    /// collection: called through the protocol, counting and copying the bytes took longer than reading the line.
    @inlinable
    public static func decode(_ bytes: some Collection<UInt8>) -> LineInput {
        // Measured before copying, as a refused line can be far longer than any accepted one.
        let count = bytes.count
        if count > maximumBytes { return tooLong(count) }
        return decode(Array(bytes))
    }

    /// `decode(_:)` for bytes in an array.
    public static func decode(_ bytes: [UInt8]) -> LineInput {
        if bytes.count > maximumBytes { return tooLong(bytes.count) }
        // ASCII is valid UTF-8 as it stands; checking for it costs less than validating.
        if bytes.allSatisfy({ $0 < 0x80 }) { return .line(String(decoding: bytes, as: UTF8.self)) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .rejected("that line is not valid UTF-8 text")
        }
        return .line(text)
    }

    @usableFromInline
    static func tooLong(_ count: Int) -> LineInput {
        .rejected("that line is \(count) bytes long; the limit is \(maximumBytes)")
    }
}
