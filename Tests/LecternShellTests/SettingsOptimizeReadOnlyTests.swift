import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// `settings optimize` on a learner whose files are read-only: the figures, and that nothing was saved.
@Suite(.removingTemporaryFolders) struct SettingsOptimizeReadOnlyTests {
    @Test func aReadOnlyLearnerSeesTheFiguresAndIsToldNothingWasSaved() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-optimize-read-only")
        let part = ProgressPlaces.coursePart(progress, course: CourseFixture.minimal)
        try StrongLearner.writeLog(StrongLearner.records(end: Date()), to: part.appendingPathComponent("ann"))
        let log = part.appendingPathComponent("ann/\(LearnerStore.logName)")
        let place = ["--course", CourseFixture.minimal.path, "--progress-dir", progress.path, "--learner", "ann"]
        // Another process holds the learner: this one opens the files read-only.
        let holder = try LearnerStore.open(directory: part, learner: "ann", now: Date())
        defer { holder.close() }
        let before = try Data(contentsOf: log)
        let run = InProcessCommandLine.run(["settings", "optimize"] + place)
        #expect(run.status == 0, "\(run)")
        #expect(!run.errors.contains("error:"), "\(run.errors)")
        #expect(run.output.contains("Fitted all 21 weights to "), "\(run.output)")
        #expect(run.output.range(
            of: #"off by \d+\.\d points on average; fitted: \d+\.\d\."#, options: .regularExpression) != nil)
        #expect(run.output.contains("Nothing was saved: your progress is read-only ("), "\(run.output)")
        #expect(!run.output.contains("Adopted:"), "\(run.output)")
        #expect(try Data(contentsOf: log) == before, "the log is untouched")
        // Changing a setting still needs the files: it is refused as before.
        let change = InProcessCommandLine.run(["settings", "retention", "0.85"] + place)
        #expect(change.status == 1 && change.errors.contains("read-only"), "\(change)")
    }
}
