import Foundation
import Testing
@testable import LecternCore

/// Writes a response in authored terms: `{2}` is the shown number of authored option 2, `<2>` the shown letter of
/// authored right-hand entry 2 of a match.
func shownResponse(_ template: String, for asked: AskedQuestion) -> String {
    var text = template
    for index in 0..<asked.shownCount {
        if let number = asked.shownNumber(ofAuthored: index) {
            text = text.replacingOccurrences(of: "{\(index)}", with: String(number))
            text = text.replacingOccurrences(of: "<\(index)>", with: AskedQuestion.letter(number - 1))
        }
    }
    return text
}

func asked(_ question: Question, seed: UInt64 = 7) -> AskedQuestion {
    var rng = SplitMix64(seed: seed)
    return AskedQuestion(question, using: &rng)
}

/// One row of the grading table.
struct GradingCase: CustomTestStringConvertible, Sendable {
    let question: Question
    let response: String
    let outcome: Grade.Outcome
    let credit: Double
    let note: String?

    init(_ question: Question, _ response: String, _ outcome: Grade.Outcome, credit: Double? = nil, note: String? = nil) {
        self.question = question
        self.response = response
        self.outcome = outcome
        self.credit = credit ?? (outcome == .correct ? 1 : 0)
        self.note = note
    }

    var testDescription: String { "\(question.id): \(response)" }
}

@Suite struct GraderTests {
    let grader = Grader(course: GradingFixture.course)
    typealias F = GradingFixture

