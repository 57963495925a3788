/// A word as a POSIX shell reads it back as one argument, for the commands Lectern suggests (`lectern progress
/// rebuild --learner 'Cy Young'`), so a suggestion pastes into a shell as it is.
public enum ShellWord {
    /// Characters that need no quoting in any POSIX shell.
    private static let plain = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@%+=:,./_-".unicodeScalars)

    /// `word` unchanged when every character is plain (and it is not empty), else in single quotes, each `'` in it
    /// written `'\''`.
    public static func quoted(_ word: String) -> String {
        if !word.isEmpty, word.unicodeScalars.allSatisfy(plain.contains) { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Words joined by spaces, each quoted as needed.
    public static func command(_ words: [String]) -> String {
        words.map(quoted).joined(separator: " ")
    }
}
