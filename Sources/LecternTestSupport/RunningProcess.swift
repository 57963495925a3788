import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// A child process whose standard input stays open and whose output is gathered as it arrives, for end-to-end tests
/// that type into a running program, read what it has said so far, or kill it at a chosen moment.
///
/// Standard output and error are read on background threads into buffers that `output` and `errorOutput` show at any
/// time. The child is killed and reaped when the value goes away, so a failed test never leaves it running.
public final class RunningProcess: Sendable {
    /// The child's process id.
    public let pid: pid_t
    private let child: ChildProcess
    private let input: Mutex<Int32>
    private let collected = StreamBuffers()
    private let readers = DispatchGroup()
    private let status = Mutex<Int32?>(nil)

    /// Starts `executable` with `arguments`, its three standard streams connected to pipes held by this value.
    public init(_ executable: URL, arguments: [String] = [], environment: [String: String]? = nil) throws {
        // Writing to a child that has died must fail the write, not kill the test process.
        signal(SIGPIPE, SIG_IGN)
        let stdin = try ChildProcess.makePipe()
        let stdout = try ChildProcess.makePipe()
        let stderr = try ChildProcess.makePipe()
        do {
            child = try ChildProcess.spawn(
                [executable.path] + arguments,
                environment: environment ?? ChildProcess.currentEnvironment,
                standardInput: stdin.read, standardOutput: stdout.write, standardError: stderr.write)
        } catch {
            [stdin.read, stdin.write, stdout.read, stdout.write, stderr.read, stderr.write].forEach { _ = close($0) }
            throw BuiltBinaryError.cannotRun(executable, cause: "\(error)")
        }
        pid = child.pid
        // Only the child holds these ends now, so the readers see the end of output when it exits.
        [stdin.read, stdout.write, stderr.write].forEach { _ = close($0) }
        input = Mutex(stdin.write)
        let buffers = collected
        DispatchQueue.global().async(group: readers) {
            ChildProcess.drain(stdout.read) { chunk in buffers.output.withLock { $0.append(chunk) } }
        }
        DispatchQueue.global().async(group: readers) {
            ChildProcess.drain(stderr.read) { chunk in buffers.error.withLock { $0.append(chunk) } }
        }
    }

    deinit {
        if reapedStatus() == nil {
            child.send(SIGKILL)
            _ = child.wait()
        }
        closeInput()
    }

    /// Everything the child has written to standard output so far, decoded as UTF-8.
    public var output: String { collected.output.withLock { String(decoding: $0, as: UTF8.self) } }

    /// Everything the child has written to standard error so far, decoded as UTF-8.
    public var errorOutput: String { collected.error.withLock { String(decoding: $0, as: UTF8.self) } }

    /// Writes `text` to the child's standard input; false when the child no longer reads it.
    @discardableResult
    public func write(_ text: String) -> Bool {
        input.withLock { descriptor in
            guard descriptor >= 0 else { return false }
            let bytes = Array(text.utf8)
            var offset = 0
            while offset < bytes.count {
                let count = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
                if count > 0 {
                    offset += count
                } else if count < 0, errno == EINTR {
                    continue
                } else {
                    return false
                }
            }
            return true
        }
    }

    /// Closes the child's standard input, which a line reader sees as the end of input.
    public func closeInput() {
        input.withLock { descriptor in
            if descriptor >= 0 { _ = close(descriptor) }
            descriptor = -1
        }
    }

    /// Waits until `condition` holds for the standard output so far; false when `timeout` passes or the child ends
    /// first (and its last output still does not satisfy it).
    @discardableResult
    public func waitForOutput(timeout: Duration = .seconds(10), _ condition: (String) -> Bool) -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while true {
            if condition(output) { return true }
            if reapedStatus() != nil {
                // Let the readers catch up with what the child wrote before it ended.
                _ = readers.wait(timeout: .now() + 2)
                return condition(output)
            }
            if clock.now >= deadline { return false }
            // Short enough to stop a child within a fraction of a millisecond of its reply, long enough to leave
            // the processor to it.
            Thread.sleep(forTimeInterval: 0.0005)
        }
    }

    /// Sends `signal` to the child.
    public func send(_ signal: Int32) {
        if reapedStatus() == nil { child.send(signal) }
    }

    /// Waits for the child to end and for its output to be read to the end; returns the exit status (128 + the
    /// signal when a signal ended it), or nil when `timeout` passes first.
    public func wait(timeout: Duration = .seconds(30)) -> Int32? {
        guard let ended = reapedStatus() ?? child.wait(timeout: timeout) else { return nil }
        status.withLock { $0 = ended }
        _ = readers.wait(timeout: .now() + 10)
        return ended
    }

    /// Closes standard input, waits for the child to end, and returns its status and everything it wrote.
    public func finish(timeout: Duration = .seconds(30)) -> ProcessOutcome {
        closeInput()
        let ended = wait(timeout: timeout)
        return ProcessOutcome(standardOutput: output, standardError: errorOutput, status: ended)
    }

    /// The exit status if the child has ended (reaping it then), nil while it runs.
    private func reapedStatus() -> Int32? {
        if let known = status.withLock({ $0 }) { return known }
        guard let ended = child.wait(timeout: .zero) else { return nil }
        status.withLock { $0 = ended }
        return ended
    }

}

/// Output gathered on background threads.
private final class StreamBuffers: Sendable {
    let output = Mutex(Data())
    let error = Mutex(Data())
}
