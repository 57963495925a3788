import Foundation
import LecternCore
import LecternShell
import LecternTestSupport
import Testing

@Suite(.removingTemporaryFolders) struct ReportCommandTests {
    /// The request the words after `report` make, read as the prompt and the command line read them.
    private func request(_ words: [String]) throws -> ReportRequest {
        try ReportCommand.parse(words).request()
    }

    /// The one-line error the words after `report` give.
    private func error(_ words: [String]) -> String? {
        do {
            _ = try ReportCommand.parse(words)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func theOptionsAreReadFromTheLine() throws {
        let request = try request(
            ["--format", "md", "--ascii", "--now", "2025-03-03T12:00:00Z", "--width", "60", "--class", "x"])
        #expect(request.resolvedFormat == .markdown)
        #expect(request.ascii)
        #expect(request.now == Date(timeIntervalSince1970: 1_741_003_200))
        #expect(request.width == 60)
        #expect(request.classDirectory == "x")
        #expect(try self.request(["--now", "2025-03-03"]).now == Date(timeIntervalSince1970: 1_740_960_000))
    }

    @Test func theOutputFilesExtensionPicksTheFormatUnlessOneIsGiven() throws {
        #expect(try request(["--output", "me.html"]).resolvedFormat == .html)
        #expect(try request(["--output", "me.csv"]).resolvedFormat == .csv)
        #expect(try request(["--output", "me.html", "--format", "json"]).resolvedFormat == .json)
        #expect(try request(["--output", "me"]).resolvedFormat == .text)
    }

    @Test func mistakesSayWhatIsWrong() {
        #expect(error(["--format", "pdf"]) == ReportRequestError.badFormat("pdf").description)
        #expect(error(["--now", "yesterday"]) == ReportRequestError.badNow("yesterday").description)
        #expect(error(["--output"]) == "Missing value for '--output <file>'")
        #expect(error(["--width", "10"]) == ReportRequestError.badWidth("10").description)
        #expect(error(["--json"]) == "Unknown option '--json'. Did you mean '--now'?")
        #expect(error(["--format", "md"]) == nil)
    }

    @Test func chartsFallBackToASCIIInADumbTerminalOrANonUTF8Locale() {
        let utf8 = ["TERM": "xterm", "LANG": "en_GB.UTF-8"]
        #expect(Style.detect(isTerminal: true, environment: utf8, noColorFlag: false).usesUnicode)
        #expect(!Style.detect(isTerminal: true, environment: ["TERM": "dumb", "LANG": "C.UTF-8"], noColorFlag: false).usesUnicode)
        #expect(!Style.detect(isTerminal: true, environment: ["TERM": "xterm", "LANG": "C"], noColorFlag: false).usesUnicode)
        #expect(!Style.detect(isTerminal: true, environment: ["TERM": "xterm"], noColorFlag: false).usesUnicode)
        #expect(!Style.isUTF8Locale(["LC_ALL": "POSIX", "LANG": "en_US.UTF-8"]))
        #expect(Style.isUTF8Locale(["LC_CTYPE": "de_DE.utf8"]))
    }

    @Test func theShellPrintsTheReportAndWritesFiles() throws {
        let folder = try Fixtures.temporaryDirectory("lectern-report-shell")
        let html = folder.appendingPathComponent("me.html").path
        let run = try ShellTranscript.run([
            "report --ascii --now 2025-03-03 --width 60", "report --output \(html)", "report --format pdf",
        ])
        let text = run.reply(to: "report --ascii --now 2025-03-03 --width 60")
        #expect(text.contains("Progress report"))
        #expect(text.contains("2025-03-03 00:00 UTC"))
        #expect(text.contains("Next: lesson 1 not started: run `study 1`"))
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(run.reply(to: "report --output \(html)").contains("Report written to"))
        let written = try String(contentsOfFile: html, encoding: .utf8)
        #expect(written.hasPrefix("<!DOCTYPE html>") && written.contains("<svg"))
        #expect(run.error(after: "report --format pdf").contains("unknown format 'pdf'"))
    }

    @Test func theClassViewNeedsOnlyTheFolder() throws {
        let folder = try Fixtures.temporaryDirectory("lectern-report-class")
        let run = try ShellTranscript.run(["report --class \(folder.path) --format csv"])
        #expect(run.reply(to: "report --class \(folder.path) --format csv").hasPrefix("learner,status,mastered"))
        let missing = folder.appendingPathComponent("missing").path
        let failed = try ShellTranscript.run(["report --class \(missing)"])
        #expect(failed.error(after: "report --class \(missing)").contains("cannot list the learners in"))
    }
}
