import LecternCore
import Testing

struct QuotationTests {
    @Test func straightQuotesPairUpInOrder() {
        let found = Quotation.all(in: #"He said "we don't talk to evil" and then "no more"."#, firstLine: 4)
        #expect(found == [Quotation(text: "we don't talk to evil", line: 4), Quotation(text: "no more", line: 4)])
    }

    @Test func curlyQuotesOpenAndCloseByShape() {
        let found = Quotation.all(in: "Crocker called it “real and useful” cooperation.", firstLine: 1)
        #expect(found == [Quotation(text: "real and useful", line: 1)])
    }

    @Test func aQuotationOverALineBreakStartsOnTheLineItOpensAndJoinsItsLines() {
        let text = "First line.\nThen \"a quotation that\ngoes on\" and \"another\"."
        let found = Quotation.all(in: text, firstLine: 10)
        #expect(found == [Quotation(text: "a quotation that goes on", line: 11), Quotation(text: "another", line: 12)])
    }

    @Test func anUnclosedQuotationIsNotReported() {
        #expect(Quotation.all(in: "He said \"never mind", firstLine: 1) == [])
    }

    @Test func verbatimMeansTheSameLettersCaseAndPunctuation() {
        let source = "Dick Cheney was said to have declared that we don't talk to evil, and the talks stopped."
        #expect(Quotation(text: "we don't talk to evil", line: 1).isVerbatim(in: source))
        #expect(!Quotation(text: "We don't talk to evil", line: 1).isVerbatim(in: source))
        #expect(!Quotation(text: "we dont talk to evil", line: 1).isVerbatim(in: source))
        #expect(!Quotation(text: "talk to evil.", line: 1).isVerbatim(in: source))
    }

    @Test func straightAndCurlyApostrophesAreTheSame() {
        #expect(Quotation(text: "we don’t talk to evil", line: 1).isVerbatim(in: "that we don't talk to evil"))
        #expect(Quotation(text: "we don't talk to evil", line: 1).isVerbatim(in: "that we don’t talk to evil"))
        #expect(Quotation(text: "the ‘axis’", line: 1).isVerbatim(in: "named the 'axis' of evil"))
    }

    @Test func aQuotationBrokenOverLinesIsVerbatimWhenItsWordsAre() throws {
        let quotation = try #require(Quotation.all(in: "\"common enemy\n  in the Taliban\"", firstLine: 1).first)
        #expect(quotation.isVerbatim(in: "Iran and the United States had a common enemy in the Taliban."))
    }

    @Test func wordsAreCountedBetweenSpaces() {
        #expect(Quotation(text: "we don't talk to evil", line: 1).wordCount == 5)
        #expect(Quotation.maximumWords == 25)
    }
}
