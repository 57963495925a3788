import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A child process started with `posix_spawn`, no blocked signals and every signal at its default action.
///
/// Foundation's `Process` is not used for two measured reasons. Test code runs on dispatch worker threads, which
/// block almost every signal, and the child inherits that mask: Ctrl-C sent through a terminal then never arrives
/// and `tmux kill-server` cannot stop its panes. And `Process` notices the end of a child when a socket the child
/// inherits is closed, which never happens when the child leaves a daemon behind (the tmux server).
struct ChildProcess {
    let pid: pid_t

    /// Starts `arguments[0]` (searched in `PATH`) with the given descriptors as its standard input, output, error.
    static func spawn(
        _ arguments: [String],
        environment: [String: String],
        standardInput: Int32,
        standardOutput: Int32,
        standardError: Int32
    ) throws -> ChildProcess {
        guard let program = arguments.first else { throw ChildProcessError.noProgram }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, standardInput, 0)
        posix_spawn_file_actions_adddup2(&actions, standardOutput, 1)
        posix_spawn_file_actions_adddup2(&actions, standardError, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let result = posix_spawnp(&pid, program, &actions, &attributes, argv, envp)
        guard result == 0 else {
            throw ChildProcessError.cannotSpawn(arguments, reason: String(cString: strerror(result)))
        }
        return ChildProcess(pid: pid)
    }

    /// Waits for the child to end and returns its exit status (128 + the signal when a signal ended it); nil when
    /// `timeout` passes first.
    func wait(timeout: Duration? = nil) -> Int32? {
        let clock = ContinuousClock()
        let deadline = timeout.map { clock.now.advanced(by: $0) }
        while true {
            var status: Int32 = 0
            let result = waitpid(pid, &status, deadline == nil ? 0 : WNOHANG)
            if result == pid {
                return Self.exitStatus(fromWaitStatus: status)
            }
            if result < 0, errno != EINTR {
                return nil
            }
            if let deadline, clock.now >= deadline {
                return nil
            }
            if deadline != nil {
                Thread.sleep(forTimeInterval: 0.01)
            }
        }
    }

    /// Sends `signal` to the child.
    func send(_ signal: Int32) {
        kill(pid, signal)
    }

    /// Stops the child: SIGTERM, then SIGKILL if it is still there after a grace period; reaps it.
    func terminate(grace: Duration = .seconds(2)) {
        send(SIGTERM)
        if wait(timeout: grace) == nil {
            send(SIGKILL)
            _ = wait()
        }
    }

    /// The current environment, for children that should see what the tests see (with a cache of their own).
    static var currentEnvironment: [String: String] {
        Fixtures.childEnvironment
    }

    /// A pipe whose ends close on exec, so children started by other tests do not keep it open (Swift's Glibc module
    /// has no pipe2, hence the second call).
    static func makePipe() throws -> (read: Int32, write: Int32) {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else {
            throw BuiltBinaryError.cannotRun(URL(fileURLWithPath: "/"), cause: "pipe: \(String(cString: strerror(errno)))")
        }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return (ends[0], ends[1])
    }

    /// Reads `descriptor` to its end, handing each chunk to `append`, then closes it.
    static func drain(_ descriptor: Int32, _ append: (Data) -> Void) {
        defer { _ = close(descriptor) }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                append(Data(chunk[0..<count]))
            } else if count < 0, errno == EINTR {
                continue
            } else {
                return
            }
        }
    }

    private static func exitStatus(fromWaitStatus status: Int32) -> Int32 {
        // WIFEXITED / WEXITSTATUS / WTERMSIG are macros Swift cannot import.
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }
}

/// Why a child process could not be started.
enum ChildProcessError: Error, CustomStringConvertible {
    /// The argument vector was empty.
    case noProgram
    /// `posix_spawnp` failed.
    case cannotSpawn([String], reason: String)

    var description: String {
        switch self {
        case .noProgram:
            return "no program to run"
        case .cannotSpawn(let arguments, let reason):
            return "cannot run \(arguments.joined(separator: " ")): \(reason)"
        }
    }
}
