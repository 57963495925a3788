import Foundation

/// Temporary: the readline branch brings the real one.
public enum TerminalSize {
    /// Columns.
    public static func columns() -> Int { 80 }
}
