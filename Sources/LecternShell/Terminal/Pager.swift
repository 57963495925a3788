#if canImport(Glibc)
import Glibc
#endif
import Foundation
import LecternCore

/// Shows long text through the learner's pager: `$PAGER`, or `less -FRX` when it is unset or empty. The command is
/// split at spaces and run without a shell, its standard error thrown away; when it cannot be found or run, or
/// fails before reading the text, `show` says so and the caller prints the text itself, with nothing on standard
/// error.
public enum Pager {
    /// The pager used when `PAGER` is unset or empty.
    public static let defaultCommand = "less -FRX"

    /// The commands whose output can run to pages: a reply of theirs longer than the terminal goes through the
    /// pager (at a terminal, without `--no-pager`).
    public static let pagedCommands: Set<String> = ["report", "questions", "timeline", "source", "help", "flags", "actors"]

    /// Whether `text` needs more rows than the terminal has (one is kept for the prompt).
    static func isLonger(_ text: String, thanRows rows: Int) -> Bool {
        text.utf8.count(where: { $0 == 0x0A }) + 1 >= rows
    }

    /// The pager's words, its program resolved on `PATH` (or as given when it has a slash), or nil when it cannot
    /// be run.
    static func command(environment: [String: String]) -> (path: String, arguments: [String])? {
        let text = environment["PAGER"].flatMap { $0.split(separator: " ").isEmpty ? nil : $0 } ?? defaultCommand
        let words = text.split(separator: " ").map(String.init)
        guard let program = words.first else { return nil }
        if program.contains("/") { return access(program, X_OK) == 0 ? (program, words) : nil }
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(program)"
            if access(candidate, X_OK) == 0 { return (candidate, words) }
        }
        return nil
    }

    /// Writes `text` into the pager and waits for it; false when it could not be shown that way (no such pager,
    /// it did not start, or it failed before reading everything), so that the caller writes it directly.
    static func show(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        guard let (path, words) = command(environment: environment) else { return false }
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return false }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, ends[0], 0)
        posix_spawn_file_actions_addclose(&actions, ends[0])
        posix_spawn_file_actions_addclose(&actions, ends[1])
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // The pager gets Ctrl-C (it is in the foreground too); Lectern ignores it while the pager runs.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
        let previous = signal(SIGINT, SIG_IGN)
        defer { signal(SIGINT, previous) }
        var argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let started = posix_spawn(&pid, path, &actions, &attributes, &argv, environ)
        close(ends[0])
        guard started == 0 else {
            close(ends[1])
            return false
        }
        // A pager that quit early on its own (q in less) closes its end having read only part, and exits 0: that is
        // no failure, so what the write says does not count; only the pager's status does.
        _ = DescriptorWriter.writeAll(text, to: ends[1])
        close(ends[1])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // A pager that exits otherwise failed, and the text is printed instead.
        return (status & 0x7f) == 0 && (status >> 8) & 0xff == 0
    }
}
