import Foundation
import LecternCore

extension ReportCommand {
    /// `report --class DIR --optimize`: fits one set of weights to every learner's log under DIR, writes it to the
    /// course when it predicts the pooled reviews better than the course's weights now, says so, then gives the
    /// class report as `report --class DIR` would.
    static func optimizeClass(_ request: ReportRequest, in context: CommandContext) throws(CommandError) -> Reply {
        guard let directory = request.classDirectory else {
            throw .usage("--optimize fits the weights of a class: give the class's progress folder with --class DIR")
        }
        if request.output == nil, request.resolvedFormat != .text {
            throw .usage("--optimize says what it fitted as text: write the \(request.resolvedFormat.rawValue) report"
                + " to a file with --output, or leave --format out")
        }
        let env = context.environment
        try env.requireCourse()
        // The same folder the class report below reads: the course's part of a shared progress folder.
        let url = CourseLocator.classFolder(directory, courseID: env.course.identity.id)
        let result: ClassOptimization
        do {
            result = try ClassOptimization.run(directory: url, course: env.course.root, now: request.now ?? env.now())
        } catch {
            throw .failure(error.description, cause: error)
        }
        let report = ReportViews.run(request, env)
        let statement = DisplayText(describe(result, course: env.course.root))
        return Reply(report.display.string.isEmpty ? statement : statement + "\n\n" + report.display, error: report.error)
    }

    /// What the class fit found, in words: learners and items, both figures, and what was written where.
    static func describe(_ result: ClassOptimization, course: URL) -> String {
        let fit = result.fit
        let learners = result.learners.count == 1 ? "1 learner" : "\(result.learners.count) learners"
        var lines = ["Class fit: the review logs of \(learners) pooled."]
        for skipped in result.skipped { lines.append("Left out \(skipped.name): \(skipped.reason).") }
        let against = result.previous.map { set in
            "the course's weights (fitted on \(set.fittedAt.formatted(.iso8601.year().month().day())))"
        } ?? "the default weights"
        lines.append(SettingsCommand.describe(fit, yours: "The class's", against: against))
        let path = course.appendingPathComponent(CourseParameterSet.relativePath).path
        if result.written != nil {
            lines.append("Written to \(path): learners of this course without weights of their own are scheduled"
                + " with them from now on.")
        } else {
            lines.append(result.previous == nil
                ? "Nothing written: the course keeps the default weights."
                : "Nothing written: \(path) stays as it was.")
        }
        return lines.joined(separator: "\n")
    }
}
