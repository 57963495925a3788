import Foundation

/// Seconds on the monotonic clock.
public func monotonicSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Runs `body` and returns how long it took, in seconds.
public func timed(_ body: () throws -> Void) rethrows -> Double {
    let start = monotonicSeconds()
    try body()
    return monotonicSeconds() - start
}

/// The peak resident memory of this process so far, in kibibytes (`ru_maxrss`).
public func peakMemoryKiB() -> Int {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Int(usage.ru_maxrss)
}

/// Prints one result line that `Benchmarks/report.py` reads: `result NAME KEY=VALUE ...`.
public func emit(_ name: String, _ fields: [(String, String)]) {
    let text = fields.map { "\($0.0)=\($0.1)" }.joined(separator: " ")
    print("result \(name) \(text)")
}

/// The value following `--name` on the command line, or `fallback`.
public func option(_ name: String, _ fallback: String? = nil) -> String? {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: "--\(name)"), index + 1 < arguments.count else { return fallback }
    return arguments[index + 1]
}

/// The value following `--name`, which must be present; exits with a usage message otherwise.
public func required(_ name: String) -> String {
    guard let value = option(name) else {
        FileHandle.standardError.write(Data("missing --\(name)\n".utf8))
        exit(64)
    }
    return value
}

/// Ends the program with a message on stderr.
public func fatal(_ message: String) -> Never {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    exit(1)
}
