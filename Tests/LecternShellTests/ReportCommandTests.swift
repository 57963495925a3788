import Foundation
import LecternCore
import LecternShell
import LecternTestSupport
import Testing

@Suite(.removingTemporaryFolders) struct ReportCommandTests {
    @Test func theOptionsAreReadFromTheLine() throws {
        let request = try ReportRequest.parse(
            ["--format", "md", "--ascii", "--now", "2025-03-03T12:00:00Z", "--width", "60", "--class", "x"]).get()
        #expect(request.resolvedFormat == .markdown)
        #expect(request.ascii)
        #expect(request.now == Date(timeIntervalSince1970: 1_741_003_200))
        #expect(request.width == 60)
        #expect(request.classDirectory == "x")
        #expect(try ReportRequest.parse(["--now", "2025-03-03"]).get().now == Date(timeIntervalSince1970: 1_740_960_000))
    }

    @Test func theOutputFilesExtensionPicksTheFormatUnlessOneIsGiven() throws {
        #expect(try ReportRequest.parse(["--output", "me.html"]).get().resolvedFormat == .html)
        #expect(try ReportRequest.parse(["--output", "me.csv"]).get().resolvedFormat == .csv)
        #expect(try ReportRequest.parse(["--output", "me.html", "--format", "json"]).get().resolvedFormat == .json)
        #expect(try ReportRequest.parse(["--output", "me"]).get().resolvedFormat == .text)
    }

    @Test func mistakesSayWhatIsWrong() {
        #expect(ReportRequest.parse(["--format", "pdf"]) == .failure(.badFormat("pdf")))
        #expect(ReportRequest.parse(["--now", "yesterday"]) == .failure(.badNow("yesterday")))
        #expect(ReportRequest.parse(["--output"]) == .failure(.missingValue("--output")))
        #expect(ReportRequest.parse(["--width", "10"]) == .failure(.badWidth("10")))
        #expect(ReportRequest.parse(["--json"]) == .failure(.unknown("--json")))
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
