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
    /// the decoder, which also words the error.
    init?(fastJSON data: Data) {
        let snapshot: ProgressSnapshot? = data.withUnsafeBytes { raw in
            var scanner = JSONScanner(raw.bindMemory(to: UInt8.self))
            guard let snapshot = ProgressSnapshot(scanning: &scanner), scanner.isAtEnd() else { return nil }
            return snapshot
        }
        guard let snapshot else { return nil }
        self = snapshot
    }

    private static let fieldNames: [StaticString] = [
        "confidence", "days", "flags", "lessons", "logOffset", "questions", "scheduler", "schemaVersion", "settings",
        "totals", "undoable", "overrides",
    ]

    private init?(scanning scanner: inout JSONScanner) {
        var schemaVersion: Int?
        var scheduler: String?
        var questions: [String: Question]?
        var lessons: [String: LessonPosition]?
        var flags: [ProgressRecord.Flag]?
        var settings: Settings?
        var totals: Totals?
        var days: [String: Totals]?
        var confidence: [String: Totals]?
        var logOffset: ReviewLog.Position?
        var undoable: UndoPoint?
        var overrides: [Override]?
        let isRead = scanner.fields(Self.fieldNames) { scanner, field in
            switch field {
            case 0: return assign(&confidence, scanner.map(Totals.init(scanning:)))
            case 1: return assign(&days, scanner.map(Totals.init(scanning:)))
            case 2: return assign(&flags, scanner.list(ProgressRecord.Flag.init(scanning:)))
            case 3: return assign(&lessons, scanner.map(LessonPosition.init(scanning:)))
            case 4: return assign(&logOffset, ReviewLog.Position(scanning: &scanner))
            case 5: return assign(&questions, scanner.map(Question.init(scanning:)))
            case 6: return assign(&scheduler, scanner.string())
            case 7: return assign(&schemaVersion, scanner.int())
            case 8: return assign(&settings, Settings(scanning: &scanner))
            case 9: return assign(&totals, Totals(scanning: &scanner))
            case 10: return assignOptional(&undoable, scanner.optional(UndoPoint.init(scanning:)))
            default: return assignOptional(&overrides, scanner.optional { $0.list(Override.init(scanning:)) })
            }
        }
        guard isRead, let schemaVersion, let scheduler, let questions, let lessons, let flags, let settings, let totals,
            let days, let confidence, let logOffset
        else { return nil }
        self.init()
        self.schemaVersion = schemaVersion
        self.scheduler = scheduler
        self.questions = questions
        self.lessons = lessons
        self.flags = flags
        self.settings = settings
        self.totals = totals
        self.days = days
        self.confidence = confidence
        self.logOffset = logOffset
        self.undoable = undoable
        self.overrides = overrides
    }
}

extension ProgressSnapshot.Override {
    private static let fieldNames: [StaticString] = ["answeredAt", "questionID", "response"]

    fileprivate init?(scanning scanner: inout JSONScanner) {
        var questionID: String?
        var response: String?
        var answeredAt: Date?
        let isRead = scanner.fields(Self.fieldNames) { scanner, field in
            switch field {
            case 0: return assign(&answeredAt, scanner.date())
            case 1: return assign(&questionID, scanner.string())
            default: return assign(&response, scanner.string())
            }
        }
        guard isRead, let questionID, let response, let answeredAt else { return nil }
        self.init(questionID: questionID, response: response, answeredAt: answeredAt)
    }
}

extension ProgressSnapshot.UndoPoint {
    private static let fieldNames: [StaticString] = ["answeredAt", "confidence", "counted", "previous", "questionID"]

    fileprivate init?(scanning scanner: inout JSONScanner) {
        var questionID: String?
        var answeredAt: Date?
        var previous: ProgressSnapshot.Question?
        var counted: ProgressSnapshot.Totals?
        var confidence: String?
        let isRead = scanner.fields(Self.fieldNames) { scanner, field in
            switch field {
            case 0: return assign(&answeredAt, scanner.date())
            case 1: return assignOptional(&confidence, scanner.optional { $0.string() })
            case 2: return assign(&counted, ProgressSnapshot.Totals(scanning: &scanner))
            case 3: return assignOptional(&previous, scanner.optional(ProgressSnapshot.Question.init(scanning:)))
            default: return assign(&questionID, scanner.string())
            }
        }
        guard isRead, let questionID, let answeredAt, let counted else { return nil }
        self.init(
            questionID: questionID, answeredAt: answeredAt, previous: previous, counted: counted,
            confidence: confidence)
    }
}