    static let cases: [GradingCase] = [
        // Typed: aliases, typos, diacritics, case, punctuation and articles.
        GradingCase(F.typedMaliki, "Nouri al-Maliki", .correct, note: nil),
        GradingCase(F.typedMaliki, "nouri al maliki!", .correct),
        GradingCase(F.typedMaliki, "Maliki", .correct, note: "accepted: alias of Nouri al-Maliki"),
        GradingCase(F.typedMaliki, "PM Maliki", .correct, note: "accepted: alias of Nouri al-Maliki"),
        GradingCase(F.typedMaliki, "Nouri al-Malki", .correct, note: "accepted with one typo; spelled Nouri al-Maliki"),
        GradingCase(F.typedMaliki, "Mali", .incorrect, note: "“Mali” names Mali, a different actor"),
        GradingCase(F.typedMaliki, "Malki", .incorrect, note: "as close to Mali"),
        GradingCase(F.typedMaliki, "Nouri", .incorrect),
        GradingCase(F.typedRouhani, "Rohani", .correct, note: "accepted with one typo; spelled Rouhani"),
        GradingCase(F.typedRouhani, "Rōuhani", .correct, note: "accepted: alias of Hassan Rouhani"),
        GradingCase(F.typedRouhani, "PRESIDENT ROUHANI", .correct, note: "accepted: alias of Hassan Rouhani"),
        GradingCase(F.typedRouhani, "Obama", .incorrect, note: "names Barack Obama"),
        GradingCase(F.typedIraq, "Iraq", .correct),
        GradingCase(F.typedIraq, "iraq.", .correct),
        GradingCase(F.typedIraq, "Iran", .incorrect, note: "“Iran” names Iran, a different actor"),
        GradingCase(F.typedIraq, "Irq", .correct, note: "accepted with one typo; spelled Iraq"),
        GradingCase(F.typedIraq, "Irak", .incorrect, note: "as close to Iran"),
        GradingCase(F.typedIraq, "Tehran", .incorrect, note: "names Iran"),
        GradingCase(F.typedTaliban, "Taliban", .correct),
        GradingCase(F.typedTaliban, "The Taliban", .correct),
        GradingCase(F.typedTaliban, "taleban", .correct, note: "accepted: listed alternative"),
        GradingCase(F.typedTaliban, "Talibn", .correct, note: "accepted with one typo; spelled the Taliban"),
        GradingCase(F.typedTaliban, "Talebn", .correct, note: "accepted: listed alternative"),
        GradingCase(F.typedMantra, "We don't talk to evil", .correct),
        GradingCase(F.typedMantra, "we dont talk to evil", .correct),
        GradingCase(F.typedMantra, "we do talk to evil", .incorrect),
        GradingCase(F.typedMantra, "we dont talk to evl", .correct, note: "accepted with one typo"),
        GradingCase(F.typedMaliki, "Nourial-Maliki", .correct),
        // Cloze.
        GradingCase(F.cloze, "Iranian", .correct),
        GradingCase(F.cloze, "iranain", .correct, note: "accepted with one typo; spelled Iranian"),
        GradingCase(F.cloze, "Saudi", .incorrect),
        // Numbers: words, commas, spaces, units, years, tolerance.
        GradingCase(F.number, "2000", .correct),
        GradingCase(F.number, "2,000", .correct),
        GradingCase(F.number, "2 000", .correct),
        GradingCase(F.number, "two thousand", .correct),
        GradingCase(F.number, "about 2,000 troops", .correct),
        GradingCase(F.number, "200", .incorrect, note: "you said 200; the article says 2,000"),
        GradingCase(F.numberYears, "thirteen", .correct),
        GradingCase(F.numberYears, "13 years", .correct),
        GradingCase(F.year, "2003", .correct),
        GradingCase(F.year, "in 2003", .correct),
        GradingCase(F.year, "two thousand and three", .correct),
        GradingCase(F.year, "2002", .incorrect, note: "you said 2002; the article says 2003"),
        GradingCase(F.decimal, "1.6", .correct, note: "accepted: within 0.1 of 1.5"),
        GradingCase(F.decimal, "1.7", .incorrect),
        // True or false.
        GradingCase(F.trueFalse, "t", .correct),
        GradingCase(F.trueFalse, "YES", .correct),
        GradingCase(F.trueFalse, "n", .incorrect),
        // Choice, multi, who-said by shown number.
        GradingCase(F.choice, "{0}", .correct),
        GradingCase(F.choice, "{2}.", .incorrect, note: "you chose"),
        GradingCase(F.multi, "{0} {1}", .correct),
        GradingCase(F.multi, "{1},{0}", .correct),
        GradingCase(F.multi, "{0}", .partial, credit: 0.5, note: "missed: United States"),
        GradingCase(F.multi, "{0} {1} {2}", .partial, credit: 0.5, note: "wrong picks: ISIS"),
        GradingCase(F.multi, "{0} {2}", .incorrect, credit: 0),
        GradingCase(F.multi, "{2} {3}", .incorrect, credit: 0),
        GradingCase(F.whoSaid, "{0}", .correct),
        GradingCase(F.whoSaid, "{1}", .incorrect, note: "you chose"),
        GradingCase(F.whoSaid, "Cheney", .correct, note: "accepted: alias of Dick Cheney"),
        GradingCase(F.whoSaid, "dick cheney", .correct),
        GradingCase(F.whoSaid, "Chenney", .correct, note: "accepted with one typo; spelled Cheney"),
        GradingCase(F.whoSaid, "Obama", .incorrect, note: "that is Barack Obama"),
        GradingCase(F.whoSaid, "Bush", .incorrect, note: "not a name this course knows"),
        // Order: Kendall-style pairs in the right relative order.
        GradingCase(F.order, "{0} {1} {2} {3}", .correct),
        GradingCase(F.order, "{1} {0} {2} {3}", .partial, credit: 5.0 / 6, note: "5 of 6 pairs"),
        GradingCase(F.order, "{1} {2} {3} {0}", .partial, credit: 0.5),
        GradingCase(F.order, "{3} {2} {1} {0}", .incorrect, credit: 0),
        // Match: fraction of pairs.
        GradingCase(F.match, "1<0> 2<1> 3<2>", .correct),
        GradingCase(F.match, "1-<0>, 2 <1>, 3:<2>", .correct),
        GradingCase(F.match, "1<0> 2<2> 3<1>", .partial, credit: 1.0 / 3, note: "Hassan Rouhani → President of Iran (you said 2"),
        GradingCase(F.match, "1<1> 2<2> 3<0>", .incorrect, credit: 0),
    ]

    @Test(arguments: cases)
    func gradesResponsesAsTheTableSays(_ row: GradingCase) throws {
        let shown = asked(row.question)
        let grade = try grader.grade(shown, response: shownResponse(row.response, for: shown)).get()
        #expect(grade.outcome == row.outcome)
        #expect(abs(grade.credit - row.credit) < 1e-9)
        if let note = row.note {
            #expect(grade.notes.contains { $0.contains(note) }, "notes were \(grade.notes)")
        }
    }

