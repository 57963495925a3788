import Foundation
@testable import LecternCore
import LecternTestSupport
import Testing

/// The course parameter file and the class fit that writes it.
@Suite(.removingTemporaryFolders) struct ClassOptimizationTests {
    let now = Date(timeIntervalSince1970: 1_780_000_000)

    /// A course folder with an empty `Quizzes/`.
    private func course() throws -> URL {
        let folder = try Fixtures.temporaryDirectory("lectern-course-parameters")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("Quizzes"), withIntermediateDirectories: true)
        return folder
    }

    private func set(_ weights: [Double] = FSRSParameters.defaultWeights) -> CourseParameterSet {
        CourseParameterSet(
            weights: weights, fittedAt: now, learners: 3, itemCount: 900, logLoss: 0.31, rmseBins: 0.04,
            previousLogLoss: 0.33, previousRMSEBins: 0.07)
    }

    @Test func aWrittenSetReadsBackAndGivesTheStartingParameters() throws {
        let course = try course()
        #expect(try CourseParameterSet.read(course: course) == nil)
        var weights = FSRSParameters.defaultWeights
        weights[0] = 0.9
        try set(weights).write(course: course)
        let read = try #require(try CourseParameterSet.read(course: course))
        #expect(read == set(weights))
        let start = CourseParameterSet.startingParameters(course: course)
        #expect(start.parameters.weights == weights && start.problem == nil)
        let text = try String(contentsOf: course.appendingPathComponent("Quizzes/fsrs-parameters.json"), encoding: .utf8)
        #expect(text.contains("\"format\" : \"lectern-fsrs-parameters\""))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: course.appendingPathComponent("Quizzes").path)
        #expect(leftovers == ["fsrs-parameters.json"], "no temporary file is left")
    }

    @Test func aLinkAtTheFileIsRefusedForReadingAndWritingAndLeftAlone() throws {
        let course = try course()
        let elsewhere = course.appendingPathComponent("elsewhere.json")
        try Data("keep me".utf8).write(to: elsewhere)
        let file = course.appendingPathComponent("Quizzes/fsrs-parameters.json")
        try FileManager.default.createSymbolicLink(at: file, withDestinationURL: elsewhere)
        #expect(throws: SchedulingError.self) { try set().write(course: course) }
        #expect(throws: SchedulingError.self) { try CourseParameterSet.read(course: course) }
        #expect(try String(contentsOf: elsewhere, encoding: .utf8) == "keep me")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: file.path) == elsewhere.path)
        let start = CourseParameterSet.startingParameters(course: course)
        #expect(start.parameters == .default && start.problem?.contains("link") == true, "\(start.problem ?? "")")
    }

    @Test func filesThatCannotBeUsedAreRefusedWithTheReason() throws {
        let course = try course()
        let file = course.appendingPathComponent("Quizzes/fsrs-parameters.json")
        var weights = FSRSParameters.defaultWeights
        weights[20] = 5
        for (content, reason) in [
            ("not json", "not a parameter file"),
            (String(decoding: try ReportJSON.encode(set()), as: UTF8.self)
                .replacingOccurrences(of: "\"version\" : 1", with: "\"version\" : 2"), "newer Lectern"),
            (String(decoding: try ReportJSON.encode(set(weights)), as: UTF8.self), "w[20]"),
            (String(repeating: " ", count: 70_000), "more than"),
        ] {
            try Data(content.utf8).write(to: file)
            do {
                _ = try CourseParameterSet.read(course: course)
                Issue.record("read \(reason)")
            } catch {
                #expect(error.description.contains(reason), "\(error)")
            }
        }
        #expect(throws: SchedulingError.self) { try set(weights).write(course: course) }
    }

    @Test func pooledLogsKeepEachLearnersQuestionsApartInTimeOrder() throws {
        let day = 86_400.0
        func review(_ id: String, _ days: Double, _ rating: Rating) -> ReviewRecord {
            ReviewRecord(
                questionID: id, contentHash: "h", answeredAt: now.addingTimeInterval(days * day), kind: "typed",
                response: "r", outcome: .correct, credit: 1, rating: rating, latency: 5, mode: .review)
        }
        let ann = [review("q", 0, .good), review("q", 3, .good)]
        let ben = [review("q", 1, .again), review("q", 2, .good), review("q", 5, .hard)]
        let set = ClassOptimization.pooled([ann, ben])
        #expect(set.histories.count == 2, "the same question id of two learners is two histories")
        #expect(set.histories.contains([FSRSReview(rating: .good, elapsedDays: 0), FSRSReview(rating: .good, elapsedDays: 3)]))
        #expect(set.items.count == 3)
        let days = set.items.map { item in set.histories[item.history][...item.index].reduce(0) { $0 + $1.elapsedDays } }
        #expect(days == [1, 3, 4], "items in answer order across learners (ben day 2, ann day 3, ben day 5)")
    }

    @Test func aClassThatBeatsTheDefaultsWritesTheCourseSetAndAWorseFitWritesNothing() throws {
        let course = try course()
        let classFolder = try Fixtures.temporaryDirectory("lectern-class-fit")
        try StrongLearner.writeLog(StrongLearner.records(count: 30, seed: 11, end: now), to: classFolder.appendingPathComponent("ann"))
        try StrongLearner.writeLog(StrongLearner.records(count: 30, seed: 12, end: now), to: classFolder.appendingPathComponent("ben"))
        try FileManager.default.createSymbolicLink(
            at: classFolder.appendingPathComponent("cat"), withDestinationURL: classFolder.appendingPathComponent("ann"))
        let before = try ReportFixtures.files(under: classFolder)
        let result = try ClassOptimization.run(directory: classFolder, course: course, now: now)
        #expect(try ReportFixtures.files(under: classFolder) == before, "nothing under the class folder is written")
        #expect(result.learners == ["ann", "ben"])
        #expect(result.skipped.map(\.name) == ["cat"])
        #expect(result.fit.isAdopted)
        let written = try #require(result.written)
        #expect(try CourseParameterSet.read(course: course) == written)
        #expect(written.learners == 2 && written.itemCount == result.fit.itemCount)
        #expect(written.rmseBins < written.previousRMSEBins && written.logLoss < written.previousLogLoss)
        let pooled = ClassOptimization.pooled(try ClassOptimization.readLogs(directory: classFolder).logs.map(\.reviews))
        let again = try FSRSOptimizer().fit(pooled, current: FSRSParameters.defaultWeights)
        #expect(written.weights == again.weights, "the weights are the optimizer's on the pooled logs")

        // Fitting again, against the course's own set now: the same weights do not beat themselves.
        let second = try ClassOptimization.run(directory: classFolder, course: course, now: now.addingTimeInterval(60))
        #expect(second.previous == written)
        #expect(second.fit.current?.logLoss == written.logLoss)
        #expect(!second.fit.isAdopted && second.written == nil)
        #expect(try CourseParameterSet.read(course: course) == written, "the file is left as it was")
    }

    @Test func aFolderWithoutLogsIsAClearError() throws {
        let course = try course()
        let empty = try Fixtures.temporaryDirectory("lectern-class-empty")
        #expect(throws: SchedulingError.noClassLogs(directory: empty.path)) {
            try ClassOptimization.run(directory: empty, course: course, now: now)
        }
        #expect(try CourseParameterSet.read(course: course) == nil)
    }
}
