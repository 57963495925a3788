import Foundation
import LecternCore

/// The class written by `Tools/item-analysis/make_class.py` over `Tests/Fixtures/courses/item-analysis`, and the
/// figures numpy worked out for it (`Tests/Fixtures/item-analysis/expected.json`).
public enum ItemAnalysisFixture {
    public static let folder = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/item-analysis")
    public static let classFolder = folder.appendingPathComponent("class")
    public static let courseRoot = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/courses/item-analysis")

    /// The expected figures, as JSON objects.
    public static func expected() throws -> [String: Any] {
        let data = try Data(contentsOf: folder.appendingPathComponent("expected.json"))
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    /// Each learner's records, in roster (name) order.
    public static func logs() throws -> [(name: String, records: [ProgressRecord])] {
        let names = try FileManager.default.contentsOfDirectory(atPath: classFolder.path).filter { !$0.hasPrefix(".") }.sorted()
        return try names.map { name in
            guard let folder = try LearnerFolder.named(classFolder.appendingPathComponent(name)) else { return (name, []) }
            return (name, try ReviewLog(folder: folder).scan().entries.map(\.record))
        }
    }

    /// The moment the figures describe.
    public static let now = ISO8601DateFormatter().date(from: "2025-03-20T00:00:00Z") ?? Date(timeIntervalSince1970: 0)

    /// The fixture's logs replayed into learner folders with snapshots under a new temporary folder, as the learners'
    /// own sessions would leave them; the learner with an empty log is added as `learners add` adds one.
    public static func replayedClass() throws -> URL {
        let directory = try Fixtures.temporaryDirectory("lectern-item-analysis")
        for (name, records) in try logs() {
            if records.isEmpty {
                try Learners(directory: directory).add(name)
                continue
            }
            let store = try LearnerStore.open(directory: directory, learner: name, now: now, program: "lectern test")
            for record in records { try store.append(record) }
            try store.checkpoint()
            store.close()
        }
        return directory
    }
}
