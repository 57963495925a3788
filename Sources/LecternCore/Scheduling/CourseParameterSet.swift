import Foundation

/// A course's own FSRS weights, fitted to a class's pooled logs by `lectern report --class DIR --optimize` and kept
/// in the course as `Quizzes/fsrs-parameters.json` (docs/scheduling.md).
///
/// A learner of the course without weights of their own (no `parameters` record in their log) is scheduled with
/// these instead of the defaults, from their first answer; weights a learner fits with `settings optimize` take
/// precedence. The file is read and written only through the course's `Quizzes/` folder, never through a link, and
/// is replaced atomically.
public struct CourseParameterSet: Sendable, Equatable, Codable {
    /// The file's name inside the course's `Quizzes/` folder.
    public static let fileName = "fsrs-parameters.json"
    /// Where the file is, relative to the course folder.
    public static let relativePath = "Quizzes/" + fileName
    /// The format written in `format`.
    public static let formatName = "lectern-fsrs-parameters"
    /// The version written in `version`; a larger one is refused as newer.
    public static let currentVersion = 1
    /// The largest file read: far above any set of 21 weights.
    static let maximumBytes = 64 * 1024

    /// Always `lectern-fsrs-parameters`.
    public var format = CourseParameterSet.formatName
    /// The file's version, 1.
    public var version = CourseParameterSet.currentVersion
    /// The 21 FSRS-6 weights.
    public var weights: [Double]
    /// When they were fitted.
    public var fittedAt: Date
    /// How many learners' logs were pooled.
    public var learners: Int
    /// The training items (pooled reviews on a later day than the question's previous one) they were scored on.
    public var itemCount: Int
    /// Their log loss on those items.
    public var logLoss: Double
    /// Their RMSE(bins) on those items, a share (0.043 is 4.3 points).
    public var rmseBins: Double
    /// The log loss of the weights they replaced (the defaults or the course's earlier set) on the same items.
    public var previousLogLoss: Double
    /// The RMSE(bins) of the weights they replaced on the same items.
    public var previousRMSEBins: Double

    /// Creates a set from its parts.
    public init(
        weights: [Double], fittedAt: Date, learners: Int, itemCount: Int, logLoss: Double, rmseBins: Double,
        previousLogLoss: Double, previousRMSEBins: Double
    ) {
        self.weights = weights
        self.fittedAt = fittedAt
        self.learners = learners
        self.itemCount = itemCount
        self.logLoss = logLoss
        self.rmseBins = rmseBins
        self.previousLogLoss = previousLogLoss
        self.previousRMSEBins = previousRMSEBins
    }

    /// The scheduler parameters with these weights and every other setting of `base`.
    public func parameters(over base: FSRSParameters = .default) throws(SchedulingError) -> FSRSParameters {
        try FSRSParameters(
            weights: weights, desiredRetention: base.desiredRetention, learningSteps: base.learningSteps,
            relearningSteps: base.relearningSteps, maximumInterval: base.maximumInterval)
    }

    /// Why the set cannot be used, or nil when it can.
    var problem: String? {
        guard format == Self.formatName else { return "its format is '\(format)', not '\(Self.formatName)'" }
        guard version <= Self.currentVersion else {
            return "it was written by a newer Lectern (version \(version); this one reads up to \(Self.currentVersion))"
        }
        guard version >= 1 else { return "its version \(version) is not 1 or more" }
        do {
            _ = try FSRSParameters(weights: weights)
        } catch {
            return "weights: \(error)"
        }
        if learners < 1 { return "learners \(learners) is not 1 or more" }
        if itemCount < 0 { return "itemCount \(itemCount) is negative" }
        for (field, value) in [
            ("logLoss", logLoss), ("rmseBins", rmseBins), ("previousLogLoss", previousLogLoss),
            ("previousRMSEBins", previousRMSEBins),
        ] where !(value.isFinite && value >= 0) {
            return "\(field) \(value) is not a number from 0"
        }
        return ProgressRecord.dateProblem(fittedAt, field: "fittedAt")
    }

    /// The course's set, nil when the course has none. A file that cannot be used (a link, not a regular file, too
    /// large, not this format, weights out of bounds, newer) throws `SchedulingError.courseParameters` saying why.
    public static func read(course: URL) throws(SchedulingError) -> CourseParameterSet? {
        let path = course.appendingPathComponent(relativePath).path
        let data: Data
        do {
            guard let folder = try LearnerFolder.named(course.appendingPathComponent("Quizzes", isDirectory: true)),
                let read = try folder.read(fileName, limit: maximumBytes)
            else { return nil }
            data = read
        } catch {
            throw .courseParameters(path: path, problem: describe(error))
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let set: CourseParameterSet
        do {
            set = try decoder.decode(CourseParameterSet.self, from: data)
        } catch {
            throw .courseParameters(path: path, problem: "it is not a parameter file Lectern can read (\(error))")
        }
        if let problem = set.problem { throw .courseParameters(path: path, problem: problem) }
        return set
    }

    /// The scheduler parameters a learner of the course at `course` starts from: the course's weights when it has a
    /// usable set, else `base`; with the reason when a file is there but cannot be used.
    public static func startingParameters(
        course: URL, base: FSRSParameters = .default
    ) -> (parameters: FSRSParameters, problem: String?) {
        do {
            guard let set = try read(course: course) else { return (base, nil) }
            return ((try? set.parameters(over: base)) ?? base, nil)
        } catch {
            return (base, error.description)
        }
    }

    /// Writes the set to the course's `Quizzes/fsrs-parameters.json`: a temporary file in that folder, synced, then
    /// renamed over the old one. A link or a non-regular file there is refused and left as it is.
    public func write(course: URL) throws(SchedulingError) {
        let path = course.appendingPathComponent(Self.relativePath).path
        if let problem { throw .courseParameters(path: path, problem: problem) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        do {
            let data = try encoder.encode(self) + Data("\n".utf8)
            guard let folder = try LearnerFolder.named(course.appendingPathComponent("Quizzes", isDirectory: true)) else {
                throw SchedulingError.courseParameters(path: path, problem: "the course has no Quizzes/ folder")
            }
            try folder.replace(Self.fileName, with: data, defaultMode: 0o644)
        } catch let error as SchedulingError {
            throw error
        } catch {
            throw .courseParameters(path: path, problem: Self.describe(error))
        }
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case let ProgressError.unsafeFile(_, problem): "it \(problem)"
        case let ProgressError.tooLarge(_, size, limit): "it is \(size) bytes, more than the \(limit) a parameter file may be"
        case let error as ProgressError: error.description
        default: "\(error)"
        }
    }
}

extension LearnerProgress {
    /// The parameters this learner's scheduler starts from before any weights of their own: the course's set
    /// when the files were opened with one (`Launch.openProgress`), else the defaults.
    public var startingParameters: FSRSParameters {
        (self as? StoredProgress)?.store.parameters ?? .default
    }
}
