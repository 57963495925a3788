import CReadline
import Foundation

extension ReadlineLineReader {
    /// Reads the history file, or creates it empty when it does not exist yet.
    ///
    /// `append_history` on a missing file creates nothing, so the file has to exist before the first line.
    /// A history that cannot be read or written only costs the learner their Up arrow; it never stops the shell.
    func loadHistory() {
        guard let path = historyPath else { return }
        if access(path, F_OK) == 0 {
            _ = read_history(path)
        } else {
            _ = write_history(path)
        }
    }

    /// Adds a line to the history and appends it to the file at once, so a crash loses nothing.
    func remember(_ line: String) {
        guard !line.allSatisfy(\.isWhitespace) else { return }
        if let last = lectern_history_last_line(), String(cString: last) == line {
            return
        }
        add_history(line)
        guard let path = historyPath else { return }
        _ = append_history(1, path)
        // Once the in-memory history is full the file may have grown past the limit; trim it (readline rewrites
        // it through a temporary file and a rename).
        if Int(lectern_history_count()) >= historyLimit {
            _ = history_truncate_file(path, Int32(clamping: historyLimit))
        }
    }
}
