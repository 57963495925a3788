import Foundation
import LecternCore
import Testing

@Suite(.removingTemporaryFolders) struct ProgressSchemaTests {
    typealias F = ProgressFixtures

    func learnerWithHistory() throws -> (directory: URL, store: LearnerStore) {
        let directory = try F.folder()
        let store = try F.open(directory)
        for record in F.randomRecords(25, seed: 20) { try store.append(record) }
        store.close()
        return (directory, store)
    }

    @Test func aSnapshotFromANewerLecternIsRefusedAndNothingIsTouched() throws {
        let (directory, store) = try learnerWithHistory()
        var json = try F.text(store.snapshotURL)
        json = json.replacingOccurrences(of: "\"schemaVersion\":1", with: "\"schemaVersion\":2")
        #expect(json.contains("\"schemaVersion\":2"), "the edit must reach the file")
        try F.write(json, to: store.snapshotURL)
        let before = try F.contents(of: store.folder)

        let reopened = try F.open(directory)
        #expect(reopened.mode == .readOnly(.newerSchema(path: reopened.snapshotURL.path, line: nil, found: 2)))
        #expect(throws: ProgressError.newerSchema(path: reopened.snapshotURL.path, line: nil, found: 2, supported: 1)) {
            try reopened.append(F.review("q1", at: F.start))
        }
        #expect(throws: ProgressError.self) { try reopened.repair(now: F.start) }
        _ = try reopened.rebuild(now: F.start)
        try reopened.checkpoint()
        #expect(try F.contents(of: store.folder) == before)
        #expect(ProgressError.newerSchema(path: "s.json", line: nil, found: 2, supported: 1).description
            .contains("newer Lectern (schema version 2; this one reads up to 1)"))
    }

    @Test func aLogRecordFromANewerLecternIsRefusedAndNothingIsTouched() throws {
        let (directory, store) = try learnerWithHistory()
        try F.append("{\"type\":\"review\",\"v\":5,\"brandNew\":true}\n", to: store.logURL)
        try F.append("{\"type\":\"review\",\"v\":5,\"brandNew\":true}\n", to: store.logURL)
        let before = try F.contents(of: store.folder)

        let reopened = try F.open(directory)
        #expect(reopened.mode == .readOnly(.newerSchema(path: reopened.logURL.path, line: 26, found: 5)))
        #expect(reopened.snapshot.logOffset.records == 25)
        #expect(throws: ProgressError.self) { try reopened.append(F.review("q1", at: F.start)) }
        #expect(try F.contents(of: store.folder) == before)
    }

    @Test func anOlderSnapshotIsBackedUpThenMigrated() throws {
        let (directory, store) = try learnerWithHistory()
        let state = try F.open(directory).snapshot
        // Schema 0: the development snapshot without a schemaVersion field.
        let old = Data("{\n  \"questions\" : {},\n  \"totals\" : { \"answers\" : 3 }\n}\n".utf8)
        try old.write(to: store.snapshotURL)

        let reopened = try F.open(directory)
        #expect(reopened.mode == .readWrite)
        #expect(reopened.snapshot == state)
        let backup = reopened.folder.appendingPathComponent("snapshot.v0.backup.json")
        #expect(try F.bytes(backup) == old)
        #expect(F.mode(backup) == 0o600)
        #expect(reopened.notices.contains { $0.contains("migrated snapshot.json from schema version 0 to 1") })
        let migrated = try JSONDecoder().decode(ProgressSnapshot.self, from: F.bytes(reopened.snapshotURL))
        #expect(migrated.schemaVersion == 1)
        #expect(migrated == state)
    }
}
