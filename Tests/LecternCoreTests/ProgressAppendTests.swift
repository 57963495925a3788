import Foundation
import Testing

@testable import LecternCore

/// Appends through a descriptor kept open (`DurableFile.Appender`): one open for many appends, and the path still
/// followed when the file is replaced, cut short or deleted.
@Suite(.removingTemporaryFolders) struct ProgressAppendTests {
    typealias F = ProgressFixtures

    @Test func anAppenderKeepsOneDescriptorAndFollowsThePathWhenTheFileIsReplacedOrDeleted() throws {
        let directory = try F.folder()
        let url = directory.appendingPathComponent("log.jsonl")
        let appender = try DurableFile.Appender(url: url)
        #expect(appender.opens == 0)
        for line in ["a\n", "b\n", "c\n"] { try appender.append(Data(line.utf8)) }
        #expect(try F.text(url) == "a\nb\nc\n")
        #expect(F.mode(url) == 0o600)
        #expect(appender.opens == 1, "three appends, one open")

        // A repair writes a new log and renames it over the old one: the next append goes to the new file.
        try DurableFile.replace(url, with: Data("kept\n".utf8))
        try appender.append(Data("d\n".utf8))
        #expect(try F.text(url) == "kept\nd\n")
        #expect(appender.opens == 2)

        // Cut short in place (a torn last line removed): the same file, and the next line goes at its new end.
        try DurableFile.truncate(url, to: 5)
        try appender.append(Data("e\n".utf8))
        #expect(try F.text(url) == "kept\ne\n")
        #expect(appender.opens == 2)

        // Deleted: created again, as a first append would.
        try FileManager.default.removeItem(at: url)
        try appender.append(Data("f\n".utf8))
        #expect(try F.text(url) == "f\n")
        #expect(appender.opens == 3)

        // Closed: opened again at the next append.
        appender.close()
        try appender.append(Data("g\n".utf8))
        #expect(try F.text(url) == "f\ng\n")
        #expect(appender.opens == 4)
    }

    @Test func aStoreAppendsThroughOneOpenLogUntilItIsClosed() throws {
        let directory = try F.folder()
        let store = try LearnerStore.open(directory: directory, learner: "kim", now: F.start)
        for minute in 0..<6 { try store.append(F.review("q", at: F.start.addingTimeInterval(Double(minute) * 60))) }
        #expect(store.log.appender.opens == 1, "six answers, one open")
        store.close()
        // Closed with the store: the descriptor is gone, so the next appender use would open the log again.
        #expect(store.log.appender.isOpen == false)
    }
}
