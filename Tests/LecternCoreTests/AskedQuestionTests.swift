import Testing
@testable import LecternCore

@Suite struct AskedQuestionTests {
    typealias F = GradingFixture
    let course = GradingFixture.course

    @Test func theSameSeedGivesTheSameShuffle() {
        for question in [F.choice, F.multi, F.order, F.match, F.whoSaid] {
            #expect(asked(question, seed: 42).shownOrder == asked(question, seed: 42).shownOrder)
        }
    }

    @Test func differentSeedsGiveDifferentOrders() {
        let orders = Set((1...20).map { asked(F.choice, seed: UInt64($0)).shownOrder })
        #expect(orders.count > 5)
        #expect(orders.allSatisfy { $0.sorted() == [0, 1, 2, 3] })
    }

    @Test(arguments: 0..<50)
    func orderAndMatchAreNeverShownAlreadySolved(seed: Int) {
        #expect(asked(F.order, seed: UInt64(seed)).shownOrder != [0, 1, 2, 3])
        #expect(asked(F.match, seed: UInt64(seed)).shownOrder != [0, 1, 2])
    }

    @Test func choiceIsShownNumberedInItsShuffledOrder() {
        let shown = asked(F.choice)
        let view = shown.presentation(course: course)
        let options = ["Iranian", "Saudi", "Turkish", "Syrian"]
        #expect(view.prompt == "Whose troops entered Iraq?")
        #expect(view.lines == shown.shownOrder.enumerated().map { "\($0.offset + 1). \(options[$0.element])" })
        #expect(view.instruction == "Answer with an option number.")
    }

    @Test func matchShowsNumbersOnTheLeftAndLettersOnTheRight() {
        let shown = asked(F.match)
        let view = shown.presentation(course: course)
        #expect(Array(view.lines.prefix(3)) == ["1. Nouri al-Maliki", "2. Hassan Rouhani", "3. Dick Cheney"])
        #expect(view.lines[3].hasPrefix("a. "))
        #expect(view.lines[5].hasPrefix("c. "))
        #expect(view.instruction == "Match like 1c 2a 3b.")
    }

    @Test(arguments: [
        (F.trueFalse, [String](), "Type t or f."),
        (F.order, ["1. ", "2. ", "3. ", "4. "], "Type the numbers in order, e.g. 3 1 4 2."),
        (F.cloze, ["the US is to some extent reliant on the 2,000 _____ troops"], "Type the missing words."),
        (F.whoSaid, ["“we don't talk to evil”", "1. ", "2. ", "3. ", "4. "], "Answer with an option number or a name."),
        (F.number, [], "Type a number (in troops)."),
        (F.multi, ["1. ", "2. ", "3. ", "4. "], "Type the numbers of every right option, e.g. 1 3."),
    ])
    func eachKindSaysHowToAnswer(question: Question, linePrefixes: [String], instruction: String) {
        let view = asked(question).presentation(course: course)
        #expect(view.lines.count == linePrefixes.count)
        for (line, prefix) in zip(view.lines, linePrefixes) { #expect(line.hasPrefix(prefix)) }
        #expect(view.instruction == instruction)
    }

    @Test func whoSaidOptionsShowActorNames() {
        let view = asked(F.whoSaid).presentation(course: course)
        #expect(view.lines.contains { $0.hasSuffix("Dick Cheney") })
        #expect(!view.lines.contains { $0.hasSuffix(" cheney") })
    }
}

@Suite struct AskedQuestionHintTests {
    typealias F = GradingFixture
    let course = GradingFixture.course

    @Test func choiceHintsRuleOutWrongOptionsButNeverTheLastOne() throws {
        var shown = asked(F.choice)
        var hints: [String] = []
        while let hint = shown.hint(course: course) { hints.append(hint) }
        #expect(hints.count == 2)
        #expect(shown.hintsUsed == 2)
        #expect(shown.eliminated.count == 2)
        let right = try #require(shown.shownNumber(ofAuthored: 0))
        #expect(!shown.eliminated.contains(right))
        #expect(hints.allSatisfy { $0.hasPrefix("Not ") && !$0.contains("Iranian") })
    }

    @Test func whoSaidHintsNameTheRuledOutActor() throws {
        var shown = asked(F.whoSaid)
        let hintHint = shown.hint(course: course)
        let hint = try #require(hintHint)
        #expect(["Barack Obama", "Ryan Crocker", "Hassan Rouhani"].contains { hint.contains($0) })
    }

    @Test func typedHintsRevealOneLetterAtATimeButNotTheWhole() {
        var shown = asked(F.typedIraq)
        #expect(shown.hint(course: course) == "It begins “I…” (4 letters).")
        #expect(shown.hint(course: course) == "It begins “Ir…” (4 letters).")
        #expect(shown.hint(course: course) == "It begins “Ira…” (4 letters).")
        #expect(shown.hint(course: course) == nil)
        #expect(shown.hintsUsed == 3)
    }

    @Test func typedHintsPassOverSpacesAndPunctuation() {
        var shown = asked(F.typedMaliki)
        for _ in 0..<7 { _ = shown.hint(course: course) }
        #expect(shown.hint(course: course) == "It begins “Nouri al-M…” (13 letters).")
    }

    @Test func numberHintsNarrowToARangeHoldingTheAnswer() throws {
        var shown = asked(F.number)
        let firstHint = shown.hint(course: course)
        let first = try #require(firstHint)
        let secondHint = shown.hint(course: course)
        let second = try #require(secondHint)
        #expect(shown.hint(course: course) == nil)
        for hint in [first, second] {
            #expect(hint.hasPrefix("Between ") && hint.hasSuffix(" troops."))
            let bounds = hint.dropFirst("Between ".count).dropLast(" troops.".count)
                .components(separatedBy: " and ").compactMap { NumberReader.read($0) }
            #expect(bounds.count == 2)
            #expect(bounds[0] <= 2000 && 2000 <= bounds[1])
        }
    }

    @Test func yearHintsUseYears() throws {
        var shown = asked(F.year)
        let hintHint = shown.hint(course: course)
        let hint = try #require(hintHint)
        #expect(!hint.contains(","))
        #expect(hint.hasPrefix("Between 19") || hint.hasPrefix("Between 20"))
    }

    @Test func orderHintRevealsTheFirstItem() throws {
        var shown = asked(F.order)
        let firstHint = shown.hint(course: course)
        let first = try #require(firstHint)
        let number = try #require(shown.shownNumber(ofAuthored: 0))
        #expect(first == "\(number) (Axis of Evil) comes first.")
        #expect(shown.hint(course: course)?.hasSuffix("comes second.") == true)
        #expect(shown.hint(course: course) == nil)
    }

    @Test func matchHintRevealsOnePair() throws {
        var shown = asked(F.match)
        let hintHint = shown.hint(course: course)
        let hint = try #require(hintHint)
        let letter = AskedQuestion.letter(try #require(shown.shownNumber(ofAuthored: 0)) - 1)
        #expect(hint == "1 goes with \(letter): Nouri al-Maliki — Prime Minister of Iraq.")
        #expect(shown.hint(course: course) == nil)
        #expect(shown.hintsUsed == 1)
    }

    @Test func trueOrFalseHasNoHint() {
        var shown = asked(F.trueFalse)
        #expect(shown.hint(course: course) == nil)
        #expect(shown.hintsUsed == 0)
    }
}
