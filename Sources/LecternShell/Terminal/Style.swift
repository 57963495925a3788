/// How text is decorated: ANSI colours at a colour terminal, nothing otherwise. Every signal also has words or
/// symbols, so nothing depends on colour alone.
public struct Style: Sendable {
    /// Whether escape codes are written.
    public let usesColor: Bool

    /// Creates a style.
    public init(usesColor: Bool) {
        self.usesColor = usesColor
    }

    /// Colour only when stdout is a terminal, `NO_COLOR` is unset or empty, `TERM` is not `dumb` and the user did not
    /// ask for `--no-color`.
    public static func detect(isTerminal: Bool, environment: [String: String], noColorFlag: Bool) -> Style {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let dumb = environment["TERM"] == "dumb" || environment["TERM"] == nil
        return Style(usesColor: isTerminal && !noColor && !dumb && !noColorFlag)
    }

    private func wrap(_ text: String, _ code: String) -> String {
        usesColor && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// Headings and titles.
    public func heading(_ text: String) -> String { wrap(text, "1") }
    /// Names of actors and other highlighted terms.
    public func accent(_ text: String) -> String { wrap(text, "36") }
    /// Secondary information: ids, hints, keys.
    public func dim(_ text: String) -> String { wrap(text, "2") }
    /// Success.
    public func good(_ text: String) -> String { wrap(text, "32") }
    /// A mistake or a problem.
    public func bad(_ text: String) -> String { wrap(text, "31") }
    /// Something in between.
    public func warn(_ text: String) -> String { wrap(text, "33") }
}
