import Foundation
import LecternTestSupport
import Testing

/// The zsh and fish completions `make install` writes, run in the real shells: a line is typed and completed as at a
/// Tab, and what the shell would offer is compared. Each test is skipped, saying why, when its shell is missing.
@Suite(.removingTemporaryFolders) struct CompletionShellTests {
    /// Lines to complete (after `lectern --course <bundled course>`) and what must be offered, in any order.
    static let cases: [([String], [String])] = [
        (["quiz", "--kind", "t"], ["truefalse", "typed"]),
        (["report", "--format", ""], ["text", "json", "markdown", "csv", "html"]),
        (["study", "a"], ["a-common-enemy", "axis-of-evil", "a-call-and-a-common-aim"]),
        (["settings", "re"], ["reset-parameters", "retention"]),
    ]

    @Test(.enabled(if: Shells.available("zsh"), "zsh is not installed: the zsh completion script is not run"),
        arguments: cases)
    func zshCompletesWhatFollowsTheWordsTyped(words: [String], expected: [String]) throws {
        let place = try ShellPlace()
        let offered = try place.zsh(["lectern", "--course", EndToEnd.bundledCourse.path] + words)
        #expect(offered.sorted() == expected.sorted(), "\(words)")
    }

    @Test(.enabled(if: Shells.available("fish") && Shells.available("script"),
        "fish (or util-linux's script, which gives it a terminal) is not installed: the fish completion script is not run"),
        arguments: cases)
    func fishCompletesWhatFollowsTheWordsTyped(words: [String], expected: [String]) throws {
        let place = try ShellPlace()
        let offered = try place.fish(["lectern", "--course", EndToEnd.bundledCourse.path] + words)
        #expect(offered.sorted() == expected.sorted(), "\(words)")
    }

    @Test func bashZshAndFishOfferOnlyTheLearnerNamesSafeToOffer() throws {
        let place = try ShellPlace()
        let progress = place.folder.appendingPathComponent("progress", isDirectory: true)
        let learners = ProgressPlaces.coursePart(progress)
        for name in ["ada", "kim", "$(cd;touch pwned)", "two words", "red\u{1B}[31m"] {
            let folder = learners.appendingPathComponent(name, isDirectory: true)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data().write(to: folder.appendingPathComponent("review-log.jsonl"))
        }
        let words = ["lectern", "--course", EndToEnd.bundledCourse.path, "--progress-dir", progress.path, "quiz", "--learner", ""]
        var shells = ["bash"]
        if Shells.available("zsh") { shells.append("zsh") }
        if Shells.available("fish") && Shells.available("script") { shells.append("fish") }
        for shell in shells {
            let offered = try shell == "bash" ? place.bash(words) : shell == "zsh" ? place.zsh(words) : place.fish(words)
            #expect(offered.sorted() == ["ada", "kim"], "\(shell)")
        }
        // The folder named like a command (run in HOME, the test's folder, were bash's compgen ever given it) never ran.
        #expect(!FileManager.default.fileExists(atPath: place.folder.appendingPathComponent("pwned").path))
    }
}

/// Whether a program is on `PATH`.
enum Shells {
    static func available(_ program: String) -> Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(program)") }
    }
}

/// A temporary folder with `bin/lectern` (the built binary, so that the scripts, which complete the command
/// `lectern`, can run it from `PATH`) and each shell's generated completion script.
struct ShellPlace {
    let folder: URL
    let environment: [String: String]

    init() throws {
        folder = try Fixtures.temporaryDirectory("lectern-completion-shells")
        let bin = folder.appendingPathComponent("bin", isDirectory: true)
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: bin.appendingPathComponent("lectern"), withDestinationURL: try BuiltBinary.lectern())
        for shell in ["bash", "zsh", "fish"] {
            let script = try EndToEnd.run(["--generate-completion-script", shell])
            try Data(script.standardOutput.utf8).write(to: folder.appendingPathComponent("lectern.\(shell)"))
        }
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = bin.path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["HOME"] = folder.path
        environment["XDG_CONFIG_HOME"] = folder.path
        environment["TERM"] = "dumb"
        self.environment = environment
    }

    /// What zsh offers at a Tab after `words`, typed as they are (no word here needs quoting), with `compinit`,
    /// the script, and `compadd` made to print its matches.
    func zsh(_ words: [String]) throws -> [String] {
        var environment = environment
        environment["LECTERN_COMPLETION_SCRIPT"] = folder.appendingPathComponent("lectern.zsh").path
        let fixtures = Fixtures.root.appendingPathComponent("completion")
        let run = try BuiltBinary.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            arguments: ["zsh", "-f", fixtures.appendingPathComponent("capture.zsh").path,
                        fixtures.appendingPathComponent("capture-init.zsh").path, words.joined(separator: " ")],
            environment: environment, timeout: .seconds(60))
        #expect(run.status == 0, "\(run)")
        return Self.matches(in: run.standardOutput, pattern: #"<match>([^<]*)</match>"#)
    }

    /// What fish offers after `words` (`complete -C`, in an interactive fish that `script` gives a terminal: the
    /// script's custom completions read the cursor, which fish 3 refuses outside one).
    func fish(_ words: [String]) throws -> [String] {
        let commands = [
            "source \(Self.fishQuoted(folder.appendingPathComponent("lectern.fish").path))",
            // The mark is put together when it runs, so the terminal's echo of this line never holds it; the prompt's
        // escape sequences may come before the first, so it is looked for anywhere on a line.
            "for m in (complete -C \(Self.fishQuoted(words.joined(separator: " ")))); echo (string join '' '<' 'match>')(string replace -r '\\t.*' '' -- $m); end",
            "exit",
        ]
        let run = try BuiltBinary.run(
            URL(fileURLWithPath: "/usr/bin/env"), arguments: ["script", "-qec", "fish --no-config", "/dev/null"],
            standardInput: Data((commands.joined(separator: "\n") + "\n").utf8), environment: environment,
            timeout: .seconds(60))
        #expect(run.status == 0, "\(run)")
        return Self.matches(in: run.standardOutput.replacingOccurrences(of: "\r", with: ""), pattern: #"<match>([^\n\x{1B}\x{07}]*)"#)
    }

    /// What bash offers after `words`: COMP_WORDS and friends filled as at a Tab, and the registered function run.
    func bash(_ words: [String]) throws -> [String] {
        let line = words.joined(separator: " ")
        let driver = """
            source \(Self.quoted(folder.appendingPathComponent("lectern.bash").path))
            COMP_WORDS=(\(words.map(Self.quoted).joined(separator: " ")))
            COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
            COMP_LINE=\(Self.quoted(line))
            COMP_POINT=${#COMP_LINE}
            _lectern "${COMP_WORDS[0]}" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let run = try BuiltBinary.run(
            URL(fileURLWithPath: "/bin/bash"), arguments: ["-c", driver], environment: environment, timeout: .seconds(60))
        #expect(run.status == 0, "\(run)")
        return run.standardOutput.split(separator: "\n").map(String.init)
    }

    private static func matches(in text: String, pattern: String) -> [String] {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    /// `text` in fish's single quotes, where a backslash and a quote are escaped with a backslash.
    static func fishQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }

    /// `text` in POSIX single quotes.
    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
