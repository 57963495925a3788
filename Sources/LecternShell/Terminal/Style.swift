/// How text is decorated: ANSI colours at a colour terminal, nothing otherwise. Every signal also has words or
/// symbols, so nothing depends on colour alone.
public struct Style: Sendable {
    /// Whether escape codes are written.
    public let usesColor: Bool
    /// Whether charts may use Unicode block characters; false in a dumb terminal or a non-UTF-8 locale.
    public let usesUnicode: Bool

    /// Creates a style.
    public init(usesColor: Bool, usesUnicode: Bool = true) {
        self.usesColor = usesColor
        self.usesUnicode = usesUnicode
    }

    /// Colour only when stdout is a terminal, `NO_COLOR` is unset or empty, `TERM` is not `dumb` and the user did not
    /// ask for `--no-color`.
    public static func detect(isTerminal: Bool, environment: [String: String], noColorFlag: Bool) -> Style {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let dumb = environment["TERM"] == "dumb" || environment["TERM"] == nil
        return Style(
            usesColor: isTerminal && !noColor && !dumb && !noColorFlag,
            usesUnicode: environment["TERM"] != "dumb" && isUTF8Locale(environment))
    }

    /// Whether the locale's character set is UTF-8: the first of `LC_ALL`, `LC_CTYPE`, `LANG` that is set decides;
    /// none set means the C locale, which is ASCII.
    public static func isUTF8Locale(_ environment: [String: String]) -> Bool {
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        let lowered = locale.lowercased()
        return lowered.contains("utf-8") || lowered.contains("utf8")
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
