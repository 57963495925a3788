import Foundation
import LecternCore
import Testing

/// Timings of the durable writes on this machine; run with `LECTERN_MEASURE=1`, skipped otherwise.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["LECTERN_MEASURE"] != nil), .removingTemporaryFolders)
struct ProgressMeasurementTests {
    typealias F = ProgressFixtures

    @Test func measureAppendSnapshotAndStartUpCosts() throws {
        let directory = try F.folder()
        let store = try F.open(directory)
        let records = F.randomRecords(5_000, seed: 99)
        let clock = ContinuousClock()
        let appending = try clock.measure {
            for record in records.prefix(1_000) { try store.append(record) }
        }
        for record in records.dropFirst(1_000) { try store.append(record) }
        let snapshotWrite = try clock.measure { _ = try store.rebuild(now: F.start) }
        let line = Data((String(repeating: "x", count: 230) + "\n").utf8)
        let raw = directory.appendingPathComponent("raw.jsonl")
        let rawAppend = try clock.measure {
            for _ in 0..<1_000 { try DurableFile.append(line, to: raw) }
        }
        let replace = try clock.measure {
            for _ in 0..<100 { try DurableFile.replace(directory.appendingPathComponent("r.json"), with: line) }
        }
        store.close()
        let startUp = try clock.measure { _ = try F.open(directory) }
        let size = DurableFile.size(of: store.logURL) ?? 0
        let snapshotSize = DurableFile.size(of: store.snapshotURL) ?? 0
        print("""
            measurement: one append+fdatasync \(appending / 1_000) (mean of 1000, snapshot every \(LearnerStore.snapshotInterval));
            full rebuild of 5000 records + snapshot write \(snapshotWrite); open with a current snapshot \(startUp);
            bare DurableFile.append of a 231-byte line \(rawAppend / 1_000); bare write-replace of a small file \(replace / 100);
            log \(size) bytes, snapshot \(snapshotSize) bytes
            """)
    }
}
