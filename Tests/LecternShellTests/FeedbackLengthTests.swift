import Foundation
import LecternCore
import LecternShell
import LecternTestSupport
import Synchronization
import Testing

/// One screen per question: every question of the bundled course, as asked at 80 columns, with the feedback to a
/// right and to a wrong answer, measured in lines. "Typical" is the median and the 90th percentile over the whole
/// bank (authored and generated), each kind's median too; the longest are printed so they can be looked at.
@Suite struct FeedbackLengthTests {
    struct Measure {
        let id: String
        let kind: QuestionKind
        let lines: Int
    }

    let course: Course
    let env: ShellEnvironment

    init() throws {
        course = try BundledCourse.course()
        env = ShellEnvironment(
            course: course, style: Style(usesColor: false), width: { 80 }, now: { Date(timeIntervalSince1970: 1_790_000_000) },
            progress: InMemoryProgress())
    }

    /// A response the grader must not take: the answer key's first wrong one, or one that is wrong for any question.
    private func wrongResponse(to asked: AskedQuestion) -> String {
        if let wrong = AnswerKey.wrongResponses(to: asked, course: course).first { return wrong }
        if case .number(let answer, let tolerance, _) = asked.question.body { return String(Int(answer + tolerance + 1000)) }
        return "zzzz"
    }

    private var samples: [String: String] { Self.shown.withLock { $0 } }
    static let shown = Mutex<[String: String]>([:])

    private func screenLines(_ asked: AskedQuestion, response: String, grader: Grader, finder: PassageFinder) throws -> Int {
        let grade = try grader.grade(asked, response: response).get()
        let question = asked.question
        let result = QuestionResult(
            questionID: question.id, prompt: question.prompt, kind: question.kind, response: response,
            responseText: grader.describe(asked, response: response), grade: grade, explanation: question.explanation,
            passage: finder.best(for: question), paragraphIDs: question.paragraphIDs, hintsUsed: 0, confidence: nil,
            latency: 5)
        let text = QuizViews.question(asked, position: 3, total: 10, env).string + "\n"
            + QuizViews.feedback(Feedback(result: result, position: 3, total: 10), env).string
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        Self.shown.withLock { $0[question.kind.rawValue + (grade.outcome == .correct ? "+" : "-")] = text; $0[question.id + (grade.outcome == .correct ? "+" : "-")] = text }
        for line in lines {
            #expect(DisplayWidth.of(String(line)) <= 80, "\(question.id): a line wider than 80: \(line)")
        }
        return lines.count
    }

    private func measure() throws -> (right: [Measure], wrong: [Measure]) {
        let grader = Grader(course: course)
        let finder = PassageFinder(course: course)
        var rng = SplitMix64(seed: 13)
        var right: [Measure] = []
        var wrong: [Measure] = []
        for question in QuestionBank(course: course).questions {
            let asked = AskedQuestion(question, using: &rng)
            let good = AnswerKey.rightResponse(to: asked, course: course)
            right.append(Measure(id: question.id, kind: question.kind, lines: try screenLines(asked, response: good, grader: grader, finder: finder)))
            let bad = wrongResponse(to: asked)
            wrong.append(Measure(id: question.id, kind: question.kind, lines: try screenLines(asked, response: bad, grader: grader, finder: finder)))
        }
        return (right, wrong)
    }

    private func percentile(_ values: [Int], _ share: Double) -> Int {
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * share).rounded(.up)))]
    }

    @Test func aTypicalQuestionWithItsFeedbackFitsTwelveLinesAtEightyColumns() throws {
        let (right, wrong) = try measure()
        let all = right + wrong
        let median = percentile(all.map(\.lines), 0.5)
        let ninetieth = percentile(all.map(\.lines), 0.9)
        var report = ["\(right.count) questions; lines at 80 columns, question + feedback: median \(median), 90th \(ninetieth)",
            "right: median \(percentile(right.map(\.lines), 0.5)), 90th \(percentile(right.map(\.lines), 0.9)), max \(right.map(\.lines).max() ?? 0)",
            "wrong: median \(percentile(wrong.map(\.lines), 0.5)), 90th \(percentile(wrong.map(\.lines), 0.9)), max \(wrong.map(\.lines).max() ?? 0)"]
        for kind in QuestionKind.allCases {
            let ofKind = wrong.filter { $0.kind == kind }.map(\.lines)
            guard !ofKind.isEmpty else { continue }
            report.append("  \(kind.rawValue) (\(ofKind.count)): wrong median \(percentile(ofKind, 0.5)), max \(ofKind.max() ?? 0)")
        }
        if let sample = ProcessInfo.processInfo.environment["LECTERN_SHOW_SCREEN"] { report.append(samples[sample] ?? "no \(sample)") }
        report += wrong.sorted { $0.lines > $1.lines }.prefix(5).map { "  longest: \($0.id) \($0.lines)" }
        print(report.joined(separator: "\n"))
        // The typical question (the median over every question, answered right and wrong) fits 12 lines. The 90th
        // percentile is wrong answers to long authored choice, select-all, timeline and matching questions: 17 lines
        // when this was written; the bound keeps it from growing.
        #expect(median <= 12, "median \(median)")
        #expect(ninetieth <= 17, "90th percentile \(ninetieth)")
    }

    @Test func aWrongMatchingShowsTheKeyOnceAndNoPairTwice() throws {
        let question = try #require(QuestionBank(course: course).questions.first { $0.kind == .match })
        var rng = SplitMix64(seed: 3)
        let asked = AskedQuestion(question, using: &rng)
        let grader = Grader(course: course)
        let response = try #require(AnswerKey.wrongResponses(to: asked, course: course).first)
        let grade = try grader.grade(asked, response: response).get()
        let result = QuestionResult(
            questionID: question.id, prompt: question.prompt, kind: question.kind, response: response,
            responseText: "", grade: grade, explanation: question.explanation, passage: nil,
            paragraphIDs: question.paragraphIDs, hintsUsed: 0, confidence: nil, latency: 5)
        let text = QuizViews.feedback(Feedback(result: result, position: 1, total: 1), env).string
        let key = AnswerKey.rightResponse(to: asked, course: course)
        #expect(text.contains("Answer: \(key)\n"), "\(text)")
        guard case .match(let pairs) = question.body else { return }
        for pair in pairs {
            #expect(text.components(separatedBy: pair.right).count <= 2, "\(pair.right) appears at most once: \(text)")
        }
    }
}
