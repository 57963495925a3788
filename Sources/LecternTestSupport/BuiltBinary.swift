import Foundation
import Synchronization

/// The `lectern` executable built next to the tests, for end-to-end tests.
public enum BuiltBinary {
    /// The environment variable that names the binary explicitly and wins over every search.
    public static let environmentVariable = "LECTERN_BINARY"

    /// Finds the built `lectern`: `$LECTERN_BINARY`, else next to the test bundle, else the package's build folders.
    public static func lectern() throws -> URL {
        try locate("lectern")
    }

    /// Finds the executable called `name` (see `lectern()` for the places searched, in order).
    public static func locate(_ name: String) throws -> URL {
        if let given = ProcessInfo.processInfo.environment[environmentVariable], !given.isEmpty {
            let url = URL(fileURLWithPath: given)
            guard isExecutableFile(url) else { throw BuiltBinaryError.notExecutable(url) }
            return url
        }
        let candidates = searchFolders().map { $0.appendingPathComponent(name) }
        if let found = candidates.first(where: isExecutableFile) {
            return found
        }
        throw BuiltBinaryError.notFound(name: name, searched: candidates)
    }

    /// Runs `executable` with `standardInput` piped in and waits at most `timeout` for it to end.
    public static func run(
        _ executable: URL,
        arguments: [String] = [],
        standardInput: Data = Data(),
        environment: [String: String]? = nil,
        timeout: Duration = .seconds(30)
    ) throws -> ProcessOutcome {
        // A child that exits without reading its input must fail the write, not kill the test process.
        signal(SIGPIPE, SIG_IGN)
        let input = try ChildProcess.makePipe()
        let output = try ChildProcess.makePipe()
        let error = try ChildProcess.makePipe()
        var childEnds = [input.read, output.write, error.write]
        defer { childEnds.forEach { close($0) } }
        let child: ChildProcess
        do {
            child = try ChildProcess.spawn(
                [executable.path] + arguments,
                environment: environment ?? ChildProcess.currentEnvironment,
                standardInput: input.read, standardOutput: output.write, standardError: error.write)
        } catch let failure {
            [input.write, output.read, error.read].forEach { close($0) }
            throw BuiltBinaryError.cannotRun(executable, cause: "\(failure)")
        }
        // Only the child holds these now, so the readers see the end of output when it exits.
        childEnds.forEach { close($0) }
        childEnds = []

        // Feed and drain concurrently: a child blocked on a full pipe would otherwise never finish.
        let collected = CollectedOutput()
        let streams = DispatchGroup()
        DispatchQueue.global().async(group: streams) {
            collected.output.withLock { $0 = Self.readAll(output.read) }
        }
        DispatchQueue.global().async(group: streams) {
            collected.error.withLock { $0 = Self.readAll(error.read) }
        }
        DispatchQueue.global().async(group: streams) {
            Self.writeAll(standardInput, to: input.write)
        }

        guard let status = child.wait(timeout: timeout) else {
            child.terminate()
            _ = streams.wait(timeout: .now() + 5)
            throw BuiltBinaryError.timedOut(executable, timeout: timeout, partial: collected.outcome(status: nil))
        }
        _ = streams.wait(timeout: .now() + 10)
        return collected.outcome(status: status)
    }

    /// Reads `descriptor` to its end, then closes it.
    private static func readAll(_ descriptor: Int32) -> Data {
        var data = Data()
        ChildProcess.drain(descriptor) { data.append($0) }
        return data
    }

    /// Writes all of `data` (stopping early if the reader is gone), then closes `descriptor`.
    private static func writeAll(_ data: Data, to descriptor: Int32) {
        defer { close(descriptor) }
        let bytes = [UInt8](data)
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                offset += count
            } else if count < 0, errno == EINTR {
                continue
            } else {
                return
            }
        }
    }

    private static func searchFolders() -> [URL] {
        var folders: [URL] = []
        // Next to the test runner: on Linux `<build>/debug/<Package>PackageTests.xctest`, on macOS inside its bundle.
        let runner = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        folders += ancestors(of: runner.deletingLastPathComponent(), count: 4)
        folders += ancestors(of: Bundle.main.bundleURL, count: 4)
        let root = Fixtures.packageRoot
        folders.append(root.appendingPathComponent(".build/debug"))
        let builds = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        for build in builds.sorted() where build.hasPrefix(".build") && build != ".build" {
            folders.append(root.appendingPathComponent(build).appendingPathComponent("debug"))
        }
        var seen = Set<String>()
        return folders.filter { seen.insert($0.standardizedFileURL.path).inserted }
    }

    private static func ancestors(of folder: URL, count: Int) -> [URL] {
        var result: [URL] = []
        var current = folder
        for _ in 0..<count {
            result.append(current)
            current = current.deletingLastPathComponent()
        }
        return result
    }

    private static func isExecutableFile(_ url: URL) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && !isFolder.boolValue
            && FileManager.default.isExecutableFile(atPath: url.path)
    }
}

/// What a finished process wrote and how it ended.
public struct ProcessOutcome: Sendable, CustomStringConvertible {
    /// Everything written to standard output, decoded as UTF-8.
    public let standardOutput: String
    /// Everything written to standard error, decoded as UTF-8.
    public let standardError: String
    /// The exit status; nil when the process was stopped before it ended.
    public let status: Int32?

    /// The status and both streams, for failure messages.
    public var description: String {
        "status: \(status.map(String.init) ?? "none")\n--- stdout ---\n\(standardOutput)\n--- stderr ---\n\(standardError)"
    }
}

/// Why a built binary could not be found or run.
public enum BuiltBinaryError: Error, Sendable, CustomStringConvertible {
    /// No executable of that name in any searched place.
    case notFound(name: String, searched: [URL])
    /// `$LECTERN_BINARY` names something that is not an executable file.
    case notExecutable(URL)
    /// The process could not be started.
    case cannotRun(URL, cause: String)
    /// The process did not end in time and was terminated.
    case timedOut(URL, timeout: Duration, partial: ProcessOutcome)

    /// The failure with where it looked or what was written.
    public var description: String {
        switch self {
        case .notFound(let name, let searched):
            return "no built `\(name)` executable; build it (swift build) or set \(BuiltBinary.environmentVariable). "
                + "Searched:\n" + searched.map { "  \($0.path)" }.joined(separator: "\n")
        case .notExecutable(let url):
            return "\(BuiltBinary.environmentVariable)=\(url.path) is not an executable file"
        case .cannotRun(let url, let cause):
            return "cannot run \(url.path): \(cause)"
        case .timedOut(let url, let timeout, let partial):
            return "\(url.path) did not finish within \(timeout) and was terminated; so far:\n\(partial)"
        }
    }
}

/// Output gathered on background queues.
private final class CollectedOutput: Sendable {
    let output = Mutex(Data())
    let error = Mutex(Data())

    func outcome(status: Int32?) -> ProcessOutcome {
        ProcessOutcome(
            standardOutput: String(decoding: output.withLock { $0 }, as: UTF8.self),
            standardError: String(decoding: error.withLock { $0 }, as: UTF8.self),
            status: status
        )
    }
}
