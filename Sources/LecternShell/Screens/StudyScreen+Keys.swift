import LecternCore

/// Keys that behave as in a quiz: Ctrl-D (or the end of the input) leaves the lesson as `quit` does, saying where
/// the learner stopped; Ctrl-C on an empty line says how to leave.
extension StudyScreen {
    /// Ctrl-D mid-lesson: what `quit` says ("Left lesson 2 at section 1 of 3; 'study 2' resumes here."). The place is
    /// already saved at each page; the shell then closes the lesson and the main prompt reads on.
    public mutating func finish(in env: ShellEnvironment) -> Reply {
        var reply = handle("quit", in: env)
        reply.event = .stay
        return reply
    }

    /// Ctrl-C on an empty line: nothing to clear, so say how to leave.
    public func interruptedOnEmptyLine(in env: ShellEnvironment) -> Reply {
        Reply(env.wrap(env.style.dim("Type 'quit', or press Ctrl-D, to leave the lesson; your place is kept.")))
    }
}
