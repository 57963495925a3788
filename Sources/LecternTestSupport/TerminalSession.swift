import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A command running in a real pseudo-terminal (a detached tmux session on its own server), driven like a learner would.
///
/// Every session has its own tmux socket, so tests can run in parallel; the server is killed by `close()` or when
/// the session goes away. Wait for the prompt before typing: keys sent earlier may arrive before readline is ready.
public final class TerminalSession {
    /// Keys that `press` can send, by their tmux names.
    public enum Key: String, Sendable {
        /// Tab (completion).
        case tab = "Tab"
        /// Return.
        case enter = "Enter"
        /// Arrow up (previous history line).
        case up = "Up"
        /// Arrow down (next history line).
        case down = "Down"
        /// Arrow left.
        case left = "Left"
        /// Arrow right.
        case right = "Right"
        /// Backspace.
        case backspace = "BSpace"
        /// Escape.
        case escape = "Escape"
        /// Ctrl-C (SIGINT).
        case controlC = "C-c"
        /// Ctrl-D (end of input on an empty line).
        case controlD = "C-d"
        /// Ctrl-Z (SIGTSTP).
        case controlZ = "C-z"
        /// Ctrl-U (erase to the start of the line).
        case controlU = "C-u"
    }

    /// The terminal's width in columns.
    public let width: Int
    /// The terminal's height in lines.
    public let height: Int
    /// A folder of our own holding the tmux socket: tmux leaves sockets behind when its server exits.
    private let socketFolder: URL
    private let socketPath: String
    private let target = "lectern-test"
    private var isClosed = false

    /// Starts `command` (an argument vector) in a fresh `width`×`height` terminal with `INPUTRC=/dev/null`, `TERM`,
    /// `PAGER=cat` and `environment` set, and keeps the pane after the command ends so its exit status can be read.
    public init(
        command: [String],
        environment: [String: String] = [:],
        term: String = "xterm-256color",
        width: Int = 100,
        height: Int = 30,
        workingDirectory: URL? = nil
    ) throws {
        guard !command.isEmpty else { throw TerminalSessionError.emptyCommand }
        self.width = width
        self.height = height
        // Unix socket paths are limited to 107 bytes, so stay short and under /tmp when $TMPDIR is long.
        var base = FileManager.default.temporaryDirectory
        if base.path.utf8.count > 60 {
            base = URL(fileURLWithPath: "/tmp")
        }
        socketFolder = base.appendingPathComponent("lectern-tmux-\(UUID().uuidString)", isDirectory: true)
        socketPath = socketFolder.appendingPathComponent("socket").path
        try FileManager.default.createDirectory(at: socketFolder, withIntermediateDirectories: true)
        // PAGER=cat unless a test sets it: a long reply then reaches the screen at once instead of waiting in less.
        var variables = ["INPUTRC": "/dev/null", "TERM": term, "PAGER": "cat"]
        variables.merge(environment) { _, given in given }
        // `env` sets the variables inside the pane; tmux would otherwise give the command its own TERM.
        let assignments = variables.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let shellCommand = (["env"] + assignments + command).map(Self.shellQuoted).joined(separator: " ")
        var arguments = [
            "-f", "/dev/null", "start-server", ";",
            "set-option", "-g", "remain-on-exit", "on", ";",
            "new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)",
        ]
        if let workingDirectory {
            arguments += ["-c", workingDirectory.path]
        }
        arguments.append(shellCommand)
        try tmux(arguments)
    }

    deinit {
        close()
    }

