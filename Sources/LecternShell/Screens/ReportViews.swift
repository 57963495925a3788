import Foundation
import LecternCore

/// `report`: builds the learner or class report in the core, renders it in the chosen format, and prints it or
/// writes it to a file. Nothing here computes a number; it only wires the request to the core.
public enum ReportViews {
    /// Runs a parsed request: the class view reads snapshots only and never touches the current learner's files.
    public static func run(_ request: ReportRequest, _ env: ShellEnvironment) -> Reply {
        let now = request.now ?? env.now()
        let text: DisplayText
        do {
            text = try render(request, now: now, env)
        } catch let error as ProgressError {
            return .failure(error.description)
        } catch let error as ReportRequestError {
            return .failure(error.description)
        } catch {
            return .failure("could not encode the report: \(error)")
        }
        guard let output = request.output else { return Reply(text.withoutTrailingNewline) }
        let url = URL(fileURLWithPath: (output as NSString).expandingTildeInPath)
        do {
            try Data(text.string.utf8).write(to: url)
        } catch {
            return .failure("could not write \(url.path): \(error.localizedDescription)")
        }
        return Reply("Report written to \(url.path) (\(request.resolvedFormat.rawValue), \(text.string.utf8.count) bytes).")
    }

    /// The report the request asks for, rendered.
    static func render(_ request: ReportRequest, now: Date, _ env: ShellEnvironment) throws -> DisplayText {
        if let directory = request.classDirectory {
            let url = CourseLocator.classFolder(directory, courseID: env.course.identity.id)
            let report = try ClassReport.read(
                folder: url, course: env.course, bank: env.bank, directory: directory, now: now)
            // Snapshots hold every answer so far: a moment before one of them would count answers not yet given.
            if let moment = request.now,
                let late = report.learners.filter({ ($0.lastSession ?? .distantPast) > moment })
                    .max(by: { ($0.lastSession ?? .distantPast) < ($1.lastSession ?? .distantPast) }),
                let latest = late.lastSession
            {
                throw ReportRequestError.classBeforeLatestAnswer(now: moment, learner: late.name, latest: latest)
            }
            return try render(report, request, env)
        } else {
            let stored = env.progress as? StoredProgress
            let learner = stored?.store.learner.rawValue
            let start = env.progress.startingParameters
            // A moment before the latest record is reported as the log stood then: later records are not counted.
            let (snapshot, records) = try env.progress.state(at: request.now, parameters: start)
            var report = LearnerReport(
                course: env.course, bank: env.bank, snapshot: snapshot, now: now, learner: learner, parameters: start)
            report.fit = LearnerReport.Fit.of(records, snapshot: snapshot, parameters: start, now: now)
            return try render(report, request, env)
        }
    }

    /// Text options: the request's width or the terminal's; ASCII when asked or when the terminal cannot show
    /// Unicode; colour only on a colour terminal and never in a file.
    static func options(_ request: ReportRequest, _ env: ShellEnvironment) -> ReportRenderOptions {
        ReportRenderOptions(
            width: request.width ?? env.width(),
            charset: request.ascii || !env.style.usesUnicode ? .ascii : .unicode,
            usesColor: env.style.usesColor && request.output == nil)
    }

    static func render(_ report: LearnerReport, _ request: ReportRequest, _ env: ShellEnvironment) throws -> DisplayText {
        let options = options(request, env)
        switch request.resolvedFormat {
        case .text: return (ReportText.render(report, options: options))
        case .markdown: return (ReportMarkdown.render(report, charset: options.charset))
        case .csv: return (ReportCSV.render(report))
        case .html: return (ReportHTML.render(report))
        case .json: return DisplayText(String(decoding: try report.jsonData(), as: UTF8.self))
        }
    }

    static func render(_ report: ClassReport, _ request: ReportRequest, _ env: ShellEnvironment) throws -> DisplayText {
        let options = options(request, env)
        switch request.resolvedFormat {
        case .text: return (ClassReportText.render(report, options: options))
        case .markdown: return (ReportMarkdown.render(report, charset: options.charset))
        case .csv: return (ReportCSV.render(report))
        case .html: return (ReportHTML.render(report))
        case .json: return DisplayText(String(decoding: try report.jsonData(), as: UTF8.self))
        }
    }
}
