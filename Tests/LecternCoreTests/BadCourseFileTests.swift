import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// Course files built to hurt the loader rather than to break one rule of the format (those are in
/// `CourseValidationTests`): alias bombs, huge and deeply nested files, bytes that are not text. Each is refused
/// quickly, at its file and line, and nothing else about the course is lost.
@Suite(.timeLimit(.minutes(1)), .removingTemporaryFolders) struct BadCourseFileTests {
    static let quotes = "Quizzes/quotes.yaml"
    static let questions = "Quizzes/questions/01-a-common-enemy.yaml"

    private func problems(_ edits: CourseEdit...) throws -> [Diagnostic] {
        try CourseFixture.problems(editing: edits)
    }

    /// Runs `body` and fails if it took longer than `limit`.
    private func quickly<T>(_ limit: Duration = .seconds(10), _ body: () throws -> T) rethrows -> T {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try body()
        #expect(clock.now - start < limit, "took \(clock.now - start)")
        return result
    }

    /// Nine levels of nine: 9^9 (387 million) "lol"s once every alias is expanded.
    static let laughs = (1...8).map { level in
        let name = String(UnicodeScalar(UInt8(ascii: "a") + UInt8(level)))
        let previous = String(UnicodeScalar(UInt8(ascii: "a") + UInt8(level - 1)))
        return "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]"
    }.joined(separator: "\n")
    static let laughsHead = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + laughs + "\n"

    @Test func aBillionLaughsUsedAsAMappingKeyIsRefusedAtOnce() throws {
        // Before: Yams hashed the expanded key to look for duplicates and never finished.
        let found = try quickly {
            try problems(.write(Self.quotes, Self.laughsHead + "? *i\n: x\nquotes: []\n"))
        }
        #expect(found.map(\.description) == ["\(Self.quotes):1: YAML anchors and aliases (&name, *name) are not allowed in course files; write the value out"])
    }

    @Test func aBillionLaughsAsAValueIsRefusedAtOnce() throws {
        let found = try quickly { try problems(.write(Self.quotes, Self.laughsHead + "quotes: *i\n")) }
        #expect(found.count == 1)
        #expect(found.first?.message.contains("anchors and aliases") == true, "\(found)")
    }

    @Test func aSingleAliasInLessonFrontMatterIsReportedAtItsLineInTheFile() throws {
        let lesson = "Lessons/01-a-common-enemy.md"
        let found = try problems(
            .replace(lesson, "actors: [crocker, taliban, iran]", with: "actors: &who [crocker, taliban, iran]"))
        // The front matter starts on line 2 of the file; `actors:` is its sixth line. (The lesson is then missing,
        // so what only it cited is reported too.)
        #expect(found.contains { $0.location.description == "\(lesson):7" && $0.message.contains("anchors and aliases") }, "\(found)")
    }

    @Test func asterisksAndAmpersandsInsideTextAreNotMistakenForAliases() throws {
        let found = try problems(
            .replace(Self.questions, "explanation: Both countries opposed the Taliban.",
                     with: "explanation: \"*Both* countries & their *allies* opposed the Taliban.\""))
        #expect(found.isEmpty, "\(found)")
    }

    @Test func aFiveMegabyteYAMLFileIsRefusedWithoutBeingParsed() throws {
        let entry = "  - id: q{n}\n    text: we don't talk to evil\n    speaker: cheney\n    paragraph: p2\n"
        var text = "quotes:\n"
        var number = 0
        while text.utf8.count < 5 << 20 {
            text += entry.replacingOccurrences(of: "{n}", with: "\(number)")
            number += 1
        }
        let found = try quickly { try problems(.write(Self.quotes, text)) }
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.location.description == Self.quotes)
        #expect(found.first?.message.contains("at most 1048576 bytes") == true, "\(found)")
    }

    @Test func aFiveMegabyteLessonIsRefusedToo() throws {
        let lesson = "Lessons/01-a-common-enemy.md"
        let root = try CourseFixture.copy()
        let url = root.appendingPathComponent(lesson)
        var data = try Data(contentsOf: url)
        data.append(Data(repeating: UInt8(ascii: "x"), count: 5 << 20))
        try data.write(to: url)
        let found = quickly { CourseFixture.problems(loading: root) }
        #expect(found.contains { $0.location.description == lesson && $0.message.contains("bytes") }, "\(found)")
    }

    @Test(arguments: [100_000, 2_000])
    func deeplyNestedYAMLIsASyntaxErrorNotAStackOverflow(depth: Int) throws {
        let nested = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let found = try quickly { try problems(.write(Self.quotes, "quotes: \(nested)\n")) }
        #expect(found.first?.description.hasPrefix("\(Self.quotes):1: YAML syntax error") == true, "\(found)")
    }

    @Test func aCourseFileThatIsNotUTF8IsNamed() throws {
        let root = try CourseFixture.copy()
        try Data([0x71, 0x75, 0x6F, 0x74, 0x65, 0x73, 0x3A, 0x20, 0xFF, 0xFE, 0x0A]).write(to: root.appendingPathComponent(Self.quotes))
        do {
            _ = try CourseLoader.load(from: root)
            Issue.record("a course with a file that is not UTF-8 loaded")
        } catch {
            #expect(error.diagnostics.map(\.description) == ["\(Self.quotes): the file is not UTF-8 text"])
        }
    }

    @Test func anEmptyYAMLFileIsNamed() throws {
        let found = try problems(.write(Self.quotes, ""))
        #expect(found.map(\.description) == ["\(Self.quotes):1: the file is empty"], "\(found)")
    }

    @Test func aKeyWrittenTwiceIsAProblemNotACrash() throws {
        let found = try problems(.write(Self.quotes, "quotes: []\nquotes: []\n"))
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.location.file == Self.quotes)
    }

    @Test func aTabIndentedFileIsASyntaxErrorAtItsLine() throws {
        let found = try problems(.write(Self.quotes, "quotes:\n\t- id: x\n"))
        #expect(found.first?.description.hasPrefix("\(Self.quotes):2: YAML syntax error") == true, "\(found)")
    }
}
