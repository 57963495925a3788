import Foundation

/// How a text report is drawn: its width, its characters and whether it uses colour. Rendering options only; the
/// report value is the same whatever they are.
public struct ReportRenderOptions: Sendable, Equatable {
    /// Unicode block characters, or plain ASCII for dumb terminals and non-UTF-8 locales.
    public enum Charset: String, Sendable, Equatable {
        /// `█▉▊▋▌▍▎▏░`, `▁▂▃▄▅▆▇█`, `·░▒▓█`.
        case unicode
        /// `#`, `.`, `_.-=+*#@`, `.:+*#`.
        case ascii
    }

    /// Columns available (at least 40 is used).
    public var width: Int
    /// Which characters charts use.
    public var charset: Charset
    /// Whether ANSI colours are written; every chart also has its numbers, so nothing depends on colour.
    public var usesColor: Bool

    /// Creates options; the defaults suit a file: 80 columns, Unicode, no colour.
    public init(width: Int = 80, charset: Charset = .unicode, usesColor: Bool = false) {
        self.width = width
        self.charset = charset
        self.usesColor = usesColor
    }

    /// The width actually used.
    var columns: Int { max(40, width) }
}

/// Text charts in Unicode block characters or ASCII, and the colours around them.
public struct Charts: Sendable {
    /// The options charts are drawn with.
    public let options: ReportRenderOptions

    /// Charts drawn with `options`.
    public init(_ options: ReportRenderOptions) {
        self.options = options
    }

    private var isASCII: Bool { options.charset == .ascii }

    /// A horizontal bar `width` columns wide filled to `fraction` (0…1), in eighths with Unicode; blank for nil.
    public func bar(_ fraction: Double?, width: Int) -> String {
        guard let fraction else { return String(repeating: " ", count: width) }
        let clamped = min(max(fraction.isFinite ? fraction : 0, 0), 1)
        if isASCII {
            let filled = Int((clamped * Double(width)).rounded())
            return String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        }
        let eighths = Int((clamped * Double(width * 8)).rounded())
        let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        var text = String(repeating: "█", count: eighths / 8)
        var used = eighths / 8
        if eighths % 8 > 0 {
            text += partials[eighths % 8]
            used += 1
        }
        return text + String(repeating: "░", count: width - used)
    }

    /// One character per value, a space for nil: `▁▂▃▄▅▆▇█` or `_.-=+*#@`, from `low` (lowest) to `high`.
    public func sparkline(_ values: [Double?], low: Double = 0, high: Double = 1) -> String {
        let levels = isASCII ? Array("_.-=+*#@") : Array("▁▂▃▄▅▆▇█")
        let span = high > low ? high - low : 1
        return String(values.map { value -> Character in
            guard let value, value.isFinite else { return " " }
            let index = Int((min(max((value - low) / span, 0), 1) * Double(levels.count - 1)).rounded())
            return levels[index]
        })
    }

    /// The heat-map characters for levels 0 (nothing) to 4 (most).
    public var heatLevels: [String] { isASCII ? [".", ":", "+", "*", "#"] : ["·", "░", "▒", "▓", "█"] }

    /// The level (0…4) of `count` in a calendar whose busiest day has `maximum`.
    public static func heatLevel(_ count: Int, maximum: Int) -> Int {
        guard count > 0, maximum > 0 else { return 0 }
        return min(4, max(1, Int((4 * Double(count) / Double(maximum)).rounded(.up))))
    }

    /// The answer counts each level stands for, as `1–3`, given the busiest day.
    public static func heatRanges(maximum: Int) -> [String] {
        guard maximum > 0 else { return ["0"] }
        var ranges = ["0"]
        var low = 1
        for level in 1...4 {
            let high = Int((Double(maximum) * Double(level) / 4).rounded(.down))
            guard high >= low else { continue }
            ranges.append(low == high ? "\(low)" : "\(low)–\(high)")
            low = high + 1
        }
        return ranges
    }

    /// A dash that suits the charset, for ranges in legends.
    public var dash: String { isASCII ? "-" : "–" }
    /// A separator dot.
    public var dot: String { isASCII ? "|" : "·" }
    /// An arrow from older to newer.
    public var arrow: String { isASCII ? "->" : "→" }
    /// An ellipsis.
    public var ellipsis: String { isASCII ? "..." : "…" }

    // MARK: colour, painted by `Style`

    private var style: Style { Style(usesColor: options.usesColor) }

    /// Bold.
    public func heading(_ text: String) -> DisplayText { style.heading(DisplayText(text)) }
    /// Dim.
    public func dim(_ text: String) -> DisplayText { style.dim(DisplayText(text)) }
    /// Green at 80% and over, yellow from 50%, red below; plain for nil.
    public func graded(_ text: String, _ share: Double?) -> DisplayText { style.graded(DisplayText(text), share) }
    /// Green, for activity.
    public func active(_ text: String) -> DisplayText { style.good(DisplayText(text)) }

    // MARK: text

    /// `text` cut to `width` display columns with an ellipsis, then padded with spaces to exactly `width`.
    public func fit(_ text: String, _ width: Int) -> String {
        var result = ""
        var used = 0
        let limit = DisplayWidth.of(text) > width ? width - DisplayWidth.of(ellipsis) : width
        for character in text {
            let columns = DisplayWidth.of(String(character))
            if used + columns > limit { break }
            result.append(character)
            used += columns
        }
        if DisplayWidth.of(text) > width {
            result += ellipsis
            used += DisplayWidth.of(ellipsis)
        }
        return result + String(repeating: " ", count: max(0, width - used))
    }

    /// `text` right-aligned in `width` columns.
    public static func right(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
    }

    /// `87%`; `-` for nil; `?%` for a value that is no plausible share (they come from files a person can edit).
    public static func percent(_ value: Double?) -> String {
        guard let value else { return "-" }
        guard let whole = Int(exactly: (value * 100).rounded()), abs(whole) <= 1_000_000 else { return "?%" }
        // Nothing short of certain reads as 100%: a recall of 99.96% a minute after a miss shows 99%.
        if whole == 100 && value < 1 { return "99%" }
        return "\(whole)%"
    }

    /// `2 h 05 min`, `12 min`, `40 s`.
    public static func duration(_ seconds: Double) -> String {
        let total = Int(saturating: seconds.rounded())
        if total < 60 { return "\(total) s" }
        let minutes = total / 60
        if minutes < 60 { return "\(minutes) min" }
        let rest = minutes % 60
        return "\(minutes / 60) h \(rest < 10 ? "0" : "")\(rest) min"
    }

    /// `Mon`…`Sun` for a weekday index 0…6.
    public static let weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    /// `2025-03-15 09:30 UTC`: `UTCDay.timestamp` to the minute.
    public static func timestamp(_ date: Date) -> String {
        UTCDay.timestamp(date).dropLast(4).replacingOccurrences(of: "T", with: " ") + " UTC"
    }
}
