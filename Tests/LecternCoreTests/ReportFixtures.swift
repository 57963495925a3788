import Foundation
import LecternCore
import LecternTestSupport

/// Report fixtures: simulated learners over the sample course, replayed at fixed dates, and a class folder.
enum ReportFixtures {
    /// Monday 2025-03-03 12:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_741_003_200)
    static let course = SampleCourse.course
    static let bank = QuestionBank(course: course)
    static let snapshots = Fixtures.packageRoot.appendingPathComponent("Tests/LecternCoreTests/Snapshots")
    static let schemas = Fixtures.packageRoot.appendingPathComponent("docs/schemas")

    /// A diligent learner over ten weeks, giving confidence.
    static let ada = LearnerSimulation(days: 80, diligence: 0.7, skill: 0.6, sessionSize: 12, seed: 7)
    /// A learner who studies rarely and gets much wrong, without confidence.
    static let bob = LearnerSimulation(days: 60, diligence: 0.3, skill: 0.35, sessionSize: 10, givesConfidence: false, seed: 8)
    /// A learner who stopped three weeks ago.
    static let frank = LearnerSimulation(days: 40, diligence: 0.6, skill: 0.6, sessionSize: 8, seed: 9)

    static func report(_ simulation: LearnerSimulation = ada, learner: String = "ada") -> LearnerReport {
        LearnerReport(
            course: course, bank: bank, snapshot: simulation.snapshot(course: course, bank: bank, until: now), now: now,
            learner: learner)
    }

    /// A progress folder with three usable learners (bob's snapshot behind his log, frank idle for three weeks), a
    /// corrupt snapshot (carol), a newer schema (dave), a log without a snapshot (erin), a removed learner and a
    /// stray file.
    static func classFolder() throws -> URL {
        let directory = try Fixtures.temporaryDirectory("lectern-class")
        try write(ada.records(course: course, bank: bank, until: now), learner: "ada", in: directory, unsaved: 0)
        try write(bob.records(course: course, bank: bank, until: now), learner: "bob", in: directory, unsaved: 3)
        try write(
            frank.records(course: course, bank: bank, until: now.addingTimeInterval(-21 * 86_400)), learner: "frank",
            in: directory, unsaved: 0)
        for (name, snapshot) in [
            ("carol", "{\"schemaVersion\": 1, \"questions\": [unfinished"),
            ("dave", "{\"schemaVersion\": 2, \"questions\": {}, \"somethingNew\": true}"),
        ] {
            let folder = directory.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(snapshot.utf8).write(to: folder.appendingPathComponent(LearnerStore.snapshotName))
            try Data().write(to: folder.appendingPathComponent(LearnerStore.logName))
        }
        let erin = directory.appendingPathComponent("erin")
        try FileManager.default.createDirectory(at: erin, withIntermediateDirectories: true)
        try Data("{\"type\":\"flag\"}\n".utf8).write(to: erin.appendingPathComponent(LearnerStore.logName))
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent(".removed/zed-20250101-000000"), withIntermediateDirectories: true)
        try Data("not a learner".utf8).write(to: directory.appendingPathComponent("notes.txt"))
        return directory
    }

    /// Writes `records` through the learner store; the last `unsaved` are appended after the last snapshot write,
    /// so the snapshot is behind the log by that many records.
    private static func write(_ records: [ProgressRecord], learner: String, in directory: URL, unsaved: Int) throws {
        let store = try LearnerStore.open(directory: directory, learner: learner, now: now, program: "lectern test")
        for record in records.dropLast(unsaved) { try store.append(record) }
        try store.checkpoint()
        for record in records.suffix(unsaved) { try store.append(record) }
        if unsaved == 0 { store.close() }
    }

    /// Every file under `folder` with its bytes, to show that nothing was written.
    static func files(under folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                result[path] = try Data(contentsOf: url)
            }
        }
        return result
    }
}
