import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// The Anki text export: its header lines and notes, and a real Anki collection importing it (with the `anki`
/// package from PyPI, through `Tools/exchange/anki_import.py`).
@Suite(.removingTemporaryFolders) struct ExchangeAnkiTests {
    /// Whether `python3` can import the `anki` package; the import test is skipped, with the reason, when not.
    static let ankiIsInstalled: Bool = {
        let outcome = try? BuiltBinary.run(
            URL(fileURLWithPath: "/usr/bin/env"), arguments: ["python3", "-c", "import anki"],
            environment: Fixtures.childEnvironment, timeout: .seconds(60))
        return outcome?.status == 0
    }()

    @Test func theHeaderNamesSeparatorHTMLNoteTypeDeckGUIDAndTagColumns() throws {
        let course = try BundledCourse.course()
        let text = AnkiExporter.export(course: course, deck: "Iraq\tcourse")
        let lines = text.components(separatedBy: "\n").dropLast()
        let header = lines.prefix { $0.hasPrefix("#") }
        #expect(Array(header) == [
            "#separator:tab", "#html:true", "#notetype column:1", "#guid column:2", "#tags column:5",
            "#deck:Iraq course", "#columns:Note type\tGUID\tFront\tBack\tTags",
        ])
        let notes = lines.dropFirst(header.count)
        let bank = QuestionBank(course: course).questions
        try #require(notes.count == bank.count)
        for (question, note) in zip(bank, notes) {
            let columns = note.components(separatedBy: "\t")
            try #require(columns.count == 5, "\(question.id)")
            #expect(columns[0] == (question.kind == .cloze ? "Cloze" : "Basic"))
            #expect(columns[1] == "lectern/" + question.id)
            let tags = columns[4].components(separatedBy: " ")
            if let level = question.level { #expect(tags.contains("lectern::level::\(level.rawValue)")) }
            for paragraph in question.paragraphIDs { #expect(tags.contains("lectern::paragraph::\(paragraph)")) }
            if let lesson = question.lessonID { #expect(tags.contains("lectern::lesson::\(lesson)")) }
            if case .cloze(_, let answer, _, _) = question.body {
                #expect(columns[2].contains("{{c1::"), "\(question.id)")
                #expect(columns[2].components(separatedBy: "{{c").count == 2, "one gap only")
                #expect(!answer.contains(":") || !columns[2].contains("::" + answer))
            }
        }
    }

    @Test func optionsAreShownInAlphabeticalOrderAndClozeSyntaxInTextCannotOpenAnotherGap() throws {
        let text = AnkiExporter.export(ExchangeFixtures.edgeCases)
        let notes = text.components(separatedBy: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }
            .map { $0.components(separatedBy: "\t") }
        let cloze = try #require(notes.first { $0[1] == "lectern/cloze-specials" })
        #expect(cloze[2] == "Complete the sentence.<br>The value &#123;x&#125; is {{c1::a&#125;b~c#d\\e&#58;&#58;f}}"
            + " &amp; &lt;so&gt; on.")
        #expect(cloze[3].hasPrefix("Also accepted: ab::cd; x=y<br><br>The gap holds braces }} and colons ::."))
        let multi = try #require(notes.first { $0[1] == "lectern/multi-partial" })
        #expect(multi[2].hasSuffix("<ul><li>five</li><li>four</li><li>one</li><li>six</li><li>three</li><li>two</li></ul>"))
        #expect(multi[3].hasPrefix("<ul><li>one</li><li>three</li><li>six</li></ul>"))
        let number = try #require(notes.first { $0[1] == "lectern/number-tolerance-unit" })
        #expect(number[3].hasPrefix("2000 km² (± 2.5)<br><br>One line of why."))
        let choice = try #require(notes.first { $0[1] == "lectern/specials-choice" })
        #expect(choice[3].contains("<i>“the text &quot;quoted&quot; &amp; {so}”</i>"))
        #expect(choice[3].hasSuffix("<small>Paragraphs: p1, p3</small>"))
    }

    @Test(.enabled(if: ExchangeAnkiTests.ankiIsInstalled, "python3 cannot import the anki package (pip install anki)"))
    func aRealAnkiCollectionImportsEveryNoteWithoutQuestionsAsked() throws {
        let course = try BundledCourse.course()
        let bank = QuestionBank(course: course).questions
        let folder = try Fixtures.temporaryDirectory("lectern-anki")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("lectern.txt")
        try AnkiExporter.export(course: course, deck: "Lectern").write(to: file, atomically: true, encoding: .utf8)
        let script = Fixtures.packageRoot.appendingPathComponent("Tools/exchange/anki_import.py")
        let outcome = try BuiltBinary.run(
            URL(fileURLWithPath: "/usr/bin/env"), arguments: ["python3", script.path, file.path],
            environment: Fixtures.childEnvironment, timeout: .seconds(300))
        try #require(outcome.status == 0, "\(outcome)")
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        let clozes = bank.filter { $0.kind == .cloze }.count
        #expect(report["notes"] as? Int == bank.count)
        #expect(report["byNoteType"] as? [String: Int] == ["Basic": bank.count - clozes, "Cloze": clozes].filter { $0.value > 0 })
        #expect(report["clozeCards"] as? Int == clozes)
        #expect(report["guids"] as? [String] == bank.map { "lectern/" + $0.id }.sorted())
        #expect(report["tagged"] as? Int == bank.filter { !$0.paragraphIDs.isEmpty }.count)
        #expect((report["decks"] as? [String])?.contains("Lectern") == true)
        let log = try #require(report["importLog"] as? [String: Int])
        #expect(log["new"] == bank.count)
        for problem in ["duplicate", "conflicting", "firstFieldMatch", "missingNotetype", "missingDeck", "emptyFirstField"] {
            #expect(log[problem] == 0, "\(problem)")
        }
    }
}
