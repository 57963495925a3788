@testable import LecternShell
import Testing

@Suite struct TerminalSizeTests {
    @Test func measuredWidthWins() {
        #expect(TerminalSize.columns(measured: 132, environment: "90") == 132)
    }

    @Test func zeroWidthFallsBackToTheEnvironment() {
        #expect(TerminalSize.columns(measured: 0, environment: " 90 ") == 90)
    }

    @Test func noAnswerAnywhereMeansEighty() {
        #expect(TerminalSize.columns(measured: nil, environment: nil) == 80)
        #expect(TerminalSize.columns(measured: nil, environment: "wide") == 80)
    }

    @Test func narrowTerminalsCountAsTwentyColumns() {
        #expect(TerminalSize.columns(measured: 5, environment: nil) == TerminalSize.minimumColumns)
        #expect(TerminalSize.columns(measured: nil, environment: "3") == TerminalSize.minimumColumns)
    }

    @Test func liveCallNeverGoesBelowTheMinimum() {
        #expect(TerminalSize.columns() >= TerminalSize.minimumColumns)
    }
}
