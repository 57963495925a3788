import Foundation
import LecternTestSupport
import Testing

/// The built binary's exchange commands on a pipe: `questions --format anki|gift|moodle-xml` (exact bytes, to standard
/// output or `--output`), `import --from gift|moodle-xml` (a round trip through files, the questions it cannot map
/// listed, nothing overwritten) and `flags` for a learner and a class.
@Suite(.removingTemporaryFolders) struct ExchangeCommandsTests {
    private static let course = CourseFixture.minimal

    private static func export(_ format: String, course: URL = course, output: URL? = nil) throws -> ProcessOutcome {
        try EndToEnd.run(["questions", "--format", format, "--course", course.path] + (output.map { ["--output", $0.path] } ?? []))
    }

    @Test(arguments: ["anki", "gift", "moodle-xml"])
    func anExportIsTheSameBytesPipedAndWrittenToAFile(format: String) throws {
        let piped = try Self.export(format)
        #expect(piped.status == 0 && piped.standardError.isEmpty, "\(piped)")
        let file = try Fixtures.temporaryDirectory("lectern-export").appendingPathComponent("bank.\(format)")
        let written = try Self.export(format, output: file)
        #expect(written.status == 0, "\(written)")
        #expect(written.standardOutput.contains("questions written to \(file.path) (\(format), "), "\(written)")
        #expect(try String(contentsOf: file, encoding: .utf8) == piped.standardOutput)
    }

    @Test func theAnkiExportKeepsItsTabsOnAPipe() throws {
        // Display text turns a tab into spaces; an export on a pipe is data and keeps every byte.
        let anki = try Self.export("anki").standardOutput
        #expect(anki.hasPrefix("#separator:tab\n#html:true\n"), "\(anki.prefix(200))")
        let notes = anki.split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(!notes.isEmpty)
        #expect(notes.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 5 }, "\(notes.prefix(3))")
        let xml = try Self.export("moodle-xml").standardOutput
        #expect(xml.hasPrefix("<?xml") && xml.contains("<quiz>") && xml.contains("</quiz>"), "\(xml.prefix(200))")
    }

    @Test func outputIsRefusedForTheTextListing() throws {
        let refused = try EndToEnd.run(["questions", "--output", "/tmp/never-written.txt", "--course", Self.course.path])
        #expect(refused.status == 64, "\(refused)")
        #expect(ErrorLines.squeezed(refused.standardError).contains("--output writes json, anki, gift or moodle-xml"), "\(refused)")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never-written.txt"))
    }

    /// The GIFT block of every question of the course's first lesson file, by id (`::id::` and what follows).
    private static func blocks(_ gift: String, ids: [String]) -> [String: String] {
        let parts = gift.components(separatedBy: "\n\n")
        var found: [String: String] = [:]
        for id in ids {
            found[id] = parts.first { $0.contains("::\(id)::") }
        }
        return found
    }

