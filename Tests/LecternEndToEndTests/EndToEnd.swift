import Foundation
import LecternTestSupport
import Testing

/// What the end-to-end tests share: running the built `lectern` on a learner of their own, and reading what it left.
enum EndToEnd {
    /// The environment every run gets: the tests' own, without the variables that would choose a course, a progress
    /// folder or a learner behind the test's back, and without colour.
    static var environment: [String: String] {
        var variables = Fixtures.childEnvironment
        for name in ["LECTERN_COURSE", "LECTERN_PROGRESS_DIR", "LECTERN_LEARNER", "TMUX"] { variables[name] = nil }
        variables["NO_COLOR"] = "1"
        return variables
    }

    /// The bundled course (the package root).
    static var bundledCourse: URL { Fixtures.packageRoot }

    /// Runs `lectern` with `arguments` and `input` on its standard input.
    static func run(
        _ arguments: [String], input: String = "", environment: [String: String] = environment,
        timeout: Duration = .seconds(60)
    ) throws -> ProcessOutcome {
        try run(arguments, input: Data(input.utf8), environment: environment, timeout: timeout)
    }

    /// Runs `lectern` with `arguments` and raw `input` bytes on its standard input.
    static func run(
        _ arguments: [String], input: Data, environment: [String: String] = environment,
        timeout: Duration = .seconds(60)
    ) throws -> ProcessOutcome {
        try BuiltBinary.run(
            try BuiltBinary.lectern(), arguments: arguments, standardInput: input, environment: environment,
            timeout: timeout)
    }

    /// Starts `lectern` with `arguments`, its input a pipe the test writes to.
    static func start(_ arguments: [String]) throws -> RunningProcess {
        try RunningProcess(try BuiltBinary.lectern(), arguments: arguments, environment: environment)
    }

    /// `--course … --progress-dir … --learner …`.
    static func place(course: URL = bundledCourse, progress: URL, learner: String) -> [String] {
        ["--course", course.path, "--progress-dir", progress.path, "--learner", learner]
    }

    /// The quiz summary's time ("time 0s", "time 1m 3s") with the figure replaced, so two runs compare equal.
    static func withoutTimings(_ text: String) -> String {
        text.replacingOccurrences(of: #"time \d+(m \d+)?s"#, with: "time Ns", options: .regularExpression)
    }

    /// The last line of a captured screen that has text on it.
    static func lastLine(of screen: String) -> String {
        screen.components(separatedBy: "\n").last { !$0.isEmpty } ?? ""
    }

    /// How many "✓ Correct" / "✗ Not right" / partial / skipped verdicts `text` holds: answers shown as graded.
    static func acknowledgements(in text: String) -> Int {
        text.components(separatedBy: "\n").filter { line in
            ["✓ Correct", "✗ Not right", "◐ Partly right", "→ Skipped"].contains { line.hasPrefix($0) }
        }.count
    }
}

/// A learner's review log as the files hold it, read independently of Lectern's own reader.
struct LogContents {
    /// Complete lines (ending in a newline) that parse as a JSON object.
    var records: [[String: Any]] = []
    /// Bytes after the last newline: a line cut short, or nothing.
    var unfinishedTail = Data()
    /// Complete lines that are not a JSON object.
    var unreadableLines: [String] = []

    /// The `"type":"review"` records: one per answer graded or skipped.
    var reviewCount: Int { records.filter { $0["type"] as? String == "review" }.count }

    /// Reads `review-log.jsonl` in `folder`; a missing log is empty.
    init(folder: URL) throws {
        let url = folder.appendingPathComponent("review-log.jsonl")
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        let data = try Data(contentsOf: url)
        var lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        unfinishedTail = Data(lines.removeLast())
        for line in lines {
            if let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] {
                records.append(object)
            } else {
                unreadableLines.append(String(decoding: line, as: UTF8.self))
            }
        }
    }
}

/// The question bank as `lectern questions --format json` prints it, read with no help from Lectern's types.
struct PrintedQuestionBank {
    /// One question: its id, kind, prompt, options (choice kinds) and answers.
    struct Entry {
        let id: String
        let kind: String
        let prompt: String
        let options: [String]
        let answers: [String]
    }

    let entries: [Entry]

