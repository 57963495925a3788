import LecternCore

/// What the learner typed, quoted back safely, and the name they most likely meant.
enum Suggestion {
    /// What the learner typed, safe to print and cut to a readable length.
    static func quoted(_ argument: String) -> String {
        argument.count > 60 ? argument.prefix(60) + "…" : argument
    }

    /// " Did you mean 'x'?" for a name of a sensible length, else nothing: comparing a pasted page with every name
    /// would take seconds.
    static func closest(to argument: String, in names: [String]) -> String {
        guard argument.count <= 64, let name = Identifier.closest(to: argument, in: names) else { return "" }
        return " Did you mean '\(name)'?"
    }
}
