import Foundation
import LecternTestSupport
import Testing

/// `exam --seed S` through the built `lectern`: one form for the whole class, each answer stored with its form and
/// the options picked, for the class report's item analysis.
@Suite(.removingTemporaryFolders) struct ExamFormTests {
    /// Lines that answer any kind in turn (an option, true/false, an order, a matching), more than an exam needs.
    private static let answers = String(repeating: "1\nt\n1 2 3 4\n1a 2b 3c 4d\n", count: 40)

    private func examAnswers(_ progress: URL, _ learner: String) throws -> [[String: Any]] {
        try LogContents(folder: ProgressPlaces.learnerFolder(progress, learner)).records
            .filter { $0["type"] as? String == "review" && $0["mode"] as? String == "exam" }
    }

    @Test func learnersGetTheSameFormWhateverTheyAnsweredBeforeAndEachAnswerNamesIt() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-exam-form")
        defer { try? FileManager.default.removeItem(at: progress) }
        let quiz = try EndToEnd.run(
            ["quiz", "--seed", "3", "--count", "3"] + EndToEnd.place(progress: progress, learner: "ada"),
            input: Self.answers)
        #expect(quiz.status == 0, "\(quiz)")
        // Ada takes the form twice: what she got right the first time would be asked in its typed form by a
        // learner's own draw. Bob takes it fresh.
        for learner in ["ada", "ada", "bob"] {
            let exam = try EndToEnd.run(
                ["exam", "--seed", "42", "--count", "10"] + EndToEnd.place(progress: progress, learner: learner),
                input: Self.answers)
            #expect(exam.status == 0, "\(exam)")
        }
        let ada = try examAnswers(progress, "ada")
        let bob = try examAnswers(progress, "bob")
        // Every question these lines can answer (a form may hold one they cannot: the exam then ends unfinished).
        #expect(bob.count >= 6 && ada.count == 2 * bob.count)
        #expect(ada.contains { $0["outcome"] as? String == "correct" }, "ada knows something the second time")
        let ids = { (records: ArraySlice<[String: Any]>) in records.compactMap { $0["questionID"] as? String } }
        #expect(ids(ada.prefix(bob.count)) == ids(ada.suffix(bob.count)))
        #expect(ids(ada.prefix(bob.count)) == ids(bob[...]))
        #expect((ada + bob).allSatisfy { $0["form"] as? String == "42" })
        let options = (ada + bob).filter { ["choice", "multi", "truefalse"].contains($0["kind"] as? String) }
        #expect(!options.isEmpty)
        #expect(options.allSatisfy { ($0["chosen"] as? [String])?.isEmpty == false })
        let others = try LogContents(folder: ProgressPlaces.learnerFolder(progress, "ada")).records
            .filter { $0["type"] as? String == "review" && $0["mode"] as? String == "quiz" }
        #expect(!others.isEmpty && others.allSatisfy { $0["form"] == nil }, "a quiz answer has no form")
    }
}
