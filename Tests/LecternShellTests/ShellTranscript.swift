import Foundation
import LecternCore
import LecternShell
import LecternTestSupport
import Testing

/// One run of the shell over a script: what it wrote to standard output and standard error, split by the line
/// that was being answered.
struct ShellTranscript {
    let output: RecordingOutput
    let errors: RecordingOutput
    let script: ScriptedLineReader
    private let reads: [(input: LineInput, output: Int, errors: Int)]

    /// The minimal fixture course.
    static func minimalCourse() throws -> Course {
        try CourseLoader.load(from: CourseFixture.minimal)
    }

    /// Runs a main-screen shell over `lines`, then `ending` (end of input unless the script quits by itself).
    static func run(
        _ lines: [String], ending: [LineInput] = [.endOfInput], course: Course? = nil, style: Style = Style(usesColor: false),
        width: Int = 80, progress: InMemoryProgress = InMemoryProgress(), seed: UInt64? = nil,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> ShellTranscript {
        try run(
            inputs: lines.map(LineInput.line) + ending, course: course, style: style, width: width, progress: progress,
            seed: seed, sourceLocation: sourceLocation)
    }

    /// Runs a main-screen shell over `inputs`; every input must be read, and no more.
    static func run(
        inputs: [LineInput], course: Course? = nil, style: Style = Style(usesColor: false), width: Int = 80,
        progress: InMemoryProgress = InMemoryProgress(), seed: UInt64? = nil,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> ShellTranscript {
        let course = try course ?? minimalCourse()
        let output = RecordingOutput()
        let errors = RecordingOutput()
        let script = ScriptedLineReader(inputs, sourceLocation: sourceLocation)
        let reader = MarkingReader(script: script, output: output, errors: errors)
        let environment = ShellEnvironment(
            course: course, style: style, width: { width }, now: { Date(timeIntervalSince1970: 1_700_000_000) },
            progress: progress, newSeed: { seed ?? UInt64.random(in: 0...UInt64.max) })
        var shell = Shell(root: MainScreen(), environment: environment, reader: reader, output: output, errors: errors)
        shell.run()
        #expect(script.isFinished, "the shell stopped before reading the whole script", sourceLocation: sourceLocation)
        return ShellTranscript(output: output, errors: errors, script: script, reads: reader.marks)
    }

    /// Standard output before the first line was read.
    var greeting: String {
        Self.withoutSeparator(String(decoding: Array(output.text.utf8).prefix(reads.first?.output ?? Int.max), as: UTF8.self))
    }

    /// What the shell printed after reading the `occurrence`th (0-based) `line`, up to the next read.
    func reply(to line: String, occurrence: Int = 0) -> String {
        slice(of: output.text, at: index(of: .line(line), occurrence)) { $0.output }
    }

    /// What the shell wrote to standard error after reading the `occurrence`th `line`, up to the next read.
    func error(after line: String, occurrence: Int = 0) -> String {
        slice(of: errors.text, at: index(of: .line(line), occurrence)) { $0.errors }
    }

    /// What the shell printed after reading `input`.
    func reply(to input: LineInput) -> String {
        slice(of: output.text, at: index(of: input, 0)) { $0.output }
    }

    /// What the shell wrote to standard error after reading `input`.
    func error(after input: LineInput) -> String {
        slice(of: errors.text, at: index(of: input, 0)) { $0.errors }
    }

    /// The prompt shown for the `occurrence`th read of `line`, and the prompt shown after it.
    func prompt(after line: String, occurrence: Int = 0) -> String? {
        guard let read = index(of: .line(line), occurrence), script.prompts.indices.contains(read + 1) else { return nil }
        return script.prompts[read + 1]
    }

    private func index(of input: LineInput, _ occurrence: Int) -> Int? {
        let matching = reads.indices.filter { reads[$0].input == input }
        return matching.indices.contains(occurrence) ? matching[occurrence] : nil
    }

    private func slice(of text: String, at read: Int?, _ mark: ((input: LineInput, output: Int, errors: Int)) -> Int) -> String {
        guard let read else {
            Issue.record("that line was never read")
            return ""
        }
        let bytes = Array(text.utf8)
        let end = reads.indices.contains(read + 1) ? mark(reads[read + 1]) : bytes.count
        return Self.withoutSeparator(String(decoding: bytes[mark(reads[read])..<end], as: UTF8.self))
    }

    /// The shell ends each reply with a blank line to set it apart from the next prompt; tests compare the reply.
    static func withoutSeparator(_ text: String) -> String {
        text.hasSuffix("\n\n") ? String(text.dropLast()) : text
    }
}

/// Notes how much output there was (in UTF-8 bytes) each time a line is read, so replies can be told apart.
private final class MarkingReader: LineReader {
    let script: ScriptedLineReader
    let output: RecordingOutput
    let errors: RecordingOutput
    var marks: [(input: LineInput, output: Int, errors: Int)] = []

    init(script: ScriptedLineReader, output: RecordingOutput, errors: RecordingOutput) {
        self.script = script
        self.output = output
        self.errors = errors
    }

    func readLine(prompt: String, purpose: LinePurpose) -> LineInput {
        let input = script.readLine(prompt: prompt, purpose: purpose)
        marks.append((input, output.text.utf8.count, errors.text.utf8.count))
        return input
    }
}