extension ProgressSnapshot.Question {
    private static let fieldNames: [StaticString] = [
        "card", "contentHash", "firstAnsweredAt", "isLeech", "lapses", "lastAnsweredAt", "lastOutcome", "reviews",
    ]

    fileprivate init?(scanning scanner: inout JSONScanner) {
        // Optional fields missing or null are nil, as the synthesised `decodeIfPresent` reads them.
        var card: CardState?
        var reviews: Int?
        var lapses: Int?
        var lastOutcome: ReviewRecord.Outcome?
        var lastAnsweredAt: Date?
        var contentHash: String?
        var isLeech: Bool?
        var firstAnsweredAt: Date?
        let isRead = scanner.fields(Self.fieldNames) { scanner, field in
            switch field {
            case 0: return assignOptional(&card, scanner.optional(CardState.init(scanning:)))
            case 1: return assignOptional(&contentHash, scanner.optional { $0.string() })
            case 2: return assignOptional(&firstAnsweredAt, scanner.optional { $0.date() })
            case 3: return assign(&isLeech, scanner.bool())
            case 4: return assign(&lapses, scanner.int())
            case 5: return assignOptional(&lastAnsweredAt, scanner.optional { $0.date() })
            case 6:
                let outcome = scanner.optional { $0.string().flatMap(ReviewRecord.Outcome.init(rawValue:)) }
                return assignOptional(&lastOutcome, outcome)
            default: return assign(&reviews, scanner.int())
            }
        }
        guard isRead, let reviews, let lapses, let isLeech else { return nil }
        self.init(
            card: card, reviews: reviews, lapses: lapses, lastOutcome: lastOutcome, lastAnsweredAt: lastAnsweredAt,
            contentHash: contentHash, isLeech: isLeech, firstAnsweredAt: firstAnsweredAt)
    }
}

extension CardState {
    private static let fieldNames: [StaticString] = ["difficulty", "due", "lastReview", "phase", "stability", "step"]

    fileprivate init?(scanning scanner: inout JSONScanner) {
        var phase: Phase?
        var step: Int?
        var stability: Double?
        var difficulty: Double?
        var due: Date?
        var lastReview: Date?
        let isRead = scanner.fields(Self.fieldNames) { scanner, field in
            switch field {
            case 0: return assign(&difficulty, scanner.double())
            case 1: return assign(&due, scanner.date())
            case 2: return assign(&lastReview, scanner.date())
            case 3: return assign(&phase, scanner.string().flatMap(Phase.init(rawValue:)))
            case 4: return assign(&stability, scanner.double())
            default: return assignOptional(&step, scanner.optional { $0.int() })
            }
        }
        guard isRead, let phase, let stability, let difficulty, let due, let lastReview else { return nil }
        self.init(
            phase: phase, step: step, stability: stability, difficulty: difficulty, due: due, lastReview: lastReview)
    }
}

extension ProgressSnapshot.Settings {
    private static let fieldNames: [StaticString] = ["dailyNewLimit", "desiredRetention"]

    fileprivate init?(scanning scanner: inout JSONScanner) {
        var desiredRetention: Double?
        var dailyNewLimit: Int?
        let isRead = scanner.fields(Self.fieldNames) { scanner, field in
            field == 0 ? assign(&dailyNewLimit, scanner.int()) : assign(&desiredRetention, scanner.double())
        }
        guard isRead, let desiredRetention, let dailyNewLimit else { return nil }
        self.init(desiredRetention: desiredRetention, dailyNewLimit: dailyNewLimit)
    }
}

extension ProgressSnapshot.Totals {
    private static let fieldNames: [StaticString] = ["answers", "correct", "timeSpent"]

    fileprivate init?(scanning scanner: inout JSONScanner) {
        var answers: Int?
        var correct: Int?
        var timeSpent: Double?
        let isRead = scanner.fields(Self.fieldNames) { scanner, field in
            switch field {
            case 0: return assign(&answers, scanner.int())
            case 1: return assign(&correct, scanner.int())
            default: return assign(&timeSpent, scanner.double())
            }
        }
        guard isRead, let answers, let correct, let timeSpent else { return nil }
        self.init(answers: answers, correct: correct, timeSpent: timeSpent)
    }
}

extension LessonPosition {
    private static let fieldNames: [StaticString] = ["isComplete", "page"]

    fileprivate init?(scanning scanner: inout JSONScanner) {
        var page: Int?
        var isComplete: Bool?
        let isRead = scanner.fields(Self.fieldNames) { scanner, field in
            field == 0 ? assign(&isComplete, scanner.bool()) : assign(&page, scanner.int())
        }
        guard isRead, let page, let isComplete else { return nil }
        self.init(page: page, isComplete: isComplete)
    }
}

