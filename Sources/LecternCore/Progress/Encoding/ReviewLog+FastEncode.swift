import Foundation

extension ReviewLog {
    /// A record as the line `JSONEncoder` writes for it (sorted keys, slashes unescaped, dates as seconds since
    /// 1970), written field by field; nil for a number `JSONEncoder` would refuse (NaN, infinity), left to it.
    ///
    /// Every answer is encoded while the learner waits for the next question, and `JSONEncoder` took longer than the
    /// rest of the store's work; the tests hold this to the encoder's bytes over many random records.
    static func fastEncode(_ record: ProgressRecord) -> [UInt8]? {
        var line = FlatJSONWriter()
        // Keys in the order `.sortedKeys` puts them.
        switch record {
        case let .review(review):
            line.number("answeredAt", review.answeredAt.timeIntervalSince1970)
            if let chosen = review.chosen { line.strings("chosen", chosen) }
            line.optional("confidence", review.confidence) { $0.string($1, $2.rawValue) }
            line.string("contentHash", review.contentHash)
            line.number("credit", review.credit)
            if let form = review.form { line.string("form", form) }
            line.integer("hintsUsed", review.hintsUsed)
            line.string("kind", review.kind)
            line.number("latency", review.latency)
            line.string("mode", review.mode.rawValue)
            line.string("outcome", review.outcome.rawValue)
            line.boolean("overridden", review.overridden)
            line.string("questionID", review.questionID)
            line.optional("rating", review.rating) { $0.integer($1, $2.rawValue) }
            line.string("response", review.response)
            line.boolean("sourceShown", review.sourceShown)
        case let .reading(reading):
            line.optional("at", reading.at) { $0.number($1, $2.timeIntervalSince1970) }
            line.boolean("isComplete", reading.isComplete)
            line.string("lessonID", reading.lessonID)
            line.integer("page", reading.page)
        case let .flag(flag):
            line.number("at", flag.at.timeIntervalSince1970)
            line.string("note", flag.note)
            line.string("questionID", flag.questionID)
        case let .setting(setting):
            line.number("at", setting.at.timeIntervalSince1970)
            line.string("name", setting.name.rawValue)
        case let .undo(undo):
            line.number("answeredAt", undo.answeredAt.timeIntervalSince1970)
            line.number("at", undo.at.timeIntervalSince1970)
            line.string("questionID", undo.questionID)
        case let .parameters(parameters):
            line.number("at", parameters.at.timeIntervalSince1970)
            line.integer("itemCount", parameters.itemCount)
            line.optional("logLoss", parameters.logLoss) { $0.number($1, $2) }
            line.optional("previousRMSEBins", parameters.previousRMSEBins) { $0.number($1, $2) }
            line.optional("rmseBins", parameters.rmseBins) { $0.number($1, $2) }
        case let .check(check):
            line.number("at", check.at.timeIntervalSince1970)
            line.boolean("hadIt", check.hadIt)
            line.string("lessonID", check.lessonID)
            line.integer("promptIndex", check.promptIndex)
            line.string("response", check.response)
        }
        line.string("type", record.type)
        line.integer("v", record.version)
        if case let .setting(setting) = record { line.number("value", setting.value) }
        if case let .parameters(parameters) = record {
            line.optional("weights", parameters.weights) { $0.numbers($1, $2) }
        }
        return line.finished()
    }
}

extension ProgressRecord {
    /// The record as its log line reads back: each date passed through seconds since 1970, the only value the line
    /// does not hold exactly (a number's description reads back to the same `Double`; strings and integers are
    /// exact). The tests hold this to `ReviewLog.decode` of the written line.
    var asReadBack: ProgressRecord {
        func readBack(_ date: Date) -> Date { Date(timeIntervalSince1970: date.timeIntervalSince1970) }
        switch self {
        case var .review(review):
            review.answeredAt = readBack(review.answeredAt)
            return .review(review)
        case var .reading(reading):
            reading.at = reading.at.map(readBack)
            return .reading(reading)
        case var .flag(flag):
            flag.at = readBack(flag.at)
            return .flag(flag)
        case var .setting(setting):
            setting.at = readBack(setting.at)
            return .setting(setting)
        case var .undo(undo):
            undo.answeredAt = readBack(undo.answeredAt)
            undo.at = readBack(undo.at)
            return .undo(undo)
        case var .parameters(parameters):
            parameters.at = readBack(parameters.at)
            return .parameters(parameters)
        case var .check(check):
            check.at = readBack(check.at)
            return .check(check)
        }
    }
}
