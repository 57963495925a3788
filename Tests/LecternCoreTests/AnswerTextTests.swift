import Foundation
import LecternTestSupport
import Testing
@testable import LecternCore

@Suite(.removingTemporaryFolders) struct AnswerTextTests {
    @Test(arguments: [
        ("Nouri al-Maliki", "nouri al maliki"),
        ("  THE   Taliban ", "taliban"),
        ("an Iranian offer", "iranian offer"),
        ("A", "a"),
        ("Rōuhani", "rouhani"),
        ("we don’t talk to evil", "we dont talk to evil"),
        ("we don't talk to evil", "we dont talk to evil"),
        ("U.S.", "us"),
        ("Hamas & Hezbollah", "hamas and hezbollah"),
        ("1.5", "1.5"),
        ("Sept. 27, 2013", "sept 27 2013"),
        ("Quds   Forces!!", "quds forces"),
    ])
    func normalisingFoldsCaseAccentsPunctuationAndArticles(input: String, expected: String) {
        #expect(AnswerText.normalize(input) == expected)
    }

    @Test(arguments: [
        ("rouhani", "rohani", 1),
        ("maliki", "mailki", 1),
        ("maliki", "mali", 2),
        ("iran", "iraq", 1),
        ("ca", "abc", 3),
        ("", "abc", 3),
        ("kitten", "sitting", 3),
        ("same", "same", 0),
    ])
    func distanceCountsASwapAsOneEdit(lhs: String, rhs: String, expected: Int) {
        #expect(AnswerText.distance(lhs, rhs) == expected)
        #expect(AnswerText.distance(rhs, lhs) == expected)
    }

    @Test(arguments: [(1, 0), (3, 0), (4, 1), (7, 1), (8, 2), (20, 2)])
    func typoAllowanceGrowsWithLength(letters: Int, allowed: Int) {
        #expect(AnswerText.allowedTypos(forLetters: letters) == allowed)
    }

    @Test func allowanceCountsLettersNotSpaces() {
        #expect(AnswerText.allowedTypos(for: "U.S.") == 0)
        #expect(AnswerText.allowedTypos(for: "Hassan Rouhani") == 2)
    }
}

/// The ASCII shortcut of `AnswerText.normalize` gives what the general path gives.
@Suite(.removingTemporaryFolders) struct AnswerTextASCIITests {
    @Test func theASCIIShortcutAgreesWithTheGeneralPath() throws {
        let course = try CourseLoader.load(from: Fixtures.packageRoot)
        var texts = course.article.paragraphs.map(\.text) + course.actors.flatMap(\.allNames)
            + course.questions.map(\.prompt)
        texts += ["", " ", "The", "the Taliban", "A", "an apple pie", "U.S.", "1.5", "1. 5", ".5", "5.", "a.b",
                  "Hussein's", "R&D", "&", "tab\there", "cr\r\nlf", "\u{0}x", "MiXeD CaSe 42", "`quoted`",
                  "...", "the  the", "  the  end  ", "a-b_c/d", "[p1]"]
        var compared = 0
        for text in texts {
            guard let fast = AnswerText.normalizeASCII(text) else { continue }
            let general = AnswerText.normalizeGeneral(text)
            #expect(fast == general, "\(text.debugDescription)")
            compared += 1
        }
        #expect(compared > 40)
    }
}
