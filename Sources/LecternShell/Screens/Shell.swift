import LecternCore

/// The interactive loop: it moves lines from the reader to the screen on top and replies to the output.
public struct Shell {
    private var screens: [any Screen]
    private let environment: ShellEnvironment
    private let reader: any LineReader
    private let output: any OutputSink
    private let errors: any OutputSink
    /// Whether long replies may go through the pager (not with `--no-pager`).
    private let paging: Bool
    /// Why the shell ended early, if a reply ended it (`ScreenEvent.end`); the program reports it and exits.
    public private(set) var failure: CommandError?

    /// Creates a shell whose first screen is `root`.
    public init(
        root: any Screen, environment: ShellEnvironment, reader: any LineReader, output: any OutputSink,
        errors: any OutputSink, paging: Bool = true
    ) {
        self.paging = paging
        self.screens = [root]
        self.environment = environment
        self.reader = reader
        self.output = output
        self.errors = errors
    }

    /// Runs until the learner quits or the input ends; `first` runs before anything is read, as if it had been
    /// typed at the first screen (`lectern study 1`). A reader that went away (a closed pipe) ends the shell as the
    /// end of input does: each screen saves, and the shell leaves.
    public mutating func run(first: ((ShellEnvironment) -> Reply)? = nil) {
        show(screens[0].start(in: environment.measuringWidthOnce()))
        if let first {
            let env = environment.measuringWidthOnce()
            let reply = first(env)
            show(reply)
            apply(reply.event, env)
        }
        while let top = screens.indices.last {
            if output.isClosed {
                finishAll()
                break
            }
            // No copy of the screen outlives the call: the screen's storage must be unshared when it handles the line,
            // or changing it copies all of it.
            let input = reader.readLine(prompt: screens[top].prompt(in: environment).string, purpose: screens[top].linePurpose)
            switch input {
            case let .line(line):
                handle(line)
            case .interrupted:
                continue
            case .interruptedOnEmptyLine:
                show(screens[top].interruptedOnEmptyLine(in: environment.measuringWidthOnce()))
            case let .rejected(reason):
                errors.write(MessageText.error(reason, width: environment.width()))
            case .endOfInput:
                finishTop()
            }
        }
    }

    /// Ctrl-D, or the end of the input: the screen on top saves and closes, and the one below reads on. At the main
    /// prompt that leaves the shell; a pipe that has ended answers end of input again, so every screen closes.
    private mutating func finishTop() {
        guard let top = screens.indices.last else { return }
        show(screens[top].finish(in: environment.measuringWidthOnce()))
        screens.removeLast()
    }

    /// Gives every screen, top first, its last chance to save.
    private mutating func finishAll() {
        let env = environment.measuringWidthOnce()
        for index in screens.indices.reversed() { show(screens[index].finish(in: env)) }
        screens.removeAll()
    }

    /// Hands `line` to the screen on top and shows what follows. The terminal width is read once for the whole
    /// reply: each read is a system call, and a reply wraps many lines.
    private mutating func handle(_ line: String) {
        guard let top = screens.indices.last else { return }
        let env = environment.measuringWidthOnce()
        let reply = screens[top].handle(line, in: env)
        show(reply)
        apply(reply.event, env)
    }

    private mutating func apply(_ event: ScreenEvent, _ env: ShellEnvironment) {
        switch event {
        case .stay:
            break
        case let .push(screen):
            screens.append(screen)
            let reply = screens[screens.count - 1].start(in: env)
            show(reply)
            apply(reply.event, env)
        case .pop:
            screens.removeLast()
        case .quit:
            for index in screens.indices.reversed().dropFirst() { show(screens[index].finish(in: env)) }
            screens.removeAll()
        case let .end(error):
            finishAll()
            failure = error
        }
    }

    private func show(_ reply: Reply) {
        // A blank line after each reply keeps one answer apart from the next prompt, at a terminal and in a pipe.
        if !reply.display.isEmpty {
            let text = reply.display + (reply.text.hasSuffix("\n") ? "\n" : "\n\n")
            if reply.isLong && paging { output.writeLong(text) } else { output.write(text) }
        }
        if let error = reply.error { errors.write(MessageText.error(error, width: environment.width())) }
    }
}