    /// Runs `lectern questions --format json` on `course` and reads its output.
    init(course: URL = EndToEnd.bundledCourse) throws {
        let outcome = try EndToEnd.run(["questions", "--format", "json", "--course", course.path])
        try #require(outcome.status == 0, "\(outcome)")
        let object = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8))
        let questions = try #require((object as? [String: Any])?["questions"] as? [[String: Any]], "no questions array")
        entries = questions.map { question in
            Entry(
                id: question["id"] as? String ?? "", kind: question["kind"] as? String ?? "",
                prompt: question["prompt"] as? String ?? "", options: question["options"] as? [String] ?? [],
                answers: question["answers"] as? [String] ?? [])
        }
    }

    /// The multiple-choice question with this prompt and these options (in any order).
    func choice(prompt: String, options: [String]) -> Entry? {
        entries.first { entry in
            entry.kind == "choice" && Self.squeezed(entry.prompt) == Self.squeezed(prompt)
                && Set(entry.options.map(Self.squeezed)) == Set(options.map(Self.squeezed))
        }
    }

    /// `text` with every run of white space made one space, so wrapped screen text compares with the bank's.
    static func squeezed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// A multiple-choice question as a screen shows it, read back from the text.
struct ShownChoiceQuestion {
    /// The question's number in the quiz (from "Question 2 of 3 · multiple choice · p1").
    let number: Int
    let prompt: String
    /// The option texts in the order shown, option 1 first.
    let options: [String]

    /// Reads "Question `number` of … · multiple choice" and what follows it from `screen`; nil when it is not there
    /// in full (up to "Answer with an option number.", on the header line or after the options) or is another
    /// kind. Short options may stand side by side, in reading order.
    init?(number: Int, on screen: String) {
        let lines = screen.components(separatedBy: "\n")
        guard let header = lines.lastIndex(where: { $0.hasPrefix("Question \(number) of ") }),
            lines[header].contains("· multiple choice ·")
        else { return nil }
        let instructionOnHeader = lines[header].contains("Answer with an option number")
        var prompt: [String] = []
        var options: [String] = []
        var index = header + 1
        func finish() -> Bool {
            guard !prompt.isEmpty, !options.isEmpty else { return false }
            return true
        }
        while index <= lines.count {
            let line = index < lines.count ? lines[index] : ""
            index += 1
            let cells = line.hasPrefix("  ") && !line.hasPrefix("     ")
                ? line.matches(of: /(\d+)\. (.+?)(?=   +\d+\. |\s*$)/).map { (Int($0.1), String($0.2)) } : []
            if line.hasPrefix("Answer with an option number")
                || (instructionOnHeader && cells.isEmpty && !options.isEmpty && !line.hasPrefix("     "))
            {
                guard finish() else { return nil }
                self.number = number
                self.prompt = prompt.joined(separator: " ")
                self.options = options
                return
            }
            if !cells.isEmpty, cells.first?.0 == options.count + 1 {
                options += cells.map(\.1)
            } else if !options.isEmpty, line.hasPrefix("     ") {
                options[options.count - 1] += " " + line.trimmingCharacters(in: .whitespaces)
            } else if options.isEmpty {
                prompt.append(line.trimmingCharacters(in: .whitespaces))
            } else {
                return nil
            }
        }
        return nil
    }

    /// The shown number of the right option, looked up in `bank`.
    func rightOption(in bank: PrintedQuestionBank) throws -> Int {
        let entry = try #require(bank.choice(prompt: prompt, options: options), "no choice question \(prompt.debugDescription) with options \(options) in the bank")
        let answer = try #require(entry.answers.first, "\(entry.id) has no answer")
        let index = try #require(
            options.firstIndex { PrintedQuestionBank.squeezed($0) == PrintedQuestionBank.squeezed(answer) },
            "\(answer.debugDescription) is not among the shown options \(options)")
        return index + 1
    }

    /// The shown number of a wrong option.
    func wrongOption(in bank: PrintedQuestionBank) throws -> Int {
        let right = try rightOption(in: bank)
        return right == 1 ? 2 : 1
    }
}

/// Every file under `folder` (relative path → bytes), to show that a run changed nothing.
func fileContents(under folder: URL) throws -> [String: Data] {
    var contents: [String: Data] = [:]
    let base = folder.standardizedFileURL.path
    guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else {
        return contents
    }
    for case let url as URL in walker where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
        let path = url.standardizedFileURL.path
        contents[String(path.dropFirst(base.count + 1))] = try Data(contentsOf: url)
    }
    return contents
}
