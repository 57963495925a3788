import ArgumentParser
import LecternCore
import LecternShell

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Where you stand: mastery, expected recall, what is due, activity and weak spots.",
        discussion: """
            --class DIR reports on every learner folder under DIR instead, reading their snapshots without locks. \
            --now fixes the clock, so the same files always give the same report.
            """)
    @OptionGroup var options: CommonOptions
    @Option(help: "text, json, markdown, csv or html (default: from --output's extension, else text).") var format: String?
    @Option(help: "Write the report to this file instead of standard output.") var output: String?
    @Flag(help: "Draw charts with ASCII only (also with TERM=dumb or a non-UTF-8 locale).") var ascii = false
    @Option(help: "The moment to report on, e.g. 2025-03-15T09:30:00Z or 2025-03-15 (default: now).") var now: String?
    @Option(name: .customLong("class"), help: "A progress folder: report on every learner in it.") var classDirectory: String?
    @Option(help: "Columns for text (default: the terminal's).") var width: Int?

    func request() throws -> ReportRequest {
        var words = ascii ? ["--ascii"] : []
        for (option, value) in [("--format", format), ("--now", now), ("--width", width.map(String.init))] {
            if let value { words += [option, value] }
        }
        switch ReportRequest.parse(words) {
        case var .success(request):
            request.output = output
            request.classDirectory = classDirectory
            return request
        case let .failure(error):
            throw ValidationError(error.description)
        }
    }

    func validate() throws { _ = try request() }

    func run() throws {
        let request = try request()
        guard request.classDirectory != nil else {
            return try CommandSession(options).runOnce { ReportViews.run(request, $0) }
        }
        // The class view opens no learner: it reads snapshots only, so it needs the course and nothing else.
        let launch = try options.values.launched()
        try CommandSession.write(ReportViews.run(request, launch.environment(progress: InMemoryProgress(bank: launch.bank))))
    }
}
