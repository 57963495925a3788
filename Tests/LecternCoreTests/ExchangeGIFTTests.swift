import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// GIFT as Moodle writes and reads it: escapes, titles, comments with id numbers and tags, and a hand-written bank.
@Suite(.removingTemporaryFolders) struct ExchangeGIFTTests {
    @Test func specialCharactersAreEscapedAndTheTitleIsTheID() throws {
        let gift = GIFTExporter.export(ExchangeFixtures.edgeCases)
        let block = try #require(gift.components(separatedBy: "\n\n").first)
        #expect(block.contains(##"::specials-choice::Which \~ \= \# \{ \} \: \\ of these"##))
        #expect(block.contains("\t=\\{g\\}\n"))
        #expect(block.contains("####Because \\{braces\\} & <angles> \\= \\# \\~ \\: \\\\ too.\\n\\nEvidence\\: the text"))
        #expect(block.hasPrefix("// [id:specials-choice] [tag:lectern::kind::choice] [tag:lectern::lesson::edge]"))
        #expect(block.contains("[tag:lectern::paragraph::p1] [tag:lectern::paragraph::p3]"))
        // Outside escapes, a block has exactly one opening and one closing brace: Moodle's reader takes the first
        // of each.
        for block in gift.components(separatedBy: "\n\n") {
            let text = block.components(separatedBy: "\n").filter { !$0.hasPrefix("//") }.joined(separator: "\n")
            let unescaped = text.replacingOccurrences(of: #"\\"#, with: "").replacingOccurrences(of: #"\{"#, with: "")
                .replacingOccurrences(of: #"\}"#, with: "")
            #expect(unescaped.filter { $0 == "{" }.count == 1, "\(block)")
            #expect(unescaped.filter { $0 == "}" }.count == 1, "\(block)")
        }
    }

    @Test func eachKindIsWrittenInGIFTSyntax() {
        let gift = GIFTExporter.export(ExchangeFixtures.edgeCases)
        #expect(gift.contains("{\n\t~%33.33333%one\n\t~%-33.33333%two\n"))
        #expect(gift.contains("::number-tolerance-unit::How far is it?{#2000:2.5####"))
        #expect(gift.contains("// lectern unit: km²\n"))
        #expect(gift.contains("::number-negative::Which temperature?{#-3.25:0####"))
        #expect(gift.contains("::truefalse-false::Is 3 < 2 & 5 > 4?{FALSE####"))
        #expect(gift.contains("\t=a \\# 1 -> x \\~ y\n"))
        #expect(gift.contains("{>4 ALL\nfirst \\# one\nsecond \\~ two\n"))
        #expect(gift.contains("::cloze-end::Complete it.\\nIt ends with {=the gap####One line of why.}\n"))
    }

    @Test func aBankWrittenByHandImportsAndWhatDoesNotMapIsListed() throws {
        let gift = """
            // A teacher's bank, in the forms Moodle's documentation shows.
            $CATEGORY: $course$/Iraq

            ::Tomb::Who's buried in Grant's tomb?{~Grant ~Jefferson =no one#Right!}

            Grant is {~buried =entombed ~living} in Grant's tomb.

            ::TF::Grant is buried in Grant's tomb.{FALSE####He is entombed.}

            ::Tomb::Who's buried in Grant's tomb?{=no one =nobody}

            ::Born::When was Ulysses S. Grant born?{#1822:5}

            ::Range::What is a number from 1 to 5? {#1..5}

            ::Capitals::Match the following countries with their capitals. {
               =Canada -> Ottawa
               =Italy  -> Rome
               =Japan  -> Tokyo
            }

            ::Essay::Write about Grant.{}

            A description without any answer.

            ::Partial::Which are primes?{~%50%2 ~%50%3 ~%-100%4}

            ::Weights::Which colour?{=%50%red =%100%blue}
            """
        let imported = GIFTImporter.importing(gift, options: ImportOptions(lessonID: "grant", paragraphIDs: ["p2"]))
        let byID = Dictionary(imported.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(imported.questions.map(\.id) == [
            "tomb", "grant-is-in-grant-s-tomb", "tf", "tomb-2", "born", "range", "capitals", "partial", "weights",
        ])
        #expect(byID["tomb"]?.body == .choice(options: ["Grant", "Jefferson", "no one"], answer: 2))
        #expect(byID["grant-is-in-grant-s-tomb"]?.prompt == "Grant is _____ in Grant's tomb.")
        #expect(byID["grant-is-in-grant-s-tomb"]?.body == .choice(options: ["buried", "entombed", "living"], answer: 1))
        #expect(byID["tf"]?.body == .trueFalse(answer: false))
        #expect(byID["tf"]?.explanation == "He is entombed.")
        #expect(byID["tomb-2"]?.body == .typed(answer: "no one", accepted: ["nobody"]))
        #expect(byID["born"]?.body == .number(answer: 1822, tolerance: 5, unit: nil))
        #expect(byID["range"]?.body == .number(answer: 3, tolerance: 2, unit: nil))
        #expect(byID["capitals"]?.body == .match(pairs: [
            MatchPair(left: "Canada", right: "Ottawa"), MatchPair(left: "Italy", right: "Rome"),
            MatchPair(left: "Japan", right: "Tokyo"),
        ]))
        #expect(byID["partial"]?.body == .multi(options: ["2", "3", "4"], answers: [0, 1]))
        #expect(byID["weights"]?.body == .typed(answer: "blue", accepted: []))
        #expect(imported.questions.allSatisfy { $0.paragraphIDs == ["p2"] && $0.lessonID == "grant" })
        #expect(imported.skipped.map(\.description) == [
            "question 8 (Essay): an essay question (no answer to grade) has no Lectern form",
            "question 9 (A description without any answer.): a description (no answers), not a question",
        ])
        let notes = imported.notes.map(\.description)
        #expect(notes.contains("tomb: feedback on single options is not kept"))
        #expect(notes.contains("weights: answer 'red' with 50% credit is not kept"))
        #expect(notes.contains("born: no feedback in the file: the explanation was written by the import; reword it"))
    }

    @Test func aQuestionWithoutParagraphsOrThatTheCourseRefusesIsListedWithTheReason() throws {
        let course = try BundledCourse.course()
        let existing = try #require(course.questions.first)
        let gift = """
            ::Fine::In which year did Lectern's test course say this happened?{#1999:1####Because.}

            ::Again::\(GIFTExporter.escape(existing.prompt)){TRUE####A repeat.}

            // [tag:lectern::paragraph::p99]
            ::Nowhere::Is this anywhere?{TRUE####No.}
            """
        let withoutParagraphs = GIFTImporter.importing(gift, options: ImportOptions(lessonID: "a-common-enemy"))
        #expect(withoutParagraphs.questions.map(\.id) == ["nowhere"])
        #expect(withoutParagraphs.skipped.map(\.reason).allSatisfy { $0.contains("cites no paragraph") })
        let lesson = try #require(existing.lessonID)
        let checked = GIFTImporter.importing(
            gift, options: ImportOptions(lessonID: lesson, paragraphIDs: ["p1"], course: course))
        #expect(checked.questions.map(\.id) == ["fine"])
        #expect(checked.skipped.map(\.position) == [2, 3])
        #expect(checked.skipped.first?.reason.contains("prompt repeats question \(existing.id)") == true)
        #expect(checked.skipped.last?.reason.contains("p99") == true)
        #expect(!checked.fileText.contains("Nowhere") && !checked.fileText.contains("\"again\""))
    }
}
