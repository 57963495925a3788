import Foundation
import LecternCore

extension FuzzHarness {
    /// A folder of this process's own on a memory file system when there is one: where a fuzz target works, each
    /// input starting it afresh. A test gives each input a folder of its own instead.
    public static let workFolder: URL = {
        let shm = URL(fileURLWithPath: "/dev/shm", isDirectory: true)
        let base = FileManager.default.fileExists(atPath: shm.path) ? shm : FileManager.default.temporaryDirectory
        return base.appendingPathComponent("lectern-fuzz-\(ProcessInfo.processInfo.processIdentifier)")
    }()

    /// The time every store is opened at.
    public static let now = Date(timeIntervalSince1970: 1_750_000_000)

    /// The learner all progress targets use.
    public static let learner = "ada"

    /// The answer appended to every store that opens writable.
    public static let sampleReview = ReviewRecord(
        questionID: "q1", contentHash: "h1", answeredAt: now, kind: "typed", response: "Baghdad", outcome: .correct,
        credit: 1, rating: .good, hintsUsed: 0, latency: 4.5, confidence: .sure, mode: .quiz)

    /// The sound review log every snapshot is opened beside: records of every type, as a store wrote them. The
    /// seed `Fuzz/corpus/FuzzSnapshot/current.json` is the snapshot the store wrote for it.
    public static let logBesideSnapshot: [UInt8] = {
        let url = packageRoot.appendingPathComponent("Tests/Fixtures/fuzz/review-log-beside-snapshot.jsonl")
        guard let data = try? Data(contentsOf: url) else { preconditionFailure("missing \(url.path)") }
        return Array(data)
    }()

    /// `folder`, emptied, holding learner `learner` with `log` and `snapshot` (each written only when given);
    /// returns it, the progress folder to open.
    public static func freshProgress(log: [UInt8]?, snapshot: [UInt8]?, in folder: URL = workFolder) throws(FuzzFailure) -> URL {
        let learnerFolder = folder.appendingPathComponent(learner, isDirectory: true)
        try? FileManager.default.removeItem(at: folder)
        do {
            try FileManager.default.createDirectory(at: learnerFolder, withIntermediateDirectories: true)
            if let log { try Data(log).write(to: learnerFolder.appendingPathComponent(LearnerStore.logName)) }
            if let snapshot { try Data(snapshot).write(to: learnerFolder.appendingPathComponent(LearnerStore.snapshotName)) }
        } catch {
            throw FuzzFailure("cannot prepare \(learnerFolder.path): \(error)")
        }
        return folder
    }

    /// Bytes as a review log: scanned, then opened as a learner's progress (repaired when it asks for it), one
    /// answer appended and closed; opening it again must give a writable store whose state matches the log.
    public static func reviewLog(_ bytes: [UInt8], in folder: URL = workFolder) throws(FuzzFailure) {
        let directory = try freshProgress(log: bytes, snapshot: nil, in: folder)
        let log: ReviewLog
        let scan: ReviewLog.Scan
        do {
            log = try ReviewLog(url: directory.appendingPathComponent(learner).appendingPathComponent(LearnerStore.logName))
            scan = try log.scan()
        } catch {
            throw FuzzFailure("scanning a readable file threw: \(error)")
        }
        try checkScan(scan, of: bytes)
        if let first = scan.entries.first {
            // Reading on from a record's end finds the same records as reading everything.
            let rest = try? log.scan(from: first.end)
            try check(rest?.entries == Array(scan.entries.dropFirst()), "a scan from line \(first.line) differs")
        }
        try exerciseStore(in: directory, trustsSnapshot: false)
    }

    /// Bytes as `snapshot.json` beside a small sound log: planned, then opened like `reviewLog(_:in:)`.
    public static func snapshot(_ bytes: [UInt8], in folder: URL = workFolder) throws(FuzzFailure) {
        let plan = ProgressMigration.plan(for: Data(bytes))
        if case let .damaged(cause) = plan { try check(!cause.isEmpty, "a damaged snapshot without a cause") }
        try exerciseStore(in: try freshProgress(log: logBesideSnapshot, snapshot: bytes, in: folder), trustsSnapshot: true)
    }

    /// Line numbers rise, byte ranges stay inside the file and hold the bytes they name.
    static func checkScan(_ scan: ReviewLog.Scan, of bytes: [UInt8]) throws(FuzzFailure) {
        var previous = 0
        for entry in scan.entries {
            try check(entry.line > previous && entry.line <= scan.lastLine, "record line \(entry.line) out of order")
            try check(entry.end.bytes <= bytes.count + 1, "record end \(entry.end.bytes) past the file")
            previous = entry.line
        }
        for bad in scan.badLines {
            try check(bad.range.lowerBound >= 0 && bad.range.upperBound <= bytes.count, "bad line range \(bad.range)")
            try check(Array(bytes[bad.range]) == bad.bytes, "bad line \(bad.line) bytes differ from its range")
        }
        try check(scan.end.bytes <= bytes.count, "scan end \(scan.end.bytes) past \(bytes.count) bytes")
    }

    /// Opens the learner in `directory`, repairs it when asked to, appends an answer, closes, and opens it again.
    ///
    /// A snapshot is a cache trusted when it matches the log's line at its offset; a file edited to hold another
    /// state there is believed (by design), so with `trustsSnapshot` a differing state is only required to be
    /// put right by `rebuild`.
    static func exerciseStore(in directory: URL, trustsSnapshot: Bool) throws(FuzzFailure) {
        do {
            let store = try LearnerStore.open(directory: directory, learner: learner, now: now, program: "fuzz")
            if case .readOnly(.needsRepair) = store.mode {
                _ = try store.repair(now: now)
                try check(store.mode == .readWrite, "repair left the store \(store.mode)")
            }
            _ = try store.verify()
            guard store.mode == .readWrite else { return }
            try store.append(sampleReview)
            store.close()

            let again = try LearnerStore.open(directory: directory, learner: learner, now: now, program: "fuzz")
            try check(again.mode == .readWrite, "a repaired log reopened \(again.mode)")
            var report = try again.verify()
            if trustsSnapshot, !report.stateMatchesLog {
                _ = try again.rebuild(now: now)
                report = try again.verify()
            }
            try check(report.stateMatchesLog, "the reopened state differs from a replay of the log")
            try check(report.unreadableLines.isEmpty, "unreadable lines after repair: \(report.unreadableLines)")
            again.close()
        } catch let failure as FuzzFailure {
            throw failure
        } catch {
            throw FuzzFailure("opening progress threw instead of opening read-only: \(error)")
        }
    }
}