    /// Stops the command and the tmux server; safe to call twice.
    public func close() {
        guard !isClosed else { return }
        isClosed = true
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: socketFolder)
    }

    /// The visible screen as text, one line per terminal row, trailing spaces removed.
    public func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", target])
    }

    /// The visible rows, trailing spaces removed, without the empty rows below the last text.
    public func lines() throws -> [String] {
        var rows = try screen().components(separatedBy: "\n")
        while let last = rows.last, last.isEmpty {
            rows.removeLast()
        }
        return rows
    }

    /// The last row with text on it, or "" on a blank screen.
    public func lastLine() throws -> String {
        try lines().last ?? ""
    }

    /// Where the cursor is: column and row, both from 0.
    public func cursor() throws -> (column: Int, row: Int) {
        let text = try tmux(["display-message", "-p", "-t", target, "#{cursor_x} #{cursor_y}"])
        let parts = text.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard parts.count == 2 else { throw TerminalSessionError.unexpectedReply(text) }
        return (parts[0], parts[1])
    }

    /// Types `text` literally (no key names are interpreted), as a learner would.
    public func type(_ text: String) throws {
        try tmux(["send-keys", "-t", target, "-l", "--", text])
    }

    /// Presses one key.
    public func press(_ key: Key) throws {
        try tmux(["send-keys", "-t", target, key.rawValue])
    }

    /// Types `text` and presses Enter.
    public func typeLine(_ text: String) throws {
        try type(text)
        try press(.enter)
    }

    /// Waits until `text` is on the screen; on timeout, fails with the screen as it was.
    @discardableResult
    public func waitFor(_ text: String, timeout: Duration = .seconds(10)) throws -> String {
        try waitUntil("\"\(text)\" on the screen", timeout: timeout) { $0.contains(text) }
    }

    /// Waits until `condition` holds for the screen; on timeout, fails naming `description` and showing the screen.
    @discardableResult
    public func waitUntil(
        _ description: String, timeout: Duration = .seconds(10), _ condition: (String) throws -> Bool
    ) throws -> String {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while true {
            let current = try screen()
            if try condition(current) {
                return current
            }
            if try paneState().isDead {
                // Nothing more will appear; say so now rather than at the deadline.
                let last = try screen()
                if try condition(last) {
                    return last
                }
                throw TerminalSessionError.ended(waitingFor: description, screen: last)
            }
            if clock.now >= deadline {
                throw TerminalSessionError.timedOut(waitingFor: description, timeout: timeout, screen: current)
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// The command's exit status, or nil while it is still running.
    public func exitStatus() throws -> Int32? {
        try paneState().status
    }

    /// Waits for the command to end and returns its exit status; on timeout, fails with the screen.
    public func waitForExit(timeout: Duration = .seconds(10)) throws -> Int32 {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        var deadWithoutStatusSince: ContinuousClock.Instant?
        while true {
            let state = try paneState()
            if let status = state.status {
                return status
            }
            if state.isDead {
                // tmux marks the pane dead when the terminal closes and records the status when it reaps the
                // process. Debian's tmux runs libutempter as the terminal closes, whose own SIGCHLD handler can
                // swallow the signal (tmux issue #311), leaving the process a zombie: nudge our server to look again.
                let since = deadWithoutStatusSince ?? clock.now
                deadWithoutStatusSince = since
                try nudgeServerToReap()
                if clock.now - since > .seconds(3) {
                    // Still nothing: a signal ended it (tmux 3.3 reports no status then).
                    throw TerminalSessionError.endedWithoutStatus(screen: try screen())
                }
            }
            if clock.now >= deadline {
                throw TerminalSessionError.timedOut(waitingFor: "the command to exit", timeout: timeout, screen: try screen())
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    private func nudgeServerToReap() throws {
        let text = try tmux(["display-message", "-p", "#{pid}"])
        if let serverPID = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)), serverPID > 0 {
            kill(serverPID, SIGCHLD)
        }
    }

    private func paneState() throws -> (isDead: Bool, status: Int32?) {
        let text = try tmux(["display-message", "-p", "-t", target, "#{pane_dead}:#{pane_dead_status}"])
        let parts = text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.first == "1" else { return (false, nil) }
        return (true, parts.count == 2 ? Int32(parts[1]) : nil)
    }

    /// Whether the command is still running.
    public func isRunning() throws -> Bool {
        try !paneState().isDead
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let result = try TerminalSession.run(["tmux", "-S", socketPath] + arguments)
        guard result.status == 0 else {
            throw TerminalSessionError.tmuxFailed(arguments: arguments, status: result.status, message: result.error)
        }
        return result.output
    }

    private static func run(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        // Files, not pipes: the tmux server forks from the first client and keeps its standard output and error
        // open, so reading a pipe to its end would wait for the server to exit.
        let folder = FileManager.default.temporaryDirectory
        let outputFile = folder.appendingPathComponent("lectern-tmux-\(UUID().uuidString).out")
        let errorFile = folder.appendingPathComponent("lectern-tmux-\(UUID().uuidString).err")
        let input = open("/dev/null", O_RDONLY | O_CLOEXEC)
        let output = open(outputFile.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        let error = open(errorFile.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        defer {
            for descriptor in [input, output, error] where descriptor >= 0 {
                Glibc.close(descriptor)
            }
            try? FileManager.default.removeItem(at: outputFile)
            try? FileManager.default.removeItem(at: errorFile)
        }
        guard input >= 0, output >= 0, error >= 0 else {
            throw TerminalSessionError.cannotRun(arguments: arguments, cause: "cannot create files in \(folder.path)")
        }
        // Inside someone's own tmux, $TMUX would make tmux refuse to start a nested session.
        var environment = ChildProcess.currentEnvironment
        environment["TMUX"] = nil
        let child: ChildProcess
        do {
            child = try ChildProcess.spawn(
                arguments, environment: environment,
                standardInput: input, standardOutput: output, standardError: error)
        } catch {
            throw TerminalSessionError.cannotRun(arguments: arguments, cause: "\(error)")
        }
        guard let status = child.wait(timeout: .seconds(30)) else {
            child.terminate()
            throw TerminalSessionError.cannotRun(arguments: arguments, cause: "tmux did not answer within 30 s")
        }
        return (
            status,
            (try? String(contentsOf: outputFile, encoding: .utf8)) ?? "",
            (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        )
    }

    private static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// Why driving a terminal session failed.
public enum TerminalSessionError: Error, Sendable, CustomStringConvertible {
    /// No command was given.
    case emptyCommand
    /// tmux could not be started (not installed?).
    case cannotRun(arguments: [String], cause: String)
    /// tmux ran but refused the request.
    case tmuxFailed(arguments: [String], status: Int32, message: String)
    /// tmux answered something this helper cannot read.
    case unexpectedReply(String)
    /// The wait ran out; `screen` is what the terminal showed at the end.
    case timedOut(waitingFor: String, timeout: Duration, screen: String)
    /// The command ended while a wait was still expecting something on the screen.
    case ended(waitingFor: String, screen: String)
    /// The command ended without an exit status (killed by a signal).
    case endedWithoutStatus(screen: String)

    /// The failure, with the screen where there is one.
    public var description: String {
        switch self {
        case .emptyCommand:
            return "terminal session: no command to run"
        case .cannotRun(let arguments, let cause):
            return "terminal session: cannot run \(arguments.joined(separator: " ")): \(cause)"
        case .tmuxFailed(let arguments, let status, let message):
            return "terminal session: tmux \(arguments.joined(separator: " ")) exited \(status): \(message)"
        case .unexpectedReply(let text):
            return "terminal session: unexpected reply from tmux: \(text)"
        case .timedOut(let waitingFor, let timeout, let screen):
            return "terminal session: timed out after \(timeout) waiting for \(waitingFor); the screen was:\n"
                + framed(screen)
        case .ended(let waitingFor, let screen):
            return "terminal session: the command ended while waiting for \(waitingFor); the screen was:\n"
                + framed(screen)
        case .endedWithoutStatus(let screen):
            return "terminal session: the command ended without an exit status (killed by a signal?); the screen was:\n"
                + framed(screen)
        }
    }

    private func framed(_ screen: String) -> String {
        let rule = String(repeating: "-", count: 40)
        return "\(rule)\n\(screen)\n\(rule)"
    }
}
