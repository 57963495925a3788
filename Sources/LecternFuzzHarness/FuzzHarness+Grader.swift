import Foundation
import LecternCore

extension FuzzHarness {
    /// The bundled course, its grader and up to four questions of every kind (authored and generated).
    public static let bundled: (course: Course, grader: Grader, questions: [Question]) = {
        let course: Course
        do {
            course = try CourseLoader.load(from: packageRoot)
        } catch {
            preconditionFailure("the bundled course does not load: \(error)")
        }
        let bank = QuestionBank(course: course)
        let questions = QuestionKind.allCases.flatMap { bank.questions(ofKind: $0).prefix(4) }
        return (course, Grader(course: course), questions)
    }()

    /// The questions `grader(_:)` picks from, in order.
    public static var graderQuestions: [Question] { bundled.questions }

    /// A learner's response to a question of the bundled course. Byte 0 picks the question, byte 1 seeds the
    /// shuffle of its options, byte 2 asks for 0 to 3 hints first; the rest is the response.
    public static func grader(_ bytes: [UInt8]) throws(FuzzFailure) {
        guard bytes.count >= 3 else { return }
        let (course, grader, questions) = bundled
        let question = questions[Int(bytes[0]) % questions.count]
        var random = SplitMix64(seed: UInt64(bytes[1]))
        var asked = AskedQuestion(question, using: &random)
        _ = asked.presentation(course: course)
        for _ in 0..<(bytes[2] % 4) { _ = asked.hint(course: course) }
        let response = String(decoding: bytes[3...], as: UTF8.self)
        switch grader.grade(asked, response: response) {
        case let .success(grade):
            try check(grade.credit.isFinite && (0...1).contains(grade.credit), "credit \(grade.credit) out of range")
            try check((grade.outcome == .correct) == (grade.credit == 1), "\(grade.outcome) with credit \(grade.credit)")
            try check(grade.outcome != .skipped, "the grader returned skipped")
        case let .failure(problem):
            try check(!problem.message.isEmpty, "a response was refused without a reason")
        }
        _ = grader.describe(asked, response: response)
        _ = grader.correctAnswer(for: question)
        _ = NumberReader.read(response)
    }
}
