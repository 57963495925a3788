import Foundation
import LecternCore
import LecternTestSupport
import Synchronization
import Testing

@testable import LecternShell

@Suite(.removingTemporaryFolders)
struct ShellEnvironmentTests {
    @Test func aReplyReadsTheTerminalWidthOnceAndSharesTheShellsMemory() throws {
        let reads = Atomic<Int>(0)
        let columns = Atomic<Int>(60)
        let environment = ShellEnvironment(
            course: try BundledCourse.course(), style: Style(usesColor: false),
            width: {
                reads.add(1, ordering: .relaxed)
                return columns.load(ordering: .relaxed)
            },
            now: { Date(timeIntervalSince1970: 1_700_000_000) }, progress: InMemoryProgress())
        let measured = environment.measuringWidthOnce()
        #expect(reads.load(ordering: .relaxed) == 1)
        columns.store(30, ordering: .relaxed)
        let wrapped = measured.wrap(DisplayText(String(repeating: "word ", count: 20))).string
        #expect(measured.width() == 60)
        #expect(wrapped.split(separator: "\n").allSatisfy { $0.count <= 60 } && wrapped.split(separator: "\n").contains { $0.count > 30 })
        #expect(reads.load(ordering: .relaxed) == 1)
        #expect(environment.width() == 30)
        #expect(measured.memory === environment.memory)
    }
}
