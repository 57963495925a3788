import Foundation
import Synchronization
import Testing

/// The temporary folders a test makes (`Fixtures.temporaryDirectory`), removed when the test ends.
///
/// Every folder lives under one folder of the test process, `runRoot`, which is removed when the process exits, so
/// a folder made outside a scope (or by a program a test started) is still cleaned up at the end of the run.
public final class TemporaryFolders: Sendable {
    /// The folders made by the test running in this task, if it runs under `.removingTemporaryFolders`.
    @TaskLocal static var current: TemporaryFolders?

    /// The folder of this test process that holds every test folder.
    public static let runRoot: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("lectern-tests-\(getpid())", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: TemporaryFolders.runRoot) }
        return url
    }()

    private let folders = Mutex<[URL]>([])

    func keep(_ folder: URL) {
        folders.withLock { $0.append(folder) }
    }

    func removeAll() {
        let made = folders.withLock { folders in
            defer { folders.removeAll() }
            return folders
        }
        for folder in made { try? FileManager.default.removeItem(at: folder) }
    }
}

/// Removes the temporary folders each test makes when it ends (passed, failed or thrown).
public struct RemovingTemporaryFolders: TestTrait, SuiteTrait, TestScoping {
    /// Creates the trait (written `.removingTemporaryFolders` on a suite or test).
    public init() {}

    /// Applies to every test of a suite it marks.
    public var isRecursive: Bool { true }

    /// Runs the test with a scope of its own and removes what it made.
    public func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        // A suite's own scope (testCase nil) holds nothing: each test case gets its own.
        guard testCase != nil else { return try await function() }
        let folders = TemporaryFolders()
        defer { folders.removeAll() }
        try await TemporaryFolders.$current.withValue(folders) { try await function() }
    }
}

extension Trait where Self == RemovingTemporaryFolders {
    /// Removes the temporary folders each test makes when it ends.
    public static var removingTemporaryFolders: Self { RemovingTemporaryFolders() }
}
