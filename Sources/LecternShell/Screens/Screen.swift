import LecternCore

/// What the loop should do after a screen has handled a line.
public enum ScreenEvent {
    /// Keep this screen.
    case stay
    /// Open another screen on top of this one.
    case push(any Screen)
    /// Close this screen and return to the one below.
    case pop
    /// Leave the shell.
    case quit
    /// Leave the shell because nothing more can be done (the course failed to load); the program reports the error
    /// and exits with its status.
    case end(CommandError)
}

/// A screen's answer to a line: text to show, whether it reports a problem, and what happens next. The text is display
/// text, so a reply cannot carry a raw escape sequence to the terminal; the problem is plain words, neutralised when
/// it is written.
public struct Reply {
    /// Text for standard output (may be empty).
    public var display: DisplayText
    /// A one-line problem for standard error (`error: …`), if any.
    public var error: String?
    /// What the loop does next.
    public var event: ScreenEvent
    /// Whether the text may run to pages (`Pager.pagedCommands`): at a terminal it then goes through the pager.
    public var isLong = false

    /// Creates a reply.
    public init(_ text: DisplayText = "", error: String? = nil, event: ScreenEvent = .stay) {
        self.display = text
        self.error = error
        self.event = event
    }

    /// The text as it is written, for tests and for callers that only read it.
    public var text: String { display.string }

    /// A reply that only reports a problem.
    public static func failure(_ message: String) -> Reply { Reply(error: message) }

    /// The reply to a command that could not run: its message as the problem, or the end of the shell when the
    /// course itself failed to load (status 65).
    public static func failure(_ error: CommandError) -> Reply {
        error.status == 65 ? Reply(event: .end(error)) : Reply(error: error.message)
    }

    /// The reply `body` gives, or the reply to its error (`failure(_:)`).
    public static func catching(_ body: () throws(CommandError) -> Reply) -> Reply {
        do {
            return try body()
        } catch {
            return failure(error)
        }
    }
}

/// One screen of the shell: it owns a prompt and turns each line into a reply. Screens do no I/O, so tests drive
/// them line by line.
public protocol Screen {
    /// The prompt shown while this screen is on top.
    func prompt(in environment: ShellEnvironment) -> DisplayText
    /// Text shown when the screen opens.
    mutating func start(in environment: ShellEnvironment) -> Reply
    /// Handles one line typed by the learner.
    mutating func handle(_ line: String, in environment: ShellEnvironment) -> Reply
    /// Called when the learner leaves with Ctrl-D or the input ends: last chance to save. The screen is closed
    /// afterwards and the one below it reads the next line (Ctrl-D in a quiz returns to the main prompt).
    mutating func finish(in environment: ShellEnvironment) -> Reply
    /// What the lines typed here are: commands (kept in the history) or answers (never kept).
    var linePurpose: LinePurpose { get }
    /// What to say when the learner presses Ctrl-C on an empty line, where there is nothing to clear.
    func interruptedOnEmptyLine(in environment: ShellEnvironment) -> Reply
}

extension Screen {
    /// Most screens have nothing to say on opening.
    public mutating func start(in environment: ShellEnvironment) -> Reply { Reply() }
    /// Most screens have nothing to save.
    public mutating func finish(in environment: ShellEnvironment) -> Reply { Reply() }
    /// Lines typed anywhere but the main prompt are answers: they stay out of the command history.
    public var linePurpose: LinePurpose { .answer }
    /// Most screens say nothing: readline has already shown `^C`.
    public func interruptedOnEmptyLine(in environment: ShellEnvironment) -> Reply { Reply() }
}
