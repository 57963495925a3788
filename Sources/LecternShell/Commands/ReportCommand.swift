import ArgumentParser
import Foundation
import LecternCore

/// `report [options]`: where the learner stands, or the whole class with `--class DIR`.
public enum ReportCommand: LecternCommand {
    /// Which report, in which format, where to, drawn how, at what moment.
    public struct Arguments: ParsableArguments {
        /// text, json, markdown (md), csv or html.
        @Option(
            help: "text, json, markdown, csv or html (default: from --output's extension, else text).",
            completion: .list(ReportRequest.Format.allCases.map(\.rawValue)))
        public var format: String?
        /// The file to write instead of standard output.
        @Option(help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"), completion: .file())
        public var output: String?
        /// Charts in ASCII only.
        @Flag(help: "Draw charts with ASCII only (also with TERM=dumb or a non-UTF-8 locale).") public var ascii = false
        /// The moment to report on.
        @Option(
            help: ArgumentHelp(
                "The moment to report on, e.g. 2025-03-15T09:30:00Z or 2025-03-15 (default: now); an earlier one replays the log up to it.",
                valueName: "time"))
        public var now: String?
        /// A progress folder: every learner in it.
        @Option(
            name: .customLong("class"), help: ArgumentHelp("A progress folder: report on every learner in it.", valueName: "dir"),
            completion: .directory)
        public var classDirectory: String?
        /// Columns for text.
        @Option(help: "Columns for text, 40 to 1000 (default: the terminal's).") public var width: Int?
        /// With `--class`: fit the course's weights to the class's pooled logs (`ReportCommand+Optimize.swift`).
        @Flag(help: "With --class: fit FSRS weights to every learner's log and keep them in the course if better.")
        public var optimize = false

        /// The learner's report as text, now.
        public init() {}

        /// Refuses a format, a time or a width that cannot be used, saying which.
        public func validate() throws {
            do {
                _ = try request()
            } catch {
                throw ValidationError(error.description)
            }
        }

        /// The request these options make.
        public func request() throws(ReportRequestError) -> ReportRequest {
            var request = ReportRequest()
            if let format {
                guard let known = ReportRequest.Format(rawValue: format == "md" ? "markdown" : format) else { throw .badFormat(format) }
                request.format = known
            }
            if let now {
                guard let date = ReportRequest.parseDate(now) else { throw .badNow(now) }
                request.now = date
            }
            if let width {
                guard (40...1000).contains(width) else { throw .badWidth(String(width)) }
                request.width = width
            }
            request.output = output
            request.ascii = ascii
            request.classDirectory = classDirectory
            return request
        }
    }

    /// `report`.
    public static let info = CommandInfo(
        name: "report", abstract: "where you stand: mastery, recall, what is due, activity, weak spots",
        discussion: """
            Mastery overall and per lesson, actor, event and paragraph of the article; expected recall now, in 7 \
            and in 30 days; what is due this week; answers per day over 12 weeks, streaks and accuracy; the \
            weakest questions, leeches and changed questions; calibration; and what to do next. Formats: text, \
            json, markdown, csv, html (one file with SVG charts). --output writes \
            a file (its extension picks the format); --ascii draws charts without Unicode; --now reports on that moment, replaying the log up to it \
            when it is before the latest record (nothing after it counts); \
            --class DIR reports on every learner folder under DIR, reading their snapshots only; --optimize with \
            it fits FSRS weights to their pooled logs and writes them to the course's Quizzes/fsrs-parameters.json \
            when they predict better, for learners without weights of their own.
            """,)

    /// The class view opens no learner: it reads snapshots only, so it needs the course and nothing else.
    public static func needs(_ arguments: Arguments) -> CommandNeeds {
        arguments.classDirectory == nil && !arguments.optimize ? .learner : .course
    }

    /// The report, printed or written to its file.
    public static func run(_ arguments: Arguments, in context: CommandContext) throws(CommandError) -> Reply {
        let request: ReportRequest
        do {
            request = try arguments.request()
        } catch {
            throw .usage(error.description, cause: error)
        }
        if arguments.optimize { return try optimizeClass(request, in: context) }
        return ReportViews.run(request, context.environment)
    }
}
