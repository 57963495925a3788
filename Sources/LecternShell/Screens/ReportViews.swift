import Foundation
import LecternCore

/// The progress report as text.
enum ReportViews {
    static func text(_ states: QuestionStates, _ env: ShellEnvironment) -> String {
        let seen = states.questions.filter { $0.state != "new" }
        let due = seen.filter { ($0.due ?? .distantFuture) <= states.now }
        let leeches = seen.filter(\.isLeech)
        let changed = seen.filter(\.isChanged)
        let recall = seen.compactMap(\.retrievability)
        let expected = recall.isEmpty ? "none yet" : QuizViews.percent(recall.reduce(0, +) / Double(recall.count))
        var lines = [
            env.style.heading("Progress") + env.style.dim(" · retention target \(QuizViews.percent(states.desiredRetention))"),
        ]
        func field(_ label: String, _ value: String) {
            lines.append(env.wrap(value, indent: "  " + label.padding(toLength: 18, withPad: " ", startingAt: 0), hangingIndent: "    "))
        }
        field("Questions seen:", "\(seen.count) of \(states.questions.count)")
        field("Due now:", "\(due.count)")
        field("Expected recall:", expected)
        if !leeches.isEmpty { field("Leeches:", leeches.map(\.id).joined(separator: ", ") + " (8 or more lapses)") }
        if !changed.isEmpty { field("Changed:", changed.map(\.id).joined(separator: ", ") + " (edited since your last answer)") }
        lines.append(env.wrap(env.style.dim(due.isEmpty ? "Nothing due: study a lesson or take a 'quiz'." : "\(due.count) due: run 'review'.")))
        return lines.joined(separator: "\n")
    }
}
