import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// `own-words`: no lesson sentence shares more than eight consecutive words with the article outside quotation
/// marks. Each test rewrites a line of the clean course's lesson, whose article's p1 reads "… Ryan Crocker, the
/// American diplomat sent to meet Iranian officials, later said the cooperation was real and useful."
@Suite(.removingTemporaryFolders)
struct CheckOwnWordsTests {
    static let lesson = CheckFixture.lesson
    static let sectionLine =
        "Both governments opposed the Taliban, and the envoy who met the Iranians judged the work \"real and useful\"."

    func ownWords(section text: String) throws -> [String] {
        try CheckFixture.warnings(.replace(Self.lesson, Self.sectionLine, with: text), rule: .ownWords)
    }

    @Test func aSentenceSharingMoreThanEightWordsIsReportedWithTheWords() throws {
        #expect(try ownWords(section: "Ryan Crocker, the American diplomat sent to meet Iranian officials, later said so.") == [
            "\(Self.lesson):17: warning[own-words]: 12 consecutive words are the article's (p1) outside quotation marks: "
                + "\"Ryan Crocker, the American diplomat sent to meet Iranian officials, later said\"; say it in your own "
                + "words, or quote it"
        ])
    }

    @Test func eightSharedWordsAreAllowedAndNineAreNot() throws {
        #expect(try ownWords(section: "He was the American diplomat sent to meet Iranian officials.") == [])
        #expect(try ownWords(section: "He was the American diplomat sent to meet Iranian officials, later.").count == 1)
    }

    @Test func caseAndPunctuationDoNotHideSharedWords() throws {
        let found = try ownWords(section: "RYAN CROCKER — THE AMERICAN DIPLOMAT; SENT TO MEET IRANIAN OFFICIALS!")
        #expect(found.count == 1 && found[0].contains("10 consecutive words"), "\(found)")
    }

    @Test(arguments: [
        "He was \"the American diplomat sent to meet Iranian officials, later said\" it.",
        "He was “the American diplomat sent to meet Iranian officials, later said” it.",
        "Ryan Crocker, the American \"diplomat\" sent to meet Iranian officials, later said so.",
    ])
    func wordsInQuotationMarksAreTheArticlesByRight(text: String) throws {
        #expect(try ownWords(section: text) == [])
    }

    @Test func aRunIsReportedAtTheLineItStartsOn() throws {
        let found = try ownWords(section: "So:\nRyan Crocker, the American\ndiplomat sent to meet Iranian officials, later said so.")
        #expect(found.count == 1 && found[0].hasPrefix("\(Self.lesson):18: warning[own-words]: 12 consecutive"), "\(found)")
    }

    @Test func aRunDoesNotJoinTwoParagraphsOfTheArticle() throws {
        #expect(try ownWords(section: "He said the cooperation was real and useful then came the axis of evil.") == [])
    }

    @Test(arguments: [
        ("summary: A shared foe brought the two sides together, a speech ended it, and a call reopened it.", "summary: ", 9),
        ("summary: A shared foe brought the two sides together, a speech ended it, and a call reopened it.", "summary: >\n  ", 10),
        ("  - Explain what brought the two governments together in 2001.", "  - ", 5),
        ("  - {prompt: \"What ended the contact?\", answer: \"A speech in 2002 that named Iran as an enemy.\"}", "  - ", 12),
        (
            "  - {prompt: \"What ended the contact?\", answer: \"A speech in 2002 that named Iran as an enemy.\"}",
            "  - prompt: What ended the contact?\n    answer: >\n      ", 14
        ),
    ])
    func theFrontMattersProseIsTheLessonsToo(line: String, prefix: String, number: Int) throws {
        let found = try CheckFixture.warnings(
            .replace(Self.lesson, line, with: prefix + "Ryan Crocker, the American diplomat sent to meet Iranian officials, later said so."),
            rule: .ownWords)
        #expect(found.count == 1 && found[0].hasPrefix("\(Self.lesson):\(number): warning[own-words]"), "\(found)")
    }
}
