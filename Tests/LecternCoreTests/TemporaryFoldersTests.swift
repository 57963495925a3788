import Foundation
import LecternTestSupport
import Testing

/// Test folders do not outlive their test.
@Suite struct TemporaryFoldersTests {
    @Test func aFolderMadeUnderTheTraitIsRemovedWhenTheTestEnds() async throws {
        let test = try #require(Test.current)
        nonisolated(unsafe) var made: [URL] = []
        try await RemovingTemporaryFolders().provideScope(for: test, testCase: Test.Case.current) {
            let folder = try Fixtures.temporaryDirectory("scoped")
            try Data("x".utf8).write(to: folder.appendingPathComponent("file"))
            made.append(folder)
            #expect(FileManager.default.fileExists(atPath: folder.path))
        }
        let folder = try #require(made.first)
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test func aFolderMadeByAFailingTestIsRemovedToo() async throws {
        let test = try #require(Test.current)
        nonisolated(unsafe) var made: URL?
        struct Failure: Error {}
        await #expect(throws: Failure.self) {
            try await RemovingTemporaryFolders().provideScope(for: test, testCase: Test.Case.current) {
                made = try Fixtures.temporaryDirectory("failing")
                throw Failure()
            }
        }
        let folder = try #require(made)
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test func everyTestFolderLivesUnderTheRunFolder() throws {
        let folder = try Fixtures.temporaryDirectory("anywhere")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(folder.deletingLastPathComponent().standardizedFileURL == TemporaryFolders.runRoot.standardizedFileURL)
        #expect(Fixtures.cacheHome.hasPrefix(TemporaryFolders.runRoot.path))
    }
}
