import Foundation

extension ProgressSnapshot {
    /// Reads a snapshot file straight from its bytes instead of through `JSONDecoder`, or returns nil so the caller
    /// falls back to the decoder.
    ///
    /// A class report decodes a thousand snapshots and spent most of its time in `JSONDecoder`, then in building a
    /// tree of each document; this reader fills the snapshot as it reads. It answers only when its answer is the one
    /// the synthesised `Decodable` conformances give: the same keys, optionals missing or null, unknown keys ignored
    /// (but read, so the document must still be valid JSON), dates as seconds since 2001 (Foundation's default).
    /// Anything else — a missing or mistyped field, an unknown enumeration value, a number that is not a whole `Int`
    /// where one is expected, two keys a dictionary would merge, a field name with escapes or beyond ASCII — goes to
    /// the decoder, which also words the error. Each type's fields are named once, in its `scannedFields` table.
    init?(fastJSON data: Data) {
        let snapshot: ProgressSnapshot? = data.withUnsafeBytes { raw in
            var scanner = JSONScanner(raw.bindMemory(to: UInt8.self))
            guard let snapshot = ProgressSnapshot(scanning: &scanner), scanner.isAtEnd() else { return nil }
            return snapshot
        }
        guard let snapshot else { return nil }
        self = snapshot
    }
}

extension ProgressSnapshot: FastScannable {
    static var blank: ProgressSnapshot { ProgressSnapshot() }
    static let scannedFields: [ScannedField<ProgressSnapshot>] = [
        .required("confidence", \.confidence) { $0.map(Totals.init(scanning:)) },
        .required("days", \.days) { $0.map(Totals.init(scanning:)) },
        .required("flags", \.flags) { $0.list(ProgressRecord.Flag.init(scanning:)) },
        .required("lessons", \.lessons) { $0.map(LessonPosition.init(scanning:)) },
        .required("logOffset", \.logOffset) { ReviewLog.Position(scanning: &$0) },
        .required("questions", \.questions) { $0.map(Question.init(scanning:)) },
        .required("scheduler", \.scheduler) { $0.string() },
        .required("schemaVersion", \.schemaVersion) { $0.int() },
        .required("settings", \.settings) { Settings(scanning: &$0) },
        .required("totals", \.totals) { Totals(scanning: &$0) },
        .optional("undoable", \.undoable) { UndoPoint(scanning: &$0) },
        .optional("overrides", \.overrides) { $0.list(Override.init(scanning:)) },
    ]
}

extension ProgressSnapshot.UndoPoint: FastScannable {
    static var blank: Self {
        Self(questionID: "", answeredAt: Date(timeIntervalSinceReferenceDate: 0), previous: nil, counted: .init(),
            confidence: nil)
    }
    static let scannedFields: [ScannedField<Self>] = [
        .required("answeredAt", \.answeredAt) { $0.date() },
        .optional("confidence", \.confidence) { $0.string() },
        .required("counted", \.counted) { ProgressSnapshot.Totals(scanning: &$0) },
        .optional("previous", \.previous) { ProgressSnapshot.Question(scanning: &$0) },
        .required("questionID", \.questionID) { $0.string() },
    ]
}

extension ProgressSnapshot.Override: FastScannable {
    static var blank: Self { Self(questionID: "", response: "", answeredAt: Date(timeIntervalSinceReferenceDate: 0)) }
    static let scannedFields: [ScannedField<Self>] = [
        .required("answeredAt", \.answeredAt) { $0.date() },
        .required("questionID", \.questionID) { $0.string() },
        .required("response", \.response) { $0.string() },
    ]
}

extension ProgressSnapshot.Question: FastScannable {
    static var blank: Self { .unseen }
    static let scannedFields: [ScannedField<Self>] = [
        .optional("card", \.card) { CardState(scanning: &$0) },
        .optional("contentHash", \.contentHash) { $0.string() },
        .optional("firstAnsweredAt", \.firstAnsweredAt) { $0.date() },
        .required("isLeech", \.isLeech) { $0.bool() },
        .required("lapses", \.lapses) { $0.int() },
        .optional("lastAnsweredAt", \.lastAnsweredAt) { $0.date() },
        .optional("lastOutcome", \.lastOutcome) { $0.string().flatMap(ReviewRecord.Outcome.init(rawValue:)) },
        .required("reviews", \.reviews) { $0.int() },
    ]
}

extension CardState: FastScannable {
    static var blank: CardState {
        let never = Date(timeIntervalSinceReferenceDate: 0)
        return CardState(phase: .learning, step: nil, stability: 0, difficulty: 0, due: never, lastReview: never)
    }
    static let scannedFields: [ScannedField<CardState>] = [
        .required("difficulty", \.difficulty) { $0.double() },
        .required("due", \.due) { $0.date() },
        .required("lastReview", \.lastReview) { $0.date() },
        .required("phase", \.phase) { $0.string().flatMap(Phase.init(rawValue:)) },
        .required("stability", \.stability) { $0.double() },
        .optional("step", \.step) { $0.int() },
    ]
}

extension ProgressSnapshot.Settings: FastScannable {
    static var blank: Self { Self() }
    static let scannedFields: [ScannedField<Self>] = [
        .required("dailyNewLimit", \.dailyNewLimit) { $0.int() },
        .required("desiredRetention", \.desiredRetention) { $0.double() },
        .optional("parameters", \.parameters) { ProgressRecord.Parameters(scanning: &$0) },
    ]
}

extension ProgressRecord.Parameters: FastScannable {
    static var blank: Self { .reset(at: Date(timeIntervalSinceReferenceDate: 0)) }
    static let scannedFields: [ScannedField<Self>] = [
        .required("at", \.at) { $0.date() },
        .required("itemCount", \.itemCount) { $0.int() },
        .optional("logLoss", \.logLoss) { $0.double() },
        .optional("previousRMSEBins", \.previousRMSEBins) { $0.double() },
        .optional("rmseBins", \.rmseBins) { $0.double() },
        .optional("weights", \.weights) { $0.list { $0.double() } },
    ]
}

extension ProgressSnapshot.Totals: FastScannable {
    static var blank: Self { Self() }
    static let scannedFields: [ScannedField<Self>] = [
        .required("answers", \.answers) { $0.int() },
        .required("correct", \.correct) { $0.int() },
        .required("timeSpent", \.timeSpent) { $0.double() },
    ]
}

extension LessonPosition: FastScannable {
    static var blank: LessonPosition { LessonPosition(page: 0, isComplete: false) }
    static let scannedFields: [ScannedField<LessonPosition>] = [
        .required("isComplete", \.isComplete) { $0.bool() },
        .required("page", \.page) { $0.int() },
    ]
}

extension ProgressRecord.Flag: FastScannable {
    static var blank: Self { Self(questionID: "", note: "", at: Date(timeIntervalSinceReferenceDate: 0)) }
    static let scannedFields: [ScannedField<Self>] = [
        .required("at", \.at) { $0.date() },
        .required("note", \.note) { $0.string() },
        .required("questionID", \.questionID) { $0.string() },
    ]
}

extension ReviewLog.Position: FastScannable {
    static var blank: Self { .start }
    static let scannedFields: [ScannedField<Self>] = [
        .required("bytes", \.bytes) { $0.int() },
        .required("lastLineHash", \.lastLineHash) { $0.string() },
        .required("lines", \.lines) { $0.int() },
        .required("records", \.records) { $0.int() },
    ]
}
