import Foundation
import LecternTestSupport
import Testing
@testable import LecternCore

@Suite(.removingTemporaryFolders) struct PassageTests {
    typealias F = GradingFixture

    @Test func sentencesSplitWithoutBreakingAbbreviationsOrDates() {
        let text = "Iran and the U.S. are now on the same side. After 9/11 diplomats met! "
            + "George W. Bush spoke on Sept. 27, 2013. (Official photo) He said 'we don't talk to evil.' Then left."
        #expect(Passage.sentences(of: text) == [
            "Iran and the U.S. are now on the same side.",
            "After 9/11 diplomats met!",
            "George W. Bush spoke on Sept. 27, 2013.",
            "(Official photo) He said 'we don't talk to evil.'",
            "Then left.",
        ])
    }

    @Test func theCaptionIsSplitAfterItsDateOnly() {
        let caption = F.paragraphs[3].text
        let sentences = Passage.sentences(of: caption)
        #expect(sentences.count == 2)
        #expect(sentences[0].hasSuffix("Sept. 27, 2013."))
    }

    @Test(arguments: [
        (F.number, "p4", "the 2,000 Iranian troops"),
        (F.numberYears, "p4", "after 13 years"),
        (F.year, "p3", "Iran in 2003 reportedly offered"),
        (F.typedMaliki, "p3", "Prime Minister Maliki"),
        (F.typedRouhani, "caption", "President Hassan Rouhani"),
        (F.whoSaid, "p2", "we don't talk to evil"),
        (F.cloze, "p4", "reliant on the 2,000 Iranian troops"),
    ])
    func theMostRelevantSentenceIsChosen(question: Question, paragraph: String, fragment: String) throws {
        let passage = try #require(PassageFinder(course: F.course).best(for: question))
        #expect(passage.paragraphID == paragraph)
        #expect(passage.sentence.contains(fragment), "got \(passage.sentence)")
    }

    @Test func aLongSentenceIsCitedAsAnExcerpt() {
        let passage = Passage(paragraphID: "p4", sentence: (1...40).map { "w\($0)" }.joined(separator: " "))
        let citation = passage.citation(maxWords: 10)
        #expect(citation == "p4: ‘…w16 w17 w18 w19 w20 w21 w22 w23 w24 w25…’")
        #expect(Passage(paragraphID: "p1", sentence: "Short one.").citation() == "p1: ‘Short one.’")
    }

    @Test func anExcerptIsCentredOnTheAnswersWordsAndNeverCutsThemOff() {
        // p3's long sentence: the old middle window stopped at "…some of whom…", before "killed Coalition troops".
        let sentence = "We cannot be sure if the offer was workable, but we do know that over the next bloody years the Iranians provided support to Shia political organisations and militias, some of whom lent critical support to Prime Minister Maliki, some of whom killed Coalition troops."
        let passage = Passage(paragraphID: "p3", sentence: sentence, focus: ["coalition", "troops"])
        let shown = passage.excerpt(maxWords: 30)
        #expect(shown.hasSuffix("some of whom killed Coalition troops."), "got \(shown)")
        #expect(shown.hasPrefix("…"))
        #expect(shown.split(separator: " ").count == 30)
        // Answer words far apart widen the window rather than lose one of them.
        let wide = Passage(paragraphID: "p3", sentence: sentence, focus: ["workable", "coalition"]).excerpt(maxWords: 10)
        #expect(wide.contains("workable") && wide.contains("Coalition"), "got \(wide)")
        // With no answer word in it, the middle is shown as before.
        let middle = Passage(paragraphID: "p4", sentence: (1...40).map { "w\($0)" }.joined(separator: " "), focus: ["absent"])
        #expect(middle.citation(maxWords: 10) == "p4: ‘…w16 w17 w18 w19 w20 w21 w22 w23 w24 w25…’")
    }

    @Test func aQuestionWithEvidenceShowsItsEvidenceWhole() throws {
        let question = Question(
            id: "evidenced", prompt: "Who killed Coalition troops?", body: .typed(answer: "Shia militias", accepted: []),
            explanation: "Some of them did.", lessonID: nil, paragraphIDs: ["p3"], actorIDs: ["maliki"], eventIDs: [],
            origin: .authored, evidence: "some of whom killed Coalition troops")
        let passage = try #require(PassageFinder(course: F.course).best(for: question))
        #expect(passage == Passage(paragraphID: "p3", sentence: "some of whom killed Coalition troops", focus: passage.focus))
        #expect(passage.citation() == "p3: ‘some of whom killed Coalition troops’")
        // Evidence found in no paragraph falls back to the best sentence of the cited ones.
        let unfound = Question(
            id: "unfound", prompt: "Who?", body: .typed(answer: "Prime Minister Maliki", accepted: []), explanation: "x",
            lessonID: nil, paragraphIDs: ["p3"], actorIDs: [], eventIDs: [], origin: .authored, evidence: "not in the article")
        #expect(PassageFinder(course: F.course).best(for: unfound)?.sentence.contains("Prime Minister Maliki") == true)
    }

    @Test func aQuestionCitingNoKnownParagraphHasNoPassage() {
        let question = F.question("nowhere", "Where?", .trueFalse(answer: true), paragraphs: ["p99"])
        #expect(PassageFinder(course: F.course).best(for: question) == nil)
    }
}

@Suite(.removingTemporaryFolders) struct PassageBundledArticleTests {
    struct ArticleFile: Decodable {
        let paragraphs: [Paragraph]
    }

    @Test func sentencesOfTheBundledArticleNeverEndAtAnAbbreviationOrInitial() throws {
        let url = Fixtures.packageRoot.appendingPathComponent("Lessons/source/article.json")
        let file = try JSONDecoder().decode(ArticleFile.self, from: Data(contentsOf: url))
        let sentences = file.paragraphs.flatMap { Passage.sentences(of: $0.text) }
        #expect(sentences.count > 40)
        for sentence in sentences {
            #expect(!sentence.hasSuffix("U.S."), "\(sentence)")
            #expect(!sentence.hasSuffix("Sept."), "\(sentence)")
            #expect(!sentence.hasSuffix(" W."), "\(sentence)")
        }
        #expect(sentences.contains("Back in 2001 the shared foe was the Taliban."))
        #expect(sentences.contains { $0.hasPrefix("As Trita Parsi correctly observers") && $0.hasSuffix("right now.'") })
    }
}
