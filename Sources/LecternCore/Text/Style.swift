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

    /// The one painter: `text` in the SGR colour `code` when colour is on, as it is otherwise. Every colour Lectern
    /// writes comes from here, from a fixed list of codes.
    private func paint(_ text: DisplayText, _ code: Paint) -> DisplayText {
        usesColor && !text.isEmpty ? DisplayText(alreadySafe: "\u{1B}[\(code.rawValue)m\(text.string)\u{1B}[0m") : text
    }

    /// The colours the painter knows.
    private enum Paint: String {
        case bold = "1", dim = "2", red = "31", green = "32", yellow = "33", cyan = "36"
    }

    /// Headings and titles.
    public func heading(_ text: DisplayText) -> DisplayText { paint(text, .bold) }
    /// Names of actors and other highlighted terms.
    public func accent(_ text: DisplayText) -> DisplayText { paint(text, .cyan) }
    /// Secondary information: ids, hints, keys.
    public func dim(_ text: DisplayText) -> DisplayText { paint(text, .dim) }
    /// Success.
    public func good(_ text: DisplayText) -> DisplayText { paint(text, .green) }
    /// A mistake or a problem.
    public func bad(_ text: DisplayText) -> DisplayText { paint(text, .red) }
    /// Something in between.
    public func warn(_ text: DisplayText) -> DisplayText { paint(text, .yellow) }
    /// Green at 80% and over, yellow from 50%, red below; plain for nil.
    public func graded(_ text: DisplayText, _ share: Double?) -> DisplayText {
        guard let share else { return text }
        return share >= 0.8 ? good(text) : share >= 0.5 ? warn(text) : bad(text)
    }
}
