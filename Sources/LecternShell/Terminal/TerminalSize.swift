#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The size of the terminal the shell writes to.
public enum TerminalSize {
    /// The narrowest width reported, so that wrapping never degenerates.
    public static let minimumColumns = 20

    /// Columns of standard output's terminal, else `$COLUMNS`, else 80; never fewer than `minimumColumns`.
    public static func columns() -> Int {
        var size = winsize()
        let measured = ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 ? Int(size.ws_col) : nil
        let environment = getenv("COLUMNS").map { String(cString: $0) }
        return columns(measured: measured, environment: environment)
    }

    /// Rows of standard output's terminal, else `$LINES`, else 24.
    public static func rows() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 { return Int(size.ws_row) }
        if let text = getenv("LINES").map({ String(cString: $0) }), let value = Int(text), value > 0 { return value }
        return 24
    }

    /// The choice `columns()` makes, given what the terminal and the environment said.
    static func columns(measured: Int?, environment: String?) -> Int {
        // A pseudo-terminal nobody sized reports 0 columns; treat that as no answer.
        if let measured, measured > 0 {
            return max(measured, minimumColumns)
        }
        if let text = environment?.trimmingWhitespace(), let value = Int(text), value > 0 {
            return max(value, minimumColumns)
        }
        return max(80, minimumColumns)
    }
}

extension String {
    fileprivate func trimmingWhitespace() -> Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return self[start..<end]
    }
}
