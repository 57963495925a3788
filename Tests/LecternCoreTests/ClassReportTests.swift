import Foundation
import LecternCore
import LecternTestSupport
import Testing

@Suite(.removingTemporaryFolders) struct ClassReportTests {
    typealias F = ReportFixtures

    @Test func everyLearnerFolderIsReadOrListedWithItsReason() throws {
        let roster = try ClassRoster.read(directory: F.classFolder())
        #expect(roster.members.map(\.name) == ["ada", "bob", "frank"])
        let reasons = Dictionary(uniqueKeysWithValues: roster.skipped.map { ($0.name, $0.reason) })
        #expect(reasons.keys.sorted() == ["carol", "dave", "erin"])
        #expect(reasons["carol"]?.hasPrefix("corrupt:") == true)
        #expect(reasons["dave"]?.hasPrefix("newer schema:") == true)
        #expect(reasons["dave"]?.contains("schema version 2") == true)
        #expect(reasons["erin"]?.hasPrefix("no snapshot.json yet") == true)
    }

    @Test func aSnapshotBehindItsLogIsUsedAndSaysSo() throws {
        let roster = try ClassRoster.read(directory: F.classFolder())
        let bob = try #require(roster.members.first { $0.name == "bob" })
        #expect(bob.note?.contains("behind its log") == true)
        #expect(roster.members.first { $0.name == "ada" }?.note == nil)
    }

    @Test func readingAClassWritesNothingAndTakesNoLock() throws {
        let folder = try F.classFolder()
        let before = try F.files(under: folder)
        let roster = try ClassRoster.read(directory: folder)
        _ = ClassReport(course: F.course, bank: F.bank, roster: roster, directory: folder.path, now: F.now)
        #expect(try F.files(under: folder) == before)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("carol/.lock").path))
    }

    @Test func readingTheFolderGivesTheReportOfItsRosterAndWritesNothing() throws {
        let folder = try F.classFolder()
        let before = try F.files(under: folder)
        let roster = try ClassRoster.read(directory: folder)
        let expected = ClassReport(course: F.course, bank: F.bank, roster: roster, directory: "class", now: F.now)
        let report = try ClassReport.read(folder: folder, course: F.course, bank: F.bank, directory: "class", now: F.now)
        #expect(report == expected)
        #expect(report.learners.map(\.name) == ["ada", "bob", "frank"])
        #expect(report.skipped.map(\.name) == ["carol", "dave", "erin"])
        #expect(try F.files(under: folder) == before)
        #expect(throws: ProgressError.self) {
            try ClassReport.read(
                folder: folder.appendingPathComponent("missing"), course: F.course, bank: F.bank, directory: "class",
                now: F.now)
        }
    }

    @Test func aLockedFolderIsListedWithItsReason() throws {
        // Root reads through any permission; the check only means something for other users.
        guard getuid() != 0 else { return }
        let folder = try F.classFolder()
        let ada = folder.appendingPathComponent("ada")
        chmod(ada.path, 0)
        defer { chmod(ada.path, 0o700) }
        let roster = try ClassRoster.read(directory: folder)
        #expect(roster.skipped.first { $0.name == "ada" }?.reason.hasPrefix("locked:") == true)
    }

    @Test func theClassReportCountsMissesSpreadsAndWhoNeedsHelp() throws {
        let roster = try ClassRoster.read(directory: F.classFolder())
        let report = ClassReport(course: F.course, bank: F.bank, roster: roster, directory: "class", now: F.now)
        #expect(report.learners.count == 3)
        #expect(report.skipped.count == 3)
        #expect(!report.mostMissed.isEmpty)
        for missed in report.mostMissed {
            #expect(missed.missedBy <= missed.seenBy)
            #expect(!missed.paragraphs.isEmpty)
        }
        for lesson in report.lessons { #expect(lesson.buckets.reduce(0, +) == 3) }
        let frank = try #require(report.needsHelp.first { $0.name == "frank" })
        #expect(frank.reasons.contains { $0.hasPrefix("no answers for") })
        let ada = try #require(report.learners.first { $0.name == "ada" })
        #expect(ada.answers > 0 && ada.lastSession != nil)
    }

    @Test func aLearnerJustAddedIsListedAsNotStartedNotSkipped() throws {
        let folder = try F.classFolder()
        try Learners(directory: folder).add("Cy Young")
        let report = try ClassReport.read(folder: folder, course: F.course, bank: F.bank, directory: "class", now: F.now)
        let cy = try #require(report.learners.first { $0.name == "Cy Young" })
        #expect(cy.note == ClassRoster.notStarted)
        #expect(cy.answers == 0 && cy.lastSession == nil)
        #expect(!report.skipped.contains { $0.name == "Cy Young" })
        #expect(report.needsHelp.first { $0.name == "Cy Young" }?.reasons == ["has not answered a question yet"])
        // A log with records but no snapshot is still left out, with a command that pastes.
        #expect(report.skipped.first { $0.name == "erin" }?.reason.contains("`lectern progress rebuild --learner erin`") == true)
        let text = ClassReportText.render(report, options: .init(width: 100)).string
        #expect(text.contains("Cy Young: not started"))
    }

    @Test func aSuggestedCommandQuotesTheLearnersName() throws {
        let folder = try F.classFolder()
        let young = folder.appendingPathComponent("Cy Young")
        try FileManager.default.createDirectory(at: young, withIntermediateDirectories: true)
        try Data("{\"type\":\"flag\"}\n".utf8).write(to: young.appendingPathComponent(LearnerStore.logName))
        let roster = try ClassRoster.read(directory: folder)
        let reason = try #require(roster.skipped.first { $0.name == "Cy Young" }?.reason)
        #expect(reason.contains("`lectern progress rebuild --learner 'Cy Young'`"), "\(reason)")
    }

    @Test func anEmptyOrMissingFolder() throws {
        let empty = try Fixtures.temporaryDirectory("lectern-class-empty")
        let roster = try ClassRoster.read(directory: empty)
        #expect(roster.members.isEmpty && roster.skipped.isEmpty)
        #expect(throws: ProgressError.self) {
            try ClassRoster.read(directory: empty.appendingPathComponent("missing"))
        }
    }
}

/// A snapshot whose counts cannot come from the records it covers would overflow the class totals.
@Suite(.removingTemporaryFolders) struct ClassRosterImpossibleCountsTests {
    @Test func aSnapshotWhoseCountsDoNotAddUpIsListedAsCorruptNotSummed() throws {
        let folder = try Fixtures.temporaryDirectory("lectern-class-counts")
        defer { try? FileManager.default.removeItem(at: folder) }
        var snapshot = ProgressSnapshot()
        snapshot.totals.answers = Int.max
        let learner = folder.appendingPathComponent("mallory")
        try FileManager.default.createDirectory(at: learner, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try encoder.encode(snapshot).write(to: learner.appendingPathComponent("snapshot.json"))

        let roster = try ClassRoster.read(directory: folder)
        #expect(roster.members.isEmpty)
        let reason = try #require(roster.skipped.first { $0.name == "mallory" }?.reason)
        #expect(reason.hasPrefix("corrupt:") && reason.contains("does not add up"), "\(reason)")
    }
}
