import CReadline
import Foundation
import LecternShell

/// Temporary plain reader until the readline adapter lands.
public enum LineReaderFactory {
    /// A reader for standard input.
    public static func make(historyFile: URL?, completion: any CompletionProvider) -> any LineReader {
        SimpleReader()
    }
}

final class SimpleReader: LineReader {
    func readLine(prompt: String) -> LineInput {
        guard let line = Swift.readLine() else { return .endOfInput }
        return .line(line)
    }
}
