import Foundation
import LecternCore
import Testing

@Suite(.removingTemporaryFolders) struct ProgressLearnerTests {
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
        ("ada\u{200B}", "contains U+200B ZERO WIDTH SPACE, which is invisible or reorders text"),
        ("a\u{200D}b", "contains U+200D ZERO WIDTH JOINER"),
        ("\u{202E}ada", "contains U+202E RIGHT-TO-LEFT OVERRIDE"),
        ("ada\u{2067}", "contains U+2067 RIGHT-TO-LEFT ISOLATE"),
        ("\u{FEFF}ada", "contains U+FEFF ZERO WIDTH NO-BREAK SPACE"),
        ("ada\u{2028}b", "contains U+2028 LINE SEPARATOR"),
        ("ada\u{2029}b", "contains U+2029 PARAGRAPH SEPARATOR"),
        (String(repeating: "\u{1F600}", count: 51), "it is 204 bytes long in UTF-8; a learner's folder name may be at most 200 bytes"),
        ("e" + String(repeating: "\u{301}", count: 300), "it is 601 bytes long in UTF-8"),
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
