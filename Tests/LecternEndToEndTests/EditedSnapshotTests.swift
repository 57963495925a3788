import Foundation
import LecternTestSupport
import Testing

/// The built `lectern` on a snapshot edited by hand so that it still matches the log (and so is trusted) but holds
/// values no Lectern writes. The screens that show them must not trap.
@Suite(.removingTemporaryFolders) struct EditedSnapshotTests {
    private static func lectern(_ arguments: [String], progress: URL, input: String = "") throws -> ProcessOutcome {
        try EndToEnd.run(arguments + EndToEnd.place(course: CourseFixture.minimal, progress: progress, learner: "ada"), input: input)
    }

    /// A learner who opened lesson 1, with `edit` applied to the snapshot's JSON object.
    private static func learner(editing edit: (inout [String: Any]) -> Void) throws -> URL {
        let progress = try Fixtures.temporaryDirectory("lectern-edited")
        let first = try lectern(["study", "1"], progress: progress, input: "\nquit\n")
        #expect(first.status == 0, "\(first)")
        let url = ProgressPlaces.learnerFolder(progress, "ada", course: CourseFixture.minimal).appendingPathComponent("snapshot.json")
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        edit(&object)
        try JSONSerialization.data(withJSONObject: object).write(to: url)
        return progress
    }

    @Test func anImpossibleRetentionInTheSnapshotIsShownNotTrappedOn() throws {
        // Before: `report` died with "Double value cannot be converted to Int because it is either infinite or NaN".
        let progress = try Self.learner { object in
            var settings = object["settings"] as? [String: Any] ?? [:]
            settings["desiredRetention"] = 1e308
            object["settings"] = settings
        }
        defer { try? FileManager.default.removeItem(at: progress) }
        let outcome = try Self.lectern(["report"], progress: progress)
        #expect(outcome.status == 0, "\(outcome)")
        #expect(outcome.standardOutput.contains("Expected recall") && outcome.standardOutput.contains("Next: "), "\(outcome)")
    }

    @Test func aNegativeReadingPositionInTheSnapshotOpensTheLessonAtItsStart() throws {
        // Before: `study 1` died with "Index out of range".
        let progress = try Self.learner { object in
            var lessons = object["lessons"] as? [String: Any] ?? [:]
            lessons["a-common-enemy"] = ["page": -5, "isComplete": false]
            object["lessons"] = lessons
        }
        defer { try? FileManager.default.removeItem(at: progress) }
        let outcome = try Self.lectern(["study", "1"], progress: progress, input: "quit\n")
        #expect(outcome.status == 0, "\(outcome)")
        #expect(outcome.standardOutput.contains("1/2  A shared foe"), "\(outcome)")
    }
}