    @Test(arguments: [
        (F.choice, "", "Type an answer"),
        (F.choice, "   ", "Type an answer"),
        (F.choice, "9", "There is no option 9"),
        (F.choice, "0", "There is no option 0"),
        (F.choice, "Iranian", "Answer with an option number"),
        (F.multi, "1 1", "You gave 1 twice"),
        (F.multi, "1 x", "Type the option numbers"),
        (F.multi, "1 8", "There is no 8"),
        (F.order, "1 2 3", "missing 4"),
        (F.order, "1 2 2 3", "2 appears twice"),
        (F.order, "1 2 3 9", "There is no 9"),
        (F.match, "1c 2c 3a", "both matched to c"),
        (F.match, "1c 2a", "missing 3"),
        (F.match, "1c 1a 3b", "You matched 1 twice"),
        (F.match, "c1 a2 b3", "Match each number to a letter"),
        (F.match, "1z 2a 3b", "There is no z"),
        (F.number, "lots", "Type a number"),
        (F.number, "two two", "Type a number"),
        (F.trueFalse, "maybe", "Type t or f."),
        (F.whoSaid, "7", "There is no option 7"),
        (F.typedIraq, "...", "Type an answer"),
    ])
    func unusableResponsesAreRefusedWithAMessage(question: Question, response: String, message: String) {
        let result = grader.grade(asked(question), response: response)
        guard case .failure(let error) = result else {
            Issue.record("expected a ResponseError, got \(result)")
            return
        }
        #expect(error.message.contains(message), "message was \(error.message)")
    }

    @Test func theCorrectAnswerIsShownInReadableForm() throws {
        let grade = try grader.grade(asked(F.order), response: "4 3 2 1").get()
        #expect(grade.correctAnswer == "Axis of Evil → Iraq invasion → Obama-Rouhani call → Iranian troops enter Iraq")
        #expect(grader.correctAnswer(for: F.number) == "2,000 troops")
        #expect(grader.correctAnswer(for: F.decimal) == "1.5 (± 0.1)")
        #expect(grader.correctAnswer(for: F.whoSaid) == "Dick Cheney")
        #expect(grader.correctAnswer(for: F.multi) == "Iran; United States")
        #expect(grader.correctAnswer(for: F.match).hasPrefix("Nouri al-Maliki → Prime Minister of Iraq; "))
    }

    @Test func aYearIsPrintedAsAYearAndACountWithItsThousandsSeparator() throws {
        #expect(grader.correctAnswer(for: F.year) == "2003")
        let wrong = try grader.grade(asked(F.year), response: "two thousand and one").get()
        #expect(wrong.notes == ["you said 2001; the article says 2003"])
        #expect(wrong.correctAnswer == "2003")
        #expect(grader.correctAnswer(for: F.number) == "2,000 troops")
        #expect(NumberReader.isYear(2009, unit: nil))
        #expect(!NumberReader.isYear(2000, unit: "troops"))
        #expect(!NumberReader.isYear(280, unit: nil))
        #expect(NumberReader.format(2014, asYear: true) == "2014" && NumberReader.format(2014, asYear: false) == "2,014")
    }

    @Test func aQuotedResponseIsAnsweredLiterally() throws {
        let question = GradingFixture.question("typed-skip", "Type the word skip.", .typed(answer: "skip", accepted: []))
        let grade = try grader.grade(asked(question), response: "\"skip\"").get()
        #expect(grade.outcome == .correct)
    }

    @Test func gradesRoundTripThroughJSON() throws {
        let grade = try grader.grade(asked(F.typedMaliki), response: "Maliki").get()
        let data = try JSONEncoder().encode(grade)
        #expect(try JSONDecoder().decode(Grade.self, from: data) == grade)
    }

    @Test func aMatchingKeepsItsKeyShortAndSpellsOutOnlyThePairsGivenWrongly() throws {
        let shown = asked(F.match)
        let response = shownResponse("1<0> 2<2> 3<1>", for: shown)
        let grade = try Grader(course: F.course).grade(shown, response: response).get()
        let key = (0..<3).map { "\($0 + 1)\(AskedQuestion.letter(shown.shownNumber(ofAuthored: $0)! - 1))" }
        #expect(grade.shownAnswer == key.joined(separator: " "))
        #expect(grade.notes.count == 2, "two pairs were wrong: \(grade.notes)")
        #expect(!grade.notes.joined().contains("Nouri al-Maliki"), "the right pair is not repeated")
        #expect(grade.notes.allSatisfy { !$0.lowercased().contains("right") && !$0.lowercased().contains("correct") })
        #expect(grade.correctAnswer.contains("Nouri al-Maliki → Prime Minister of Iraq"), "summaries keep the words")
    }
}
