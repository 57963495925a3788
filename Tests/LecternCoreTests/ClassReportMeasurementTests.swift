import Foundation
@testable import LecternCore
import LecternTestSupport
import Testing

/// The class view over 1,000 learners with a year of history each, on the bundled course; run with
/// `LECTERN_MEASURE=1`, skipped otherwise. It prints timings and asserts nothing about them.
///
/// Twenty-five distinct learners are simulated over 365 days and their snapshots written under 1,000 names: the
/// class view reads and evaluates every file on its own, so the cost is the same as for 1,000 different learners.
/// Each learner's log is written too, for the item analysis. `LECTERN_MEASURE_KEEP=DIR` writes the folder to DIR and keeps it, to time `lectern report --class DIR` as well.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["LECTERN_MEASURE"] != nil), .removingTemporaryFolders)
struct ClassReportMeasurementTests {
    @Test func measureTheClassViewOverAThousandLearners() throws {
        let course = try CourseLoader.load(from: Fixtures.packageRoot)
        let bank = QuestionBank(course: course)
        let now = ReportFixtures.now
        let environment = ProcessInfo.processInfo.environment
        let folder = try environment["LECTERN_MEASURE_KEEP"].map { path -> URL in
            let url = URL(fileURLWithPath: path, isDirectory: true)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            return url
        } ?? Fixtures.temporaryDirectory("lectern-class-1000")
        let clock = ContinuousClock()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var records = 0
        var bytes = 0
        let generation = try clock.measure {
            let samples = try (0..<25).map { index -> (snapshot: Data, log: Data) in
                let simulation = LearnerSimulation(
                    days: 365, diligence: 0.3 + Double(index % 6) * 0.1, skill: 0.4 + Double(index % 5) * 0.1,
                    sessionSize: 10 + index % 15, givesConfidence: index % 3 != 0, seed: UInt64(1_000 + index))
                let history = simulation.records(course: course, bank: bank, until: now)
                records += history.count
                // The log too: the item analysis reads every learner's answers from it.
                var log: [UInt8] = []
                var lastLine: [UInt8] = []
                for record in history {
                    lastLine = try ReviewLog.encode(record, path: "log")
                    log += lastLine + [0x0A]
                }
                // The snapshot covers the whole log, as one the learner's store wrote would.
                var snapshot = ProgressSnapshot.replaying(history)
                snapshot.logOffset = ReviewLog.Position(
                    bytes: log.count, lines: history.count, records: history.count,
                    lastLineHash: ReviewLog.fingerprint(lastLine[...]))
                return (try encoder.encode(snapshot), Data(log))
            }
            for number in 0..<1_000 {
                let learner = folder.appendingPathComponent(String(format: "learner-%04d", number))
                try FileManager.default.createDirectory(at: learner, withIntermediateDirectories: true)
                let sample = samples[number % samples.count]
                bytes += sample.snapshot.count
                try sample.snapshot.write(to: learner.appendingPathComponent(LearnerStore.snapshotName))
                try sample.log.write(to: learner.appendingPathComponent(LearnerStore.logName))
            }
        }
        var roster: ClassRoster?
        let reading = try clock.measure { roster = try ClassRoster.read(directory: folder) }
        let members = try #require(roster)
        var report: ClassReport?
        let building = clock.measure {
            report = ClassReport(course: course, bank: bank, roster: members, directory: folder.path, now: now)
        }
        let built = try #require(report)
        var sizes: [String: Int] = [:]
        let rendering = try clock.measure {
            sizes["text"] = ClassReportText.render(built).string.utf8.count
            sizes["html"] = ReportHTML.render(built).string.utf8.count
            sizes["json"] = try built.jsonData().count
            sizes["csv"] = ReportCSV.render(built).string.utf8.count
        }
        #expect(built.learners.count == 1_000)
        print("""
            measurement: class view of \(built.learners.count) learners (\(bank.questions.count) questions, \
            25 simulated years of \(records / 25) records on average, snapshots \(bytes / 1_000) bytes on average)
              generating the folder \(generation) (not part of the report)
              reading and decoding 1000 snapshots \(reading)
              building the report, reading every log for the item analysis \(building)
              rendering text, html, json and csv \(rendering) \(sizes.sorted { $0.key < $1.key })
              total \(reading + building + rendering)
            """)
    }
}
