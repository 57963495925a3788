import Foundation
import LecternShell

/// Chooses the reader for this process's standard input.
public enum LineReaderFactory {
    /// GNU readline when standard input is a terminal, otherwise the plain reader (never both on one input).
    ///
    /// Readline on a pipe would echo the prompt and every line to standard output, so it is not even set up then.
    public static func make(historyFile: URL?, completion: any CompletionProvider) -> any LineReader {
        if isatty(STDIN_FILENO) == 1 {
            return ReadlineLineReader(historyFile: historyFile, completion: completion)
        }
        return PlainLineReader()
    }
}