extension ProgressRecord.Flag {
    private static let fieldNames: [StaticString] = ["at", "note", "questionID"]

    fileprivate init?(scanning scanner: inout JSONScanner) {
        var questionID: String?
        var note: String?
        var at: Date?
        let isRead = scanner.fields(Self.fieldNames) { scanner, field in
            switch field {
            case 0: return assign(&at, scanner.date())
            case 1: return assign(&note, scanner.string())
            default: return assign(&questionID, scanner.string())
            }
        }
        guard isRead, let questionID, let note, let at else { return nil }
        self.init(questionID: questionID, note: note, at: at)
    }
}

extension ReviewLog.Position {
    private static let fieldNames: [StaticString] = ["bytes", "lastLineHash", "lines", "records"]

    fileprivate init?(scanning scanner: inout JSONScanner) {
        var bytes: Int?
        var lines: Int?
        var records: Int?
        var lastLineHash: String?
        let isRead = scanner.fields(Self.fieldNames) { scanner, field in
            switch field {
            case 0: return assign(&bytes, scanner.int())
            case 1: return assign(&lastLineHash, scanner.string())
            case 2: return assign(&lines, scanner.int())
            default: return assign(&records, scanner.int())
            }
        }
        guard isRead, let bytes, let lines, let records, let lastLineHash else { return nil }
        self.init(bytes: bytes, lines: lines, records: records, lastLineHash: lastLineHash)
    }
}

/// Stores a field just read; false when it did not read, which stops the object.
private func assign<T>(_ field: inout T?, _ value: T?) -> Bool {
    field = value
    return value != nil
}

/// Stores an optional field just read (`.some(nil)` for null); false when it did not read.
private func assignOptional<T>(_ field: inout T?, _ value: T??) -> Bool {
    guard let value else { return false }
    field = value
    return true
}

/// The typed readings the snapshot needs, each nil when the value is not exactly that type.
extension JSONScanner {
    /// A `Date` as its default `Decodable` form reads it: seconds since 2001-01-01.
    fileprivate mutating func date() -> Date? {
        double().map(Date.init(timeIntervalSinceReferenceDate:))
    }

    /// An optional value as the synthesised `decodeIfPresent` reads it: null is `.some(nil)`.
    fileprivate mutating func optional<T>(_ read: (inout JSONScanner) -> T?) -> T?? {
        if null() { return .some(nil) }
        return read(&self).map { .some($0) }
    }

    /// An object read as `[String: T]`; nil if any value does not read or two keys are one `String`.
    fileprivate mutating func map<T>(_ read: (inout JSONScanner) -> T?) -> [String: T]? {
        // Members are gathered first so the dictionary is made at its size: growing it rehashes every key.
        var members: [(String, T)] = []
        let isRead = object { scanner, key in
            guard let value = read(&scanner) else { return false }
            members.append((scanner.text(of: key), value))
            return true
        }
        guard isRead else { return nil }
        var result = [String: T](minimumCapacity: members.count)
        for (key, value) in members where result.updateValue(value, forKey: key) != nil { return nil }
        return result
    }

    /// An array read as `[T]`; nil if any element does not read.
    fileprivate mutating func list<T>(_ read: (inout JSONScanner) -> T?) -> [T]? {
        var result: [T] = []
        let isRead = array { scanner in
            guard let value = read(&scanner) else { return false }
            result.append(value)
            return true
        }
        return isRead ? result : nil
    }

    /// An object of named fields: `field` reads the value of each key found in `names`, by its index there, and
    /// returns whether it read. Unknown keys are read as JSON and ignored, as the synthesised conformances ignore
    /// them. False when a key comes twice, or is not plain ASCII (once decoded it might be one of `names`).
    ///
    /// `names` are best given in the order files have them (sorted, as `LearnerStore` writes them): each key is
    /// first compared with the name after the last one found.
    fileprivate mutating func fields(_ names: [StaticString], _ field: (inout JSONScanner, Int) -> Bool) -> Bool {
        var seen: UInt64 = 0
        var next = 0
        var unknown: [Key] = []
        return object { scanner, key in
            guard key.plain != nil else { return false }
            let found = next < names.count && scanner.key(key, is: names[next])
                ? next : names.firstIndex { scanner.key(key, is: $0) }
            if let index = found {
                guard seen & (1 << index) == 0 else { return false }
                seen |= 1 << index
                next = index + 1
                return field(&scanner, index)
            }
            guard !unknown.contains(where: { scanner.key($0, equals: key) }) else { return false }
            unknown.append(key)
            return scanner.skipValue()
        }
    }
}
