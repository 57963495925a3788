import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// `report --class DIR --optimize` through the built binary: the course parameter set it writes, and a learner of
/// that course scheduled with it until they fit weights of their own.
@Suite(.removingTemporaryFolders) struct ClassOptimizeCommandTests {
    /// A copy of the bundled course that the test may write to.
    private func courseCopy() throws -> URL {
        let folder = try Fixtures.temporaryDirectory("class-optimize-course")
        for part in ["Lessons", "Quizzes"] {
            try FileManager.default.copyItem(
                at: EndToEnd.bundledCourse.appendingPathComponent(part), to: folder.appendingPathComponent(part))
        }
        return folder
    }

    /// A class folder of two strong learners.
    private func strongClass() throws -> URL {
        let folder = try Fixtures.temporaryDirectory("class-optimize")
        try StrongLearner.writeLog(StrongLearner.records(count: 40, seed: 3, end: Date()), to: folder.appendingPathComponent("ann"))
        try StrongLearner.writeLog(StrongLearner.records(count: 40, seed: 4, end: Date()), to: folder.appendingPathComponent("ben"))
        return folder
    }

    @Test func aClassFitIsWrittenToTheCourseStatedAndUsedByItsLearnersUntilTheyFitTheirOwn() throws {
        let course = try courseCopy()
        let classFolder = try strongClass()
        let file = course.appendingPathComponent(CourseParameterSet.relativePath)
        let run = try EndToEnd.run(
            ["report", "--class", classFolder.path, "--optimize", "--course", course.path, "--width", "100"])
        #expect(run.status == 0, "\(run.standardError)")
        let text = run.standardOutput
        #expect(text.contains("Class fit: the review logs of 2 learners pooled."), "\(text)")
        #expect(text.contains("Fitted all 21 weights to "), "\(text)")
        let figures = try #require(text.firstMatch(
            of: /The class's predicted recall was off by (\d+\.\d) points on average with the default weights; fitted: (\d+\.\d)\./))
        #expect(try #require(Double(figures.2)) < (try #require(Double(figures.1))))
        #expect(text.contains("Written to \(file.path)"), "\(text)")
        #expect(text.contains("Class report") || text.contains("Learners"), "the class report follows: \(text)")
        let written = try #require(try CourseParameterSet.read(course: course))
        #expect(written.learners == 2)
        #expect(String(format: "%.1f", written.rmseBins * 100) == String(figures.2))

        // A learner of the course: a new one, and one with a log but no weights of their own.
        let progress = try Fixtures.temporaryDirectory("class-optimize-learners")
        try StrongLearner.writeLog(StrongLearner.records(count: 20, seed: 9, end: Date()), to: ProgressPlaces.learnerFolder(progress, "cy", course: course))
        let place = EndToEnd.place(course: course, progress: progress, learner: "cy")
        let settings = try EndToEnd.run(place + ["settings"]).standardOutput
        #expect(settings.contains("weights       the course's (Quizzes/fsrs-parameters.json), fitted on "), "\(settings)")
        #expect(settings.contains("of 2 learners"), "\(settings)")
        let fresh = try EndToEnd.run(EndToEnd.place(course: course, progress: progress, learner: "dee") + ["settings"])
        #expect(fresh.standardOutput.contains("weights       the course's"), "\(fresh)")
        let json = try EndToEnd.run(place + ["report", "--format", "json"]).standardOutput
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((object["fit"] as? [String: Any])?["weights"] as? String == "course")
        let own = try EndToEnd.run(place + ["settings", "optimize"]).standardOutput
        #expect(own.contains("Log loss"), "the learner's own fit is guarded against the course's weights: \(own)")
        if own.contains("Adopted:") {
            #expect(try EndToEnd.run(place + ["settings"]).standardOutput.contains("weights       fitted on "))
        }
        // The same course with the bundled (default) weights elsewhere: nothing leaks between courses.
        let other = try EndToEnd.run(EndToEnd.place(progress: progress, learner: "eve") + ["settings"])
        #expect(other.standardOutput.contains("weights       the defaults"), "\(other)")
    }

    @Test func aSharedProgressFolderIsFittedOnTheCoursesPartAsItsClassReportIs() throws {
        let course = try courseCopy()
        let shared = try Fixtures.temporaryDirectory("class-optimize-shared")
        let id = CourseIdentity.read(courseAt: course).id
        for (name, seed) in [("ann", UInt64(3)), ("ben", 4)] {
            try StrongLearner.writeLog(
                StrongLearner.records(count: 40, seed: seed, end: Date()),
                to: shared.appendingPathComponent(id).appendingPathComponent(name))
        }
        let run = try EndToEnd.run(["report", "--class", shared.path, "--optimize", "--course", course.path])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("Class fit: the review logs of 2 learners pooled."), "\(run.standardOutput)")
    }

    @Test func aCourseWeightsFileThatCannotBeUsedIsSaidAndTheDefaultsAreUsed() throws {
        let course = try courseCopy()
        try Data("{\"format\": \"something else\"}\n".utf8).write(to: course.appendingPathComponent(CourseParameterSet.relativePath))
        let progress = try Fixtures.temporaryDirectory("class-optimize-broken")
        let run = try EndToEnd.run(EndToEnd.place(course: course, progress: progress, learner: "ann") + ["settings"])
        #expect(run.status == 0, "\(run.standardError)")
        let said = ErrorLines.squeezed(run.standardOutput + run.standardError)
        #expect(said.contains("fsrs-parameters.json cannot be used"), "\(said)")
        #expect(said.contains("the default weights are used"), "\(said)")
        #expect(run.standardOutput.contains("weights       the defaults"), "\(run.standardOutput)")
    }

    @Test func aFitThatDoesNotBeatTheCourseWritesNothingAndALinkIsRefused() throws {
        let course = try courseCopy()
        let classFolder = try strongClass()
        let first = try EndToEnd.run(["report", "--class", classFolder.path, "--optimize", "--course", course.path])
        #expect(first.status == 0, "\(first.standardError)")
        let file = course.appendingPathComponent(CourseParameterSet.relativePath)
        let bytes = try Data(contentsOf: file)
        let second = try EndToEnd.run(["report", "--class", classFolder.path, "--optimize", "--course", course.path])
        #expect(second.standardOutput.contains("with the course's weights (fitted on "), "\(second.standardOutput)")
        #expect(second.standardOutput.contains("Nothing written: \(file.path) stays as it was."), "\(second.standardOutput)")
        #expect(try Data(contentsOf: file) == bytes)

        try FileManager.default.removeItem(at: file)
        let target = course.appendingPathComponent("target.json")
        try Data("mine".utf8).write(to: target)
        try FileManager.default.createSymbolicLink(at: file, withDestinationURL: target)
        let linked = try EndToEnd.run(["report", "--class", classFolder.path, "--optimize", "--course", course.path])
        #expect(linked.status != 0)
        #expect(ErrorLines.squeezed(linked.standardError).contains("fsrs-parameters.json cannot be used"), "\(linked.standardError)")
        #expect(try String(contentsOf: target, encoding: .utf8) == "mine")

        let json = try EndToEnd.run(
            ["report", "--class", classFolder.path, "--optimize", "--format", "json", "--course", course.path])
        #expect(json.status == 64 && ErrorLines.squeezed(json.standardError).contains("--optimize says what it fitted as text"), "\(json)")
        let alone = try EndToEnd.run(["report", "--optimize", "--course", course.path])
        #expect(alone.status == 64 && ErrorLines.squeezed(alone.standardError).contains("--class DIR"), "\(alone)")
    }
}
