import Foundation

/// Inline SVG charts for the HTML reports: well-formed XML, no script, each with a `<title>` and a `<desc>` that say
/// in words what the picture shows, and every value also printed as text inside the chart.
public enum SVGCharts {
    /// A labelled value for bar charts: `share` from 0 to 1 (nil draws an empty track), `value` printed beside it.
    public struct Bar: Sendable {
        /// The row's label.
        public let label: String
        /// The share drawn, 0…1.
        public let share: Double?
        /// The text printed after the bar.
        public let value: String

        /// Creates a bar.
        public init(label: String, share: Double?, value: String) {
            self.label = label
            self.share = share
            self.value = value
        }
    }

    /// Text safe in XML content and attribute values.
    public static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                // Control characters other than tab and line breaks are not allowed in XML 1.0.
                if character.unicodeScalars.allSatisfy({ $0.value >= 0x20 || $0 == "\t" || $0 == "\n" }) {
                    result.append(character)
                }
            }
        }
        return result
    }

    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    private static func open(id: String, width: Double, height: Double, title: String, description: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart\" width=\"\(number(width))\""
            + " height=\"\(number(height))\" viewBox=\"0 0 \(number(width)) \(number(height))\""
            + " aria-labelledby=\"\(id)-title \(id)-desc\"><title id=\"\(id)-title\">\(escape(title))</title>"
            + "<desc id=\"\(id)-desc\">\(escape(description))</desc>"
    }

    /// The fill class of a share: good at 80% and over, fair from 50%, weak below.
    static func grade(_ share: Double?) -> String {
        guard let share else { return "none" }
        return share >= 0.8 ? "good" : share >= 0.5 ? "fair" : "weak"
    }

    /// Horizontal bars, one row per item, label left and value right.
    public static func bars(id: String, title: String, description: String, _ bars: [Bar], labelWidth: Double? = nil)
        -> String
    {
        // About 6.8 px a character at 12 px: wide enough for the longest label, which callers keep under 40.
        let labelWidth = labelWidth ?? max(80, Double(bars.map(\.label.count).max() ?? 10) * 6.8 + 14)
        let row = 22.0
        let track = 300.0
        let width = labelWidth + track + 110
        let height = max(row, Double(bars.count) * row + 4)
        var svg = open(id: id, width: width, height: height, title: title, description: description)
        for (index, bar) in bars.enumerated() {
            let y = Double(index) * row + 2
            let share = min(max(bar.share ?? 0, 0), 1)
            svg += "<g class=\"row\"><text class=\"label\" x=\"\(number(labelWidth - 8))\" y=\"\(number(y + 15))\""
                + " text-anchor=\"end\">\(escape(bar.label))</text>"
                + "<rect class=\"track\" x=\"\(number(labelWidth))\" y=\"\(number(y + 3))\" width=\"\(number(track))\""
                + " height=\"14\"/>"
                + "<rect class=\"bar \(grade(bar.share))\" x=\"\(number(labelWidth))\" y=\"\(number(y + 3))\""
                + " width=\"\(number(track * share))\" height=\"14\"/>"
                + "<text class=\"value\" x=\"\(number(labelWidth + track + 8))\" y=\"\(number(y + 15))\">"
                + "\(escape(bar.value))</text></g>"
        }
        return svg + "</svg>"
    }

    /// Columns for a few values (0…1) such as the recall forecast, each labelled under it with its value on top.
    public static func columns(id: String, title: String, description: String, _ bars: [Bar]) -> String {
        let columnWidth = 70.0
        let plot = 150.0
        let width = Double(bars.count) * (columnWidth + 30) + 40
        let height = plot + 50
        var svg = open(id: id, width: width, height: height, title: title, description: description)
        svg += "<line class=\"axis\" x1=\"20\" y1=\"\(number(plot + 20))\" x2=\"\(number(width - 10))\""
            + " y2=\"\(number(plot + 20))\"/>"
        for (index, bar) in bars.enumerated() {
            let x = 30 + Double(index) * (columnWidth + 30)
            let share = min(max(bar.share ?? 0, 0), 1)
            let top = 20 + plot * (1 - share)
            svg += "<rect class=\"bar \(grade(bar.share))\" x=\"\(number(x))\" y=\"\(number(top))\""
                + " width=\"\(number(columnWidth))\" height=\"\(number(plot * share))\"/>"
                + "<text class=\"value\" x=\"\(number(x + columnWidth / 2))\" y=\"\(number(top - 5))\""
                + " text-anchor=\"middle\">\(escape(bar.value))</text>"
                + "<text class=\"label\" x=\"\(number(x + columnWidth / 2))\" y=\"\(number(plot + 38))\""
                + " text-anchor=\"middle\">\(escape(bar.label))</text>"
        }
        return svg + "</svg>"
    }

    /// A calendar heat map: one column per week (Monday on top), one square per day shaded by level 0…4, each
    /// square titled with its date and count, and the count written in it.
    public static func calendar(
        id: String, title: String, description: String, days: [(date: String, count: Int)], levels: [Int],
        legend: [String]
    ) -> String {
        let cell = 26.0
        let left = 40.0
        let top = 8.0
        let weeks = (days.count + 6) / 7
        let width = left + Double(weeks) * cell + 10
        let height = top + 7 * cell + 40
        var svg = open(id: id, width: width, height: height, title: title, description: description)
        for (index, name) in Charts.weekdayNames.enumerated() {
            svg += "<text class=\"label\" x=\"\(number(left - 6))\" y=\"\(number(top + Double(index) * cell + 17))\""
                + " text-anchor=\"end\">\(name)</text>"
        }
        for (index, day) in days.enumerated() {
            let x = left + Double(index / 7) * cell
            let y = top + Double(index % 7) * cell
            let level = levels[index]
            svg += "<g><title>\(escape(day.date)): \(day.count) answer\(day.count == 1 ? "" : "s")</title>"
                + "<rect class=\"heat l\(level)\" x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(cell - 3))\""
                + " height=\"\(number(cell - 3))\" rx=\"3\"/>"
            if day.count > 0 {
                svg += "<text class=\"count\(level >= 3 ? " light" : "")\" x=\"\(number(x + (cell - 3) / 2))\""
                    + " y=\"\(number(y + 16))\" text-anchor=\"middle\">\(day.count)</text>"
            }
            svg += "</g>"
        }
        var x = left
        let y = top + 7 * cell + 10
        for (level, text) in legend.enumerated() {
            svg += "<rect class=\"heat l\(level)\" x=\"\(number(x))\" y=\"\(number(y))\" width=\"14\" height=\"14\""
                + " rx=\"2\"/><text class=\"label\" x=\"\(number(x + 18))\" y=\"\(number(y + 12))\">\(escape(text))</text>"
            x += 18 + Double(text.count) * 7 + 14
        }
        return svg + "</svg>"
    }

    /// A line over points (0…1, nil for a gap), with a marker and its value at each known point.
    public static func line(
        id: String, title: String, description: String, labels: [String], values: [Double?]
    ) -> String {
        let step = 52.0
        let plot = 140.0
        let left = 44.0
        let width = left + Double(max(values.count - 1, 1)) * step + 40
        let height = plot + 60
        var svg = open(id: id, width: width, height: height, title: title, description: description)
        for tick in [0.0, 0.5, 1.0] {
            let y = 20 + plot * (1 - tick)
            svg += "<line class=\"grid\" x1=\"\(number(left))\" y1=\"\(number(y))\" x2=\"\(number(width - 20))\""
                + " y2=\"\(number(y))\"/><text class=\"label\" x=\"\(number(left - 6))\" y=\"\(number(y + 4))\""
                + " text-anchor=\"end\">\(Int(tick * 100))%</text>"
        }
        var segment: [String] = []
        var segments: [[String]] = []
        for (index, value) in values.enumerated() {
            guard let value else {
                if !segment.isEmpty { segments.append(segment) }
                segment = []
                continue
            }
            segment.append("\(number(left + Double(index) * step)),\(number(20 + plot * (1 - min(max(value, 0), 1))))")
        }
        if !segment.isEmpty { segments.append(segment) }
        for points in segments {
            svg += "<polyline class=\"trend\" points=\"\(points.joined(separator: " "))\"/>"
        }
        for (index, value) in values.enumerated() {
            let x = left + Double(index) * step
            if let value {
                let y = 20 + plot * (1 - min(max(value, 0), 1))
                svg += "<circle class=\"point\" cx=\"\(number(x))\" cy=\"\(number(y))\" r=\"3.5\"/>"
                    + "<text class=\"value\" x=\"\(number(x))\" y=\"\(number(y - 8))\" text-anchor=\"middle\">"
                    + "\(Charts.percent(value))</text>"
            }
            if index < labels.count {
                svg += "<text class=\"label\" x=\"\(number(x))\" y=\"\(number(plot + 40))\" text-anchor=\"middle\">"
                    + "\(escape(labels[index]))</text>"
            }
        }
        return svg + "</svg>"
    }
}
