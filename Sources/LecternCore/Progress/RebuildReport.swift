/// What `LearnerStore.rebuild` did: the whole log replayed from its first line.
public struct RebuildReport: Sendable, Equatable, CustomStringConvertible {
    /// Records replayed.
    public var records: Int
    /// Questions with state after the replay.
    public var questions: Int
    /// Whether the state before the rebuild differed from the replay.
    public var stateChanged: Bool
    /// Whether the snapshot file was written (only in read-write mode).
    public var snapshotWritten: Bool

    /// The report in one sentence.
    public var description: String {
        let change = stateChanged ? "the state changed" : "the state was already right"
        let written = snapshotWritten ? "snapshot written" : "snapshot not written (read-only)"
        return "replayed \(records) records for \(questions) questions; \(change); \(written)"
    }
}
