import Foundation

extension ProgressSnapshot {
    /// Reads a snapshot file through `JSONValue` instead of `JSONDecoder`, or returns nil so the caller falls back to
    /// the decoder.
    ///
    /// A class report decodes a thousand snapshots and spent most of its time in `JSONDecoder`; this is several times
    /// faster. It answers only when its answer is the one the synthesised `Decodable` conformances give: the same
    /// keys, optionals missing or null, unknown keys ignored, dates as seconds since 2001 (Foundation's default).
    /// Anything else — a missing or mistyped field, an unknown enumeration value, a number that is not a whole `Int`
    /// where one is expected, two keys a dictionary would merge — goes to the decoder, which also words the error.
    init?(fastJSON data: Data) {
        guard let root = JSONValue.parse(data), case .object = root,
            let schemaVersion = root["schemaVersion"]?.int,
            let scheduler = root["scheduler"]?.string,
            let questions = root["questions"]?.map(Question.init(fastJSON:)),
            let lessons = root["lessons"]?.map(LessonPosition.init(fastJSON:)),
            let flags = root["flags"]?.list(ProgressRecord.Flag.init(fastJSON:)),
            let settings = root["settings"].flatMap(Settings.init(fastJSON:)),
            let totals = root["totals"].flatMap(Totals.init(fastJSON:)),
            let days = root["days"]?.map(Totals.init(fastJSON:)),
            let confidence = root["confidence"]?.map(Totals.init(fastJSON:)),
            let logOffset = root["logOffset"].flatMap(ReviewLog.Position.init(fastJSON:))
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
    }
}

extension ProgressSnapshot.Question {
    fileprivate init?(fastJSON value: JSONValue) {
        guard case .object = value,
            let card = value.optional("card", CardState.init(fastJSON:)),
            let reviews = value["reviews"]?.int,
            let lapses = value["lapses"]?.int,
            let lastOutcome = value.optional("lastOutcome", { $0.string.flatMap(ReviewRecord.Outcome.init(rawValue:)) }),
            let lastAnsweredAt = value.optional("lastAnsweredAt", \.date),
            let contentHash = value.optional("contentHash", \.string),
            let isLeech = value["isLeech"]?.bool
        else { return nil }
        self.init(
            card: card, reviews: reviews, lapses: lapses, lastOutcome: lastOutcome, lastAnsweredAt: lastAnsweredAt,
            contentHash: contentHash, isLeech: isLeech)
    }
}

extension CardState {
    fileprivate init?(fastJSON value: JSONValue) {
        guard case .object = value,
            let phase = value["phase"]?.string.flatMap(Phase.init(rawValue:)),
            let step = value.optional("step", \.int),
            let stability = value["stability"]?.double,
            let difficulty = value["difficulty"]?.double,
            let due = value["due"]?.date,
            let lastReview = value["lastReview"]?.date
        else { return nil }
        self.init(
            phase: phase, step: step, stability: stability, difficulty: difficulty, due: due, lastReview: lastReview)
    }
}

extension ProgressSnapshot.Settings {
    fileprivate init?(fastJSON value: JSONValue) {
        guard case .object = value,
            let desiredRetention = value["desiredRetention"]?.double,
            let dailyNewLimit = value["dailyNewLimit"]?.int
        else { return nil }
        self.init(desiredRetention: desiredRetention, dailyNewLimit: dailyNewLimit)
    }
}

extension ProgressSnapshot.Totals {
    fileprivate init?(fastJSON value: JSONValue) {
        guard case .object = value,
            let answers = value["answers"]?.int,
            let correct = value["correct"]?.int,
            let timeSpent = value["timeSpent"]?.double
        else { return nil }
        self.init(answers: answers, correct: correct, timeSpent: timeSpent)
    }
}

extension LessonPosition {
    fileprivate init?(fastJSON value: JSONValue) {
        guard case .object = value, let page = value["page"]?.int, let isComplete = value["isComplete"]?.bool
        else { return nil }
        self.init(page: page, isComplete: isComplete)
    }
}

extension ProgressRecord.Flag {
    fileprivate init?(fastJSON value: JSONValue) {
        guard case .object = value,
            let questionID = value["questionID"]?.string,
            let note = value["note"]?.string,
            let at = value["at"]?.date
        else { return nil }
        self.init(questionID: questionID, note: note, at: at)
    }
}

extension ReviewLog.Position {
    fileprivate init?(fastJSON value: JSONValue) {
        guard case .object = value,
            let bytes = value["bytes"]?.int,
            let lines = value["lines"]?.int,
            let records = value["records"]?.int,
            let lastLineHash = value["lastLineHash"]?.string
        else { return nil }
        self.init(bytes: bytes, lines: lines, records: records, lastLineHash: lastLineHash)
    }
}

/// The typed readings the snapshot needs, each nil when the value is not exactly that type.
extension JSONValue {
    fileprivate var int: Int? {
        guard case let .number(number) = self else { return nil }
        return number.integer
    }

    fileprivate var double: Double? {
        guard case let .number(number) = self else { return nil }
        return number.double
    }

    fileprivate var string: String? {
        guard case let .string(text) = self else { return nil }
        return text
    }

    fileprivate var bool: Bool? {
        guard case let .bool(value) = self else { return nil }
        return value
    }

    /// A `Date` as its default `Decodable` form reads it: seconds since 2001-01-01.
    fileprivate var date: Date? {
        double.map(Date.init(timeIntervalSinceReferenceDate:))
    }

    /// An optional field as the synthesised `decodeIfPresent` reads it: missing or null is `.some(nil)`.
    fileprivate func optional<T>(_ key: String, _ read: (JSONValue) -> T?) -> T?? {
        switch self[key] {
        case nil, .null?: return .some(nil)
        case let value?: return read(value).map { .some($0) }
        }
    }

    /// An object read as `[String: T]`; nil if any value does not read or two keys are one `String`.
    fileprivate func map<T>(_ read: (JSONValue) -> T?) -> [String: T]? {
        guard case let .object(members) = self else { return nil }
        var result: [String: T] = [:]
        result.reserveCapacity(members.count)
        for member in members {
            guard let value = read(member.value), result.updateValue(value, forKey: member.key) == nil else {
                return nil
            }
        }
        return result
    }

    /// An array read as `[T]`; nil if any element does not read.
    fileprivate func list<T>(_ read: (JSONValue) -> T?) -> [T]? {
        guard case let .array(elements) = self else { return nil }
        var result: [T] = []
        result.reserveCapacity(elements.count)
        for element in elements {
            guard let value = read(element) else { return nil }
            result.append(value)
        }
        return result
    }
}
