/// What `LearnerStore.repair` did, exactly: which lines moved where, how many records were kept.
public struct RepairReport: Sendable, Equatable, CustomStringConvertible {
    /// The review log's path.
    public var logPath: String
    /// Where the unreadable lines were appended.
    public var corruptPath: String
    /// The 1-based numbers (in the log before repair) of the lines moved aside.
    public var movedLines: [Int]
    /// Readable records kept in the log.
    public var keptRecords: Int
    /// Whether a missing final newline was added.
    public var addedFinalNewline: Bool

    /// The report in one sentence.
    public var description: String {
        let kept = "kept all \(keptRecords) readable records; rebuilt the snapshot"
        guard !movedLines.isEmpty else {
            let newline = addedFinalNewline ? "added the missing final newline; " : ""
            return "nothing to repair in \(logPath): \(newline)\(kept)"
        }
        let count = movedLines.count
        let list = movedLines.map(String.init).joined(separator: ", ")
        return "moved \(count) unreadable line\(count == 1 ? "" : "s") (line\(count == 1 ? "" : "s") \(list)) of"
            + " \(logPath) to \(corruptPath); \(kept)"
    }
}
