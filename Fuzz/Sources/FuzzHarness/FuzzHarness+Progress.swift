import Foundation
import LecternCore

extension FuzzHarness {
    /// A folder of this process's own on a memory file system when there is one; every input starts it afresh.
    static let workFolder: URL = {
        let shm = URL(fileURLWithPath: "/dev/shm", isDirectory: true)
        let base = FileManager.default.fileExists(atPath: shm.path) ? shm : FileManager.default.temporaryDirectory
        return base.appendingPathComponent("lectern-fuzz-\(ProcessInfo.processInfo.processIdentifier)")
    }()

    /// The time every store is opened at.
    static let now = Date(timeIntervalSince1970: 1_750_000_000)

    /// The learner all progress targets use.
    static let learner = "ada"

    /// The answer appended to every store that opens writable.
    static let sampleReview = ReviewRecord(
        questionID: "q1", contentHash: "h1", answeredAt: now, kind: "typed", response: "Baghdad", outcome: .correct,
        credit: 1, rating: .good, hintsUsed: 0, latency: 4.5, confidence: .sure, mode: .quiz)

    /// The sound review log every snapshot is opened beside: records of every type, as a store wrote them. The
    /// seed `Fuzz/corpus/FuzzSnapshot/current.json` is the snapshot the store wrote for it.
    public static let logBesideSnapshot: [UInt8] = {
        let url = packageRoot.appendingPathComponent("Tests/Fixtures/fuzz/review-log-beside-snapshot.jsonl")
        guard let data = try? Data(contentsOf: url) else { preconditionFailure("missing \(url.path)") }
        return Array(data)
    }()

    /// An empty learner folder holding `log` and `snapshot` (each written only when given); returns the progress
    /// folder to open.
    static func freshProgress(log: [UInt8]?, snapshot: [UInt8]?) -> URL {
        let folder = workFolder.appendingPathComponent(learner, isDirectory: true)
        try? FileManager.default.removeItem(at: workFolder)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            if let log { try Data(log).write(to: folder.appendingPathComponent(LearnerStore.logName)) }
            if let snapshot { try Data(snapshot).write(to: folder.appendingPathComponent(LearnerStore.snapshotName)) }
        } catch {
            preconditionFailure("cannot prepare \(folder.path): \(error)")
        }
        return workFolder
    }

    /// Bytes as a review log: scanned, then opened as a learner's progress (repaired when it asks for it), one
    /// answer appended and closed; opening it again must give a writable store whose state matches the log.
    public static func reviewLog(_ bytes: [UInt8]) {
        let directory = freshProgress(log: bytes, snapshot: nil)
        let log = ReviewLog(url: directory.appendingPathComponent(learner).appendingPathComponent(LearnerStore.logName))
        let scan: ReviewLog.Scan
        do {
            scan = try log.scan()
        } catch {
            preconditionFailure("scanning a readable file threw: \(error)")
        }
        checkScan(scan, of: bytes)
        if let first = scan.entries.first {
            // Reading on from a record's end finds the same records as reading everything.
            let rest = try? log.scan(from: first.end)
            precondition(rest?.entries == Array(scan.entries.dropFirst()), "a scan from line \(first.line) differs")
        }
        exerciseStore(in: directory, trustsSnapshot: false)
    }

    /// Bytes as `snapshot.json` beside a small sound log: planned, then opened like `reviewLog(_:)`.
    public static func snapshot(_ bytes: [UInt8]) {
        let plan = ProgressMigration.plan(for: Data(bytes))
        if case let .damaged(cause) = plan { precondition(!cause.isEmpty, "a damaged snapshot without a cause") }
        exerciseStore(in: freshProgress(log: logBesideSnapshot, snapshot: bytes), trustsSnapshot: true)
    }

    /// Line numbers rise, byte ranges stay inside the file and hold the bytes they name.
    static func checkScan(_ scan: ReviewLog.Scan, of bytes: [UInt8]) {
        var previous = 0
        for entry in scan.entries {
            precondition(entry.line > previous && entry.line <= scan.lastLine, "record line \(entry.line) out of order")
            precondition(entry.end.bytes <= bytes.count + 1, "record end \(entry.end.bytes) past the file")
            previous = entry.line
        }
        for bad in scan.badLines {
            precondition(bad.range.lowerBound >= 0 && bad.range.upperBound <= bytes.count, "bad line range \(bad.range)")
            precondition(Array(bytes[bad.range]) == bad.bytes, "bad line \(bad.line) bytes differ from its range")
        }
        precondition(scan.end.bytes <= bytes.count, "scan end \(scan.end.bytes) past \(bytes.count) bytes")
    }

    /// Opens the learner in `directory`, repairs it when asked to, appends an answer, closes, and opens it again.
    ///
    /// A snapshot is a cache trusted when it matches the log's line at its offset; a file edited to hold another
    /// state there is believed (by design), so with `trustsSnapshot` a differing state is only required to be
    /// put right by `rebuild`.
    static func exerciseStore(in directory: URL, trustsSnapshot: Bool) {
        do {
            let store = try LearnerStore.open(directory: directory, learner: learner, now: now, program: "fuzz")
            if case .readOnly(.needsRepair) = store.mode {
                _ = try store.repair(now: now)
                precondition(store.mode == .readWrite, "repair left the store \(store.mode)")
            }
            _ = try store.verify()
            guard store.mode == .readWrite else { return }
            try store.append(sampleReview)
            try store.close()

            let again = try LearnerStore.open(directory: directory, learner: learner, now: now, program: "fuzz")
            precondition(again.mode == .readWrite, "a repaired log reopened \(again.mode)")
            var report = try again.verify()
            if trustsSnapshot, !report.stateMatchesLog {
                _ = try again.rebuild(now: now)
                report = try again.verify()
            }
            precondition(report.stateMatchesLog, "the reopened state differs from a replay of the log")
            precondition(report.unreadableLines.isEmpty, "unreadable lines after repair: \(report.unreadableLines)")
            try again.close()
        } catch {
            preconditionFailure("opening progress threw instead of opening read-only: \(error)")
        }
    }
}
