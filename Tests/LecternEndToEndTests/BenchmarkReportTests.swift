import Foundation
import LecternTestSupport
import Testing

/// Benchmarks/report.py turns the rows `make bench` collects into docs/performance.md; the optimizer and retention
/// simulation rows (bench-optimizer and baselines/fsrs_optimizer.py) are read from a captured results file, not
/// copied by hand.
@Suite struct BenchmarkReportTests {
    private func report(_ fixture: String) throws -> String {
        let results = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/bench/\(fixture)")
        let script = Fixtures.packageRoot.appendingPathComponent("Benchmarks/report.py")
        let outcome = try BuiltBinary.run(
            URL(fileURLWithPath: "/usr/bin/env"), arguments: ["python3", script.path, results.path, "--output", "-"],
            environment: Fixtures.childEnvironment, timeout: .seconds(60))
        try #require(outcome.status == 0, "\(outcome)")
        return outcome.standardOutput
    }

    @Test func theOptimizerRowsOfARunBecomeItsTableWithTheRatiosToFsrsRsAndTheFloor() throws {
        let page = try report("optimizer-results.txt")
        let section = try #require(
            page.components(separatedBy: "## Fitting FSRS (optimizer) and the retention simulation").dropFirst().first?
                .components(separatedBy: "## Other figures").first, "no optimizer section:\n\(page)")
        // Two rounds a side: best (median) over the rounds, the largest peak, ratios paired round by round.
        #expect(section.contains(
            "| 10,180 answers, 7,888 items | 0.0056 s (0.0057-0.0058), 24 MB | 0.0057 s (0.0057), 26 MB | 0.0089 s (0.0090) | met (1.0×; 1.6× with the guard) |"),
            "\(section)")
        #expect(section.contains(
            "| 104,543 answers, 79,893 items | 0.0620-0.0650 s (0.0640-0.0670), 83 MB | 0.0610-0.0680 s (0.0620-0.0720), 55 MB | 0.0980-0.1190 s (0.1010-0.1230) | met (0.9-1.1×; 1.5-1.9× with the guard) |"),
            "\(section)")
        #expect(section.contains("7 retentions, 400 new questions over 365 days at 10 new a day) takes 0.0050 s (median 0.0052 s), 20 MB."), "\(section)")
    }

    @Test func aFitSlowerThanThreeTimesFsrsRsIsMarkedMissed() throws {
        let page = try report("optimizer-slow-results.txt")
        #expect(page.contains("| 10,180 answers, 7,888 items | 0.0050 s (0.0051), 23 MB | 0.0200 s (0.0210), 26 MB | — | **missed** (4.0×) |"), "\(page)")
        #expect(!page.contains("retention simulation (`bench-optimizer --simulate`"), "no simulate row, no sentence:\n\(page)")
    }

    @Test func aRunWithoutOptimizerRowsHasNoOptimizerSection() throws {
        let page = try report("no-optimizer-results.txt")
        #expect(!page.contains("Fitting FSRS (optimizer)"), "\(page)")
    }
}