    @Test(arguments: ["gift", "moodle-xml"])
    func aLessonExportedAndImportedComesBackTheSame(format: String) throws {
        let questionFile = "Quizzes/questions/01-a-common-enemy.yaml"
        let yaml = try String(contentsOf: Self.course.appendingPathComponent(questionFile), encoding: .utf8)
        let ids = yaml.matches(of: #/\n  - id: ([a-z0-9-]+)/#).map { String($0.output.1) }
        #expect(ids.count == 8)
        let folder = try Fixtures.temporaryDirectory("lectern-exchange")
        let exported = folder.appendingPathComponent("bank.\(format)")
        #expect(try Self.export(format, output: exported).status == 0)

        // The same course without the lesson's questions takes them back.
        let target = try CourseFixture.minimal(editing: .remove(questionFile))
        let imported = try EndToEnd.run(
            ["import", "--from", format, exported.path, "--lesson", "a-common-enemy", "--course", target.path])
        #expect(imported.status == 0, "\(imported)")
        let written = target.appendingPathComponent("Quizzes/questions/a-common-enemy.yaml")
        // Every question of the lesson, and generated ones whose prompt the course does not make itself.
        let count = try #require(imported.standardOutput.firstMatch(of: #/^(\d+) questions imported into lesson a-common-enemy: /#))
        #expect((Int(count.output.1) ?? 0) >= ids.count, "\(imported)")
        #expect(imported.standardOutput.contains(": \(written.path)\n"), "\(imported)")
        // The other lesson's questions and the generated ones are in the course already: listed, not dropped.
        #expect(imported.standardOutput.contains("Not imported ("), "\(imported)")
        #expect(imported.standardOutput.contains("repeat"), "\(imported)")
        let check = try EndToEnd.run(["check", target.path])
        #expect(check.status == 0, "\(check)")

        let again = try Self.export("gift", course: target).standardOutput
        let before = Self.blocks(try Self.export("gift").standardOutput, ids: ids)
        let after = Self.blocks(again, ids: ids)
        #expect(before.count == ids.count)
        for id in ids { #expect(after[id] == before[id], "\(id)") }

        // A second import does not replace the file; --force does.
        let twice = try EndToEnd.run(["import", "--from", format, exported.path, "--lesson", "1", "--course", target.path])
        #expect(twice.status == 1 && ErrorLines.squeezed(twice.standardError).contains("is there already; give --force"), "\(twice)")
        let forced = try EndToEnd.run(
            ["import", "--from", format, exported.path, "--lesson", "1", "--force", "--course", target.path])
        #expect(forced.status == 0, "\(forced)")
    }

    @Test func aGIFTQuestionThatCannotBeMappedIsListedWithItsReason() throws {
        let folder = try Fixtures.temporaryDirectory("lectern-exchange")
        let gift = folder.appendingPathComponent("bank.gift")
        try """
            ::\u{1B}]0;pwned\u{7}essay:: Write about Iran and the United States. {}

            ::first-call-again:: How did the two presidents first speak in 2013? {=By phone ~By letter ~Face to face}

            """.write(to: gift, atomically: true, encoding: .utf8)
        let target = try CourseFixture.minimal()
        let imported = try EndToEnd.run(
            ["import", "--from", "gift", gift.path, "--lesson", "the-thaw", "--paragraph", "p2", "--course", target.path])
        #expect(imported.status == 0, "\(imported)")
        #expect(imported.standardOutput.contains("1 question imported into lesson the-thaw"), "\(imported)")
        let listed = try #require(imported.standardOutput.split(separator: "\n").first { $0.contains("question 1 (") })
        #expect(listed.contains("essay"), "\(listed)")
        #expect(!imported.standardOutput.contains("\u{1B}") && !imported.standardOutput.contains("\u{7}"), "\(imported)")
        let file = try String(
            contentsOf: target.appendingPathComponent("Quizzes/questions/the-thaw.yaml"), encoding: .utf8)
        #expect(file.contains("first-call-again") && file.contains("paragraphs: [\"p2\"]"), "\(file)")
        #expect(imported.standardOutput.hasSuffix("Check the course with: lectern check \(target.path)\n"), "\(imported)")
        #expect(try EndToEnd.run(["check", target.path]).status == 0)
    }

    @Test func aFileWithNothingToImportEndsWith65AndWritesNothing() throws {
        let folder = try Fixtures.temporaryDirectory("lectern-exchange")
        let gift = folder.appendingPathComponent("essays.gift")
        try "::essay:: Write about Iran. {}\n".write(to: gift, atomically: true, encoding: .utf8)
        let target = try CourseFixture.minimal()
        let refused = try EndToEnd.run(["import", "--from", "gift", gift.path, "--lesson", "the-thaw", "--course", target.path])
        #expect(refused.status == 65, "\(refused)")
        #expect(ErrorLines.squeezed(refused.standardError).contains("question 1 (essay): "), "\(refused)")
        #expect(ErrorLines.squeezed(refused.standardError).contains("error: nothing in \(gift.path) could be imported"), "\(refused)")
        #expect(!FileManager.default.fileExists(atPath: target.appendingPathComponent("Quizzes/questions/the-thaw.yaml").path))

        let xml = folder.appendingPathComponent("not.xml")
        try "<quiz><question".write(to: xml, atomically: true, encoding: .utf8)
        let broken = try EndToEnd.run(["import", "--from", "moodle-xml", xml.path, "--course", target.path])
        #expect(broken.status == 65 && ErrorLines.squeezed(broken.standardError).contains("not well-formed XML"), "\(broken)")
        let device = try EndToEnd.run(["import", "--from", "gift", "/dev/zero", "--course", target.path])
        #expect(device.status == 1 && ErrorLines.squeezed(device.standardError).contains("the file is not a regular file"), "\(device)")
    }

    @Test func flagsAreListedForALearnerAndForAClass() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-flags")
        let place = ["--course", Self.course.path, "--progress-dir", progress.path]
        for (learner, note) in [("ada", "the options look odd"), ("bob", "two answers seem right")] {
            let quiz = try EndToEnd.run(
                ["quiz", "1", "--kind", "choice", "--count", "2", "--seed", "1", "--learner", learner] + place,
                input: "flag \(note)\n1\n1\n")
            #expect(quiz.status == 0, "\(quiz)")
        }
        let log = try String(contentsOf: ProgressPlaces.learnerFolder(progress, "ada", course: CourseFixture.minimal).appendingPathComponent("review-log.jsonl"), encoding: .utf8)
        let flagRecord = try #require(log.split(separator: "\n").first { $0.contains("the options look odd") })
        let id = try #require(flagRecord.firstMatch(of: #/"questionID":"([^"]+)"/#)).output.1

        let ada = try EndToEnd.run(["flags", "--learner", "ada"] + place)
        #expect(ada.status == 0, "\(ada)")
        let lines = ada.standardOutput.split(separator: "\n")
        #expect(lines.first == "1 flag from 1 learner:", "\(ada)")
        let line = try #require(lines.last)
        #expect(line.contains("  ada  \(id)  Quizzes/questions/01-a-common-enemy.yaml:"), "\(line)")
        #expect(line.hasSuffix(": the options look odd"), "\(line)")
        #expect(line.firstMatch(of: #/^\d{4}-\d{2}-\d{2}  /#) != nil, "\(line)")

        let klass = try EndToEnd.run(["flags", "--class", progress.path, "--course", Self.course.path])
        #expect(klass.status == 0, "\(klass)")
        #expect(klass.standardOutput.hasPrefix("2 flags from 2 learners:\n"), "\(klass)")
        #expect(klass.standardOutput.contains("  ada  ") && klass.standardOutput.contains(": the options look odd"), "\(klass)")
        #expect(klass.standardOutput.contains("  bob  ") && klass.standardOutput.contains(": two answers seem right"), "\(klass)")

        let none = try EndToEnd.run(["flags", "--learner", "cy"] + place)
        #expect(none.status == 0 && none.standardOutput == "No flags.\n", "\(none)")
    }
}
