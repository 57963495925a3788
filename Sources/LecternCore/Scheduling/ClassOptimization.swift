import Foundation

/// `lectern report --class DIR --optimize`: one set of weights fitted to every learner's log under a progress
/// folder, kept in the course when it predicts the pooled reviews better than the weights the course has now.
///
/// Each learner's answers are kept as replay keeps them (answers taken back by `undo` left out); each learner's
/// questions are histories of their own, and the items of every learner are put in time order, so the recency
/// weights favour the class's latest answers. The logs are read without locks and nothing under DIR is written.
public struct ClassOptimization: Sendable {
    /// The learners whose logs were pooled, by folder name.
    public let learners: [String]
    /// Learner folders left out, and why.
    public let skipped: [ClassRoster.Skipped]
    /// The fit, guarded against `previous` (or the defaults).
    public let fit: FSRSOptimizer.Fit
    /// The course's set before this fit; nil when it had none (the defaults were the weights to beat).
    public let previous: CourseParameterSet?
    /// The set written to the course; nil when the fitted weights were not better and nothing was written.
    public let written: CourseParameterSet?

    /// Reads every learner's log under `directory`, fits, and writes the course's set when the fit is adopted.
    public static func run(directory: URL, course: URL, now: Date) throws(SchedulingError) -> ClassOptimization {
        let previous = try CourseParameterSet.read(course: course)
        let (logs, skipped) = try readLogs(directory: directory)
        guard !logs.isEmpty else { throw .noClassLogs(directory: directory.path) }
        let current = previous?.weights ?? FSRSParameters.defaultWeights
        let fit = try FSRSOptimizer().fit(pooled(logs.map(\.reviews)), current: current)
        var written: CourseParameterSet?
        if fit.isAdopted, let before = fit.current, let after = fit.fitted {
            let set = CourseParameterSet(
                weights: fit.weights, fittedAt: now, learners: logs.count, itemCount: fit.itemCount,
                logLoss: after.logLoss, rmseBins: after.rmseBins, previousLogLoss: before.logLoss,
                previousRMSEBins: before.rmseBins)
            try set.write(course: course)
            written = set
        }
        return ClassOptimization(
            learners: logs.map(\.name), skipped: skipped, fit: fit, previous: previous, written: written)
    }

    /// The learners' answers as one training set: every learner's questions are histories of their own, and all
    /// answers are taken in time order (a learner's own order where two fall at the same moment).
    public static func pooled(_ logs: [[ReviewRecord]]) -> FSRSTrainingSet {
        var all: [(learner: Int, position: Int, record: ReviewRecord)] = []
        for (learner, log) in logs.enumerated() {
            for (position, record) in log.enumerated() { all.append((learner, position, record)) }
        }
        all.sort { lhs, rhs in
            if lhs.record.answeredAt != rhs.record.answeredAt { return lhs.record.answeredAt < rhs.record.answeredAt }
            return (lhs.learner, lhs.position) < (rhs.learner, rhs.position)
        }
        // A NUL cannot be in a question id, so "learner NUL question" never mixes two learners' questions.
        return FSRSTrainingSet(records: all.map { entry in
            var record = entry.record
            record.questionID = "\(entry.learner)\u{0}\(record.questionID)"
            return record
        })
    }

    /// The kept answers of every learner folder under `directory` that has a log, in name order; folders whose log
    /// cannot be read whole are left out with the reason. Links are never followed out of `directory`.
    static func readLogs(directory: URL) throws(SchedulingError) -> (
        logs: [(name: String, reviews: [ReviewRecord])], skipped: [ClassRoster.Skipped]
    ) {
        let progress: LearnerFolder
        let names: [String]
        do {
            guard let opened = try LearnerFolder.named(directory) else { throw SchedulingError.noClassLogs(directory: directory.path) }
            progress = opened
            names = try ClassRoster.candidateNames(in: progress)
        } catch let error as SchedulingError {
            throw error
        } catch {
            throw .noClassLogs(directory: directory.path)
        }
        var logs: [(name: String, reviews: [ReviewRecord])] = []
        var skipped: [ClassRoster.Skipped] = []
        for name in names {
            do throws(ProgressError) {
                let folder: LearnerFolder
                switch try ClassRoster.entry(name, in: progress) {
                case let .folder(opened): folder = opened
                case .link:
                    skipped.append(.init(name: name, reason: "not read: a symbolic link, and nothing is followed out of the folder"))
                    continue
                case .other: continue
                }
                guard try folder.status(of: LearnerStore.logName) != nil else { continue }
                let scan = try ReviewLog(folder: folder).scan()
                if let newer = scan.newerLines.first {
                    skipped.append(.init(name: name, reason: "not used: line \(newer.line) of its log was written by a"
                        + " newer Lectern (version \(newer.version))"))
                    continue
                }
                if let bad = scan.damagedLines.first {
                    skipped.append(.init(name: name, reason: "not used: line \(bad.line) of its log cannot be read"
                        + " (\(bad.cause)); `lectern progress verify --learner \(ShellWord.quoted(name))` says more"))
                    continue
                }
                logs.append((name, ProgressRecord.keptReviews(in: scan.entries.map(\.record))))
            } catch {
                skipped.append(.init(name: name, reason: "not read: \(error)"))
            }
        }
        return (logs, skipped)
    }
}
