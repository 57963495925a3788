import CReadline
import Foundation
import LecternCore
import LecternShell
import Synchronization

extension ReadlineLineReader {
    /// The largest history file read, in bytes: a thousand long lines, with room to spare.
    static let maximumHistoryBytes = 1 << 20

    /// Reads the history file into readline's history, or creates it empty when it does not exist yet.
    ///
    /// The file lives in the learner's folder, so it is read and written through `LearnerFolder` (never through a
    /// link, only a regular file of this user's), not with readline's own history functions, which follow any link.
    /// A history that cannot be used only costs the learner their Up arrow: it is said once and the shell goes on.
    func loadHistory() {
        guard let (folder, name) = historyFile() else { return }
        do throws(ProgressError) {
            guard let data = try folder.read(name, limit: Self.maximumHistoryBytes) else {
                try folder.append(Data(), to: name)
                return
            }
            for line in data.split(separator: 0x0A) where !line.isEmpty {
                // The lines are this learner's own commands; readline stores bytes.
                let text = String(decoding: line, as: UTF8.self)
                add_history(text)
            }
        } catch {
            Self.refuse(error)
        }
    }

    /// Adds a line to the history and appends it to the file at once, so a crash loses nothing.
    func remember(_ line: String) {
        guard !line.allSatisfy(\.isWhitespace) else { return }
        if let last = lectern_history_last_line(), String(cString: last) == line {
            return
        }
        add_history(line)
        guard let (folder, name) = historyFile() else { return }
        do throws(ProgressError) {
            try folder.append(Data((line + "\n").utf8), to: name, synced: false)
            // Once the in-memory history is full the file may have grown past the limit: keep its newest lines.
            guard Int(lectern_history_count()) >= historyLimit,
                let data = try folder.read(name, limit: Self.maximumHistoryBytes)
            else { return }
            let lines = data.split(separator: 0x0A)
            if lines.count > historyLimit {
                try folder.replace(name, with: Data(lines.suffix(historyLimit).joined(separator: [0x0A]) + [0x0A]))
            }
        } catch {
            Self.refuse(error)
        }
    }

    /// The learner's folder, open, and the history file's name in it; nil when there is no history file or the
    /// folder cannot be used (said once).
    private func historyFile() -> (LearnerFolder, String)? {
        guard let path = historyPath else { return nil }
        let url = URL(fileURLWithPath: path)
        do throws(ProgressError) {
            guard let folder = try LearnerFolder.learner(url.deletingLastPathComponent()) else { return nil }
            return (folder, url.lastPathComponent)
        } catch {
            Self.refuse(error)
            return nil
        }
    }

    /// Says, once per process, why the history is not kept.
    private static func refuse(_ error: ProgressError) {
        guard !historyProblemSaid.exchange(true, ordering: .relaxed) else { return }
        FileOutput.standardError.write("note: the command history is not kept: \(error)\n")
    }
}

/// Whether the history's problem has been said yet: once per process is enough.
private let historyProblemSaid = Atomic<Bool>(false)
