import Foundation
import LecternTestSupport
import Testing

@testable import LecternCore

/// Suggested commands paste into a shell: every word comes back from `sh` as the one argument it was.
@Suite(.removingTemporaryFolders) struct ShellWordTests {
    /// What `sh` makes of `line`, one argument a line.
    private func shellWords(_ line: String) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "for word in \(line); do printf '%s\\n' \"$word\"; done"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    @Test func aPlainWordIsLeftAsItIs() {
        #expect(ShellWord.quoted("ada") == "ada")
        #expect(ShellWord.quoted("l-01_b.c") == "l-01_b.c")
    }

    @Test(arguments: ["Cy Young", "O'Brien", "$HOME", "a;b", "`x`", "*", "back\\slash", "é Ö", "", "\"q\"", "~bob", "a'b'c"])
    func everyNameReadsBackFromTheShellAsOneWord(_ name: String) throws {
        let quoted = ShellWord.quoted(name)
        #expect(try shellWords(quoted) == [name], "\(quoted)")
        #expect(try shellWords(ShellWord.command(["--learner", name])) == ["--learner", name])
    }
}
