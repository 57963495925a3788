import CReadline
import Foundation
import LecternShell

/// A `LineReader` over GNU readline: line editing, a persistent history, Tab completion and Ctrl-C that clears the line.
///
/// Readline is one global state per process, so make at most one of these, and only when standard input is a
/// terminal (see `LineReaderFactory`).
public final class ReadlineLineReader: LineReader {
    /// The most history entries kept in memory and in the history file.
    public let historyLimit: Int
    let historyPath: String?
    private let replacedInterruptHandler: sigaction

    /// Sets up readline, installs the Ctrl-C handler and loads (or creates) the history file.
    public init(historyFile: URL?, completion: any CompletionProvider, historyLimit: Int = 1000) {
        self.historyLimit = max(1, historyLimit)
        self.historyPath = historyFile?.path
        Self.chooseCharacterLocale()
        replacedInterruptHandler = ReadlineInterrupt.install()
        Self.configureReadline()
        ReadlineCompletion.provider = completion
        using_history()
        stifle_history(Int32(clamping: self.historyLimit))
        loadHistory()
    }

    deinit {
        ReadlineCompletion.provider = nil
        ReadlineInterrupt.uninstall(restoring: replacedInterruptHandler)
    }

    /// Shows `prompt` (colour codes allowed) and reads one edited line. A command goes into the history, Up walks
    /// the earlier ones and Tab completes; an answer is read with no history and no completion, and is never kept.
    public func readLine(prompt: String, purpose: LinePurpose) -> LineInput {
        ReadlineInterrupt.reset()
        let shown = Self.markingInvisibleSequences(in: prompt)
        ReadlineCompletion.completesCommands = purpose == .command
        let raw = purpose == .command ? readline(shown) : lectern_readline_without_history(shown)
        defer { free(raw) }
        // Ctrl-C comes back as NULL, like Ctrl-D; readline has echoed `^C`, and moves to a fresh line for neither.
        if ReadlineInterrupt.consume() {
            lectern_rl_finish_line()
            return ReadlineInterrupt.clearedText ? .interrupted : .interruptedOnEmptyLine
        }
        guard let raw else {
            lectern_rl_finish_line()
            return .endOfInput
        }
        let bytes = UnsafeRawBufferPointer(start: raw, count: strlen(raw))
        let input = LineLimits.decode(bytes)
        if purpose == .command, case .line(let text) = input {
            remember(text)
        }
        return input
    }

    /// Wraps terminal escape sequences (colours) in readline's invisible markers, so it measures the prompt right.
    ///
    /// Without the `\u{1}`…`\u{2}` markers readline counts escape codes as printed characters and redraws long lines
    /// in the wrong place. A prompt that already has markers is returned as it is.
    public static func markingInvisibleSequences(in prompt: String) -> String {
        // Most prompts have no escape at all: no need to rebuild them.
        if !prompt.utf8.contains(0x1B) { return prompt }
        let scalars = Array(prompt.unicodeScalars)
        if scalars.contains("\u{1}") {
            return prompt
        }
        var marked = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "\u{1B}" else {
                marked.append(scalars[index])
                index += 1
                continue
            }
            let end = escapeSequenceEnd(in: scalars, from: index)
            marked.append("\u{1}")
            marked.append(contentsOf: scalars[index..<end])
            marked.append("\u{2}")
            index = end
        }
        return String(marked)
    }

    /// The index just past the escape sequence starting at `start` (CSI such as colours, OSC, or ESC + one character).
    private static func escapeSequenceEnd(in scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start + 1
        guard index < scalars.count else { return index }
        switch scalars[index] {
        case "[":
            index += 1
            // Parameter and intermediate bytes, then one final byte in @...~.
            while index < scalars.count, !(0x40...0x7E).contains(scalars[index].value) {
                index += 1
            }
            return min(index + 1, scalars.count)
        case "]":
            // Operating system command, ended by BEL or ESC \.
            index += 1
            while index < scalars.count {
                if scalars[index] == "\u{7}" { return index + 1 }
                if scalars[index] == "\u{1B}", index + 1 < scalars.count, scalars[index + 1] == "\\" {
                    return index + 2
                }
                index += 1
            }
            return index
        default:
            return index + 1
        }
    }

    // MARK: Setup

    /// Readline treats bytes above 127 as Meta keys unless LC_CTYPE is a UTF-8 locale, which breaks typing "é".
    private static func chooseCharacterLocale() {
        _ = setlocale(LC_CTYPE, "")
        if !isUTF8Locale {
            _ = setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    private static var isUTF8Locale: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        return String(cString: codeset) == "UTF-8"
    }

    private static func configureReadline() {
        lectern_rl_set_readline_name()
        // Keep readline's own handlers: they restore the terminal around Ctrl-Z and re-raise Ctrl-C to ours.
        lectern_rl_set_catch_signals(1)
        lectern_rl_set_change_environment(0)
        lectern_rl_set_getc_function(readInterruptibleKey)
        lectern_rl_set_attempted_completion_function(completeForReadline)
        // Reads ~/.inputrc (or $INPUTRC) now, so the settings below win over it.
        rl_initialize()
        _ = lectern_rl_disable_bracketed_paste()
        // Readline sets LC_CTYPE again from LC_ALL/LC_CTYPE/LANG; when those ask for a non-UTF-8 locale such as
        // LC_ALL=C, at least keep typed UTF-8 intact (editing then moves byte by byte).
        if !isUTF8Locale {
            lectern_rl_pass_eight_bit_bytes()
        }
    }
}
