import Foundation
import LecternCore
import Testing

@Suite struct ProgressLearnerTests {
    typealias F = ProgressFixtures

    @Test(arguments: [
        ("", "it is empty"),
        (String(repeating: "a", count: 65), "it has 65 characters; at most 64"),
        ("ada/lovelace", "contains \"/\""),
        ("ada\\lovelace", "contains \"\\\""),
        ("a..b", "contains \"..\""),
        (".hidden", "starts with \".\""),
        ("ada\nlovelace", "control character U+A"),
        ("tab\there", "control character U+9"),
    ])
    func badLearnerNamesAreRefusedWithTheRuleTheyBreak(name: String, message: String) throws {
        do {
            _ = try LearnerName(name)
            Issue.record("\(name.debugDescription) was accepted")
        } catch {
            #expect(error.description.contains(message), "\(error.description)")
        }
    }

    @Test(arguments: ["ada", "Zoë", "ada lovelace", "a.b", String(repeating: "x", count: 64), "李"])
    func reasonableLearnerNamesAreAccepted(name: String) throws {
        #expect(try LearnerName(name).rawValue == name)
    }

    @Test func aBadNameIsRefusedAtOpenBeforeAnythingIsCreated() throws {
        let directory = try F.folder()
        #expect(throws: ProgressError.self) { try F.open(directory, learner: "../escape") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func learnersAreListedAddedAndRemovedIntoABackupFolder() throws {
        let directory = try F.folder()
        let learners = Learners(directory: directory)
        #expect(try learners.list().isEmpty)
        try learners.add("bob")
        let ada = try F.open(directory, learner: "ada")
        try ada.append(F.review("q", at: F.start))
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("not-a-learner"), withIntermediateDirectories: true)
        #expect(try learners.list() == ["ada", "bob"])
        #expect(throws: ProgressError.learnerExists(name: "bob", path: directory.appendingPathComponent("bob").path)) {
            try learners.add("bob")
        }

        #expect(throws: ProgressError.self) { try learners.remove("ada", now: F.start) }
        let log = try F.bytes(ada.logURL)
        ada.close()
        let moved = try learners.remove("ada", now: F.start)
        #expect(moved.path == directory.appendingPathComponent(".removed/ada-20250101-000000").path)
        #expect(try F.bytes(moved.appendingPathComponent("review-log.jsonl")) == log)
        #expect(try learners.list() == ["bob"])
        #expect(throws: ProgressError.learnerNotFound(name: "ada", path: directory.appendingPathComponent("ada").path)) {
            try learners.remove("ada", now: F.start)
        }
    }
}
