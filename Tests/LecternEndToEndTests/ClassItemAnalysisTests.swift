import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import LecternCore
import LecternTestSupport
import Testing

/// `lectern report --class DIR` through the built binary shows the item analysis of the numpy fixture class
/// (`Tools/item-analysis/make_class.py`) in every format, with numpy's figures, and the text fits its width.
@Suite(.removingTemporaryFolders) struct ClassItemAnalysisTests {

    /// The fixture's logs replayed into learner folders with snapshots, as learners' own sessions leave them.
    private func classFolder() throws -> URL { try ItemAnalysisFixture.replayedClass() }

    private func report(_ folder: URL, _ extra: [String]) throws -> String {
        let run = try EndToEnd.run(
            ["report", "--class", folder.path, "--course", ItemAnalysisFixture.courseRoot.path, "--now", "2025-03-20"] + extra)
        #expect(run.status == 0, "\(run)")
        return run.standardOutput
    }

    private func expectedForm42() throws -> [String: Any] {
        let data = try Data(contentsOf: ItemAnalysisFixture.folder.appendingPathComponent("expected.json"))
        let expected = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return (expected?["forms"] as? [[String: Any]])?.first { $0["id"] as? String == "42" } ?? [:]
    }

    @Test func theTextShowsTheQuestionsToFixFirstAndFitsEveryWidth() throws {
        let folder = try classFolder()
        for width in [40, 64, 100] {
            let text = try report(folder, ["--width", "\(width)"])
            let analysis = try #require(text.range(of: "Item analysis"), "\(text)")
            let tail = String(text[analysis.lowerBound...])
            #expect(tail.contains("Questions to fix"))
            #expect(tail.contains("long-silence"))
            // A file:line longer than the narrowest line is broken; from 64 columns it is whole.
            if width >= 64 { #expect(tail.contains("Quizzes/questions/01-a-common-enemy.yaml:38")) }
            #expect(tail.contains("2 open flags"))
            #expect(tail.replacingOccurrences(of: "\n", with: " ").contains("alpha 0.76"))
            for line in text.components(separatedBy: "\n") {
                #expect(DisplayWidth.of(line) <= width, "\(width) columns: \(line)")
            }
        }
        let wide = try report(folder, ["--width", "100"])
        #expect(wide.contains("5 learners answered Ryan Crocker for Dick Cheney"))
        #expect(wide.contains("answered 2012 for 2013"))
        #expect(wide.contains("l12: not started"))
        #expect(wide.range(of: "Questions to fix")!.lowerBound < wide.range(of: "Other questions")!.lowerBound)
    }

    @Test func jsonAndCSVCarryNumpysFiguresToOneBillionth() throws {
        let folder = try classFolder()
        let expected = try expectedForm42()
        let json = try report(folder, ["--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let items = try #require(object?["itemAnalysis"] as? [String: Any])
        let form = try #require((items["forms"] as? [[String: Any]])?.first { $0["id"] as? String == "42" })
        for key in ["alpha", "standardError", "mean", "standardDeviation"] {
            let value = try #require(form[key] as? Double, "\(key)")
            #expect(abs(value - (expected[key] as? Double ?? .nan)) < 1e-9, "\(key)")
        }
        let questions = try #require(items["questions"] as? [[String: Any]])
        #expect(questions.first?["id"] as? String == "long-silence")

        let csv = try report(folder, ["--format", "csv"])
        let sections = csv.components(separatedBy: "\r\n\r\n")
        let forms = try #require(sections.first { $0.hasPrefix("form,") })
        let row = try #require(forms.components(separatedBy: "\r\n").first { $0.hasPrefix("42,") })
        let cells = row.components(separatedBy: ",")
        #expect(abs((Double(cells[6]) ?? .nan) - (expected["alpha"] as? Double ?? 0)) < 1e-9, "\(row)")
        #expect(sections.contains { $0.hasPrefix("item_question,source,") })
        #expect(sections.contains { $0.hasPrefix("option_question,") && $0.contains("who-spoke,Barack Obama,true,10") })
        #expect(sections.contains { $0.hasPrefix("named_question,") && $0.contains("who-talk-to-evil,Ryan Crocker,Dick Cheney,5") })
        #expect(sections.contains { $0.hasPrefix("flag_question,") && $0.contains("l07") })
        #expect(sections.contains { $0.hasPrefix("paragraph,") && $0.contains("p1,2,20,0.75") })
    }

    @Test func markdownAndHTMLShowEverySection() throws {
        let folder = try classFolder()
        let markdown = try report(folder, ["--format", "markdown"])
        for heading in ["## Item analysis", "### Options picked", "### Named instead", "### Flags", "### Paragraphs", "### Exam forms"] {
            #expect(markdown.contains(heading + "\n"), "\(heading)")
        }
        #expect(markdown.contains("| `long-silence` | Quizzes/questions/01-a-common-enemy.yaml:38 |"))
        #expect(markdown.contains("| 42 | 7 | 6 | 1 | 2.50 | 1.97 | 0.76 | 0.97 | 1 0 3 1 0 0 1 0 |"))
        let html = try report(folder, ["--format", "html"])
        for text in ["<h2>Item analysis</h2>", "<h3>Options picked</h3>", "<h3>Named instead</h3>", "<h3>Flags</h3>",
                     "<h3>Exam forms</h3>", "id=\"paragraph-facility-title\"", "<td>Ryan Crocker</td>"] {
            #expect(html.contains(text), "\(text)")
        }
        let parser = XMLParser(data: Data(html.utf8))
        #expect(parser.parse(), "well-formed: \(String(describing: parser.parserError))")
    }

    @Test func flagsListsEveryFlagOfTheClassWithWhereTheQuestionIsWritten() throws {
        let folder = try classFolder()
        let run = try EndToEnd.run(["flags", "--class", folder.path, "--course", ItemAnalysisFixture.courseRoot.path])
        #expect(run.status == 0, "\(run)")
        let lines = run.standardOutput.components(separatedBy: "\n").filter { !$0.isEmpty }
        #expect(lines.first == "2 flags from 2 learners:")
        #expect(lines.dropFirst().map { $0 } == [
            "2025-03-03  l02  long-silence  Quizzes/questions/01-a-common-enemy.yaml:38  p3: the answer is given away (l02)",
            "2025-03-03  l07  long-silence  Quizzes/questions/01-a-common-enemy.yaml:38  p3: the answer is given away (l07)",
        ])
        #expect(!run.standardOutput.contains("not read"), "the learner just added is read, not left out")
    }
}
