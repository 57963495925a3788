import LecternCore

/// What a command runs with: the shell environment (course, learner, clock, style), where its text goes, where a
/// confirmation is read from, and the options common to every command. The prompt and the command line each build
/// one; tests build one over recordings and a script.
public struct CommandContext {
    /// The course, the learner's progress, the clock and how to draw text.
    public let environment: ShellEnvironment
    /// Where text goes as it is produced (most commands return their text in the reply instead).
    public let output: any OutputSink
    /// Where notes and problems go.
    public let errors: any OutputSink
    /// Where a confirmation is read from (`learners remove`).
    public let input: any LineReader
    /// `--course`, `--progress-dir`, `--learner`, `--no-color`.
    public let options: Launch.Options
    /// The learner's stored files, when the command line opened them (`progress verify`).
    public let storedProgress: StoredProgress?

    /// Creates a context.
    public init(
        environment: ShellEnvironment, output: any OutputSink, errors: any OutputSink, input: any LineReader,
        options: Launch.Options = Launch.Options(), storedProgress: StoredProgress? = nil
    ) {
        self.environment = environment
        self.output = output
        self.errors = errors
        self.input = input
        self.options = options
        self.storedProgress = storedProgress
    }
}
