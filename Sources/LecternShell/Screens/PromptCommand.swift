import LecternCore

/// Runs a command typed at a prompt of the shell (the main prompt, or a lesson's for `actor`, `source` and
/// `timeline`): what it writes comes before its reply, and a mistake is the reply's one line of error.
enum PromptCommand {
    /// Runs `command` with the words after its name.
    static func run(_ command: any LecternCommand.Type, words: [String], in env: ShellEnvironment) -> Reply {
        let output = PromptOutput()
        var reply = Reply.catching { () throws(CommandError) in
            try env.requireCourse()
            let context = CommandContext(environment: env, output: output, errors: output, input: NoInput())
            return try command.run(words: words, in: context)
        }
        if !output.text.isEmpty { reply.display = output.text + reply.display }
        return reply
    }
}

/// What a command writes while it runs at the prompt, shown before its reply (screens do no I/O themselves).
private final class PromptOutput: OutputSink {
    var text: DisplayText = ""

    func write(_ text: DisplayText) {
        self.text += text
    }
}

/// The prompt has no second reader: a command that asks for confirmation there is told the input ended.
private final class NoInput: LineReader {
    func readLine(prompt: String, purpose: LinePurpose) -> LineInput { .endOfInput }
}
