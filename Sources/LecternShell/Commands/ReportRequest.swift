import Foundation
import LecternCore

/// What `report` was asked for: which report, in which format, where to, drawn how, at what moment.
public struct ReportRequest: Sendable, Equatable {
    /// The output formats.
    public enum Format: String, Sendable, CaseIterable {
        /// Terminal text with charts.
        case text
        /// Everything, for tools (`docs/schemas/report.schema.json`).
        case json
        /// A Markdown document.
        case markdown
        /// One row per question (per learner for the class view).
        case csv
        /// One self-contained HTML file with SVG charts.
        case html

        /// The format a file name suggests (`.md`, `.csv`, `.json`, `.html`, `.htm`, `.txt`).
        public init?(fileName: String) {
            switch (fileName as NSString).pathExtension.lowercased() {
            case "txt": self = .text
            case "json": self = .json
            case "md", "markdown": self = .markdown
            case "csv": self = .csv
            case "html", "htm", "xhtml": self = .html
            default: return nil
            }
        }
    }

    /// The format; when nil, the output file's extension decides, else text.
    public var format: Format?
    /// Where to write the report; standard output when nil.
    public var output: String?
    /// Plain ASCII charts even where Unicode would work.
    public var ascii = false
    /// The moment the report describes (`--now`); the clock when nil.
    public var now: Date?
    /// The progress folder of a class (`--class DIR`); the current learner when nil.
    public var classDirectory: String?
    /// Columns for text; the terminal's width when nil.
    public var width: Int?

    /// A request with every default: the current learner as text on standard output, now.
    public init() {}

    /// The format used: the one asked for, else the output file's, else text.
    public var resolvedFormat: Format {
        format ?? output.flatMap(Format.init(fileName:)) ?? .text
    }

    /// `2025-03-15T09:30:00Z` (any ISO 8601 time with a zone) or `2025-03-15` (midnight UTC).
    public static func parseDate(_ text: String) -> Date? {
        if let day = UTCDay(text) { return day.start }
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }
}

/// Why a `report` command line was refused.
public enum ReportRequestError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A format that is not one of the five.
    case badFormat(String)
    /// A `--now` that is not a date.
    case badNow(String)
    /// A `--width` that is not a number from 40 to 1000.
    case badWidth(String)
    /// A `--now` for `--class` before a learner's latest answer: the class view reads snapshots, which cannot be
    /// cut at a moment, so it would count answers that had not happened yet.
    case classBeforeLatestAnswer(now: Date, learner: String, latest: Date)

    /// The message.
    public var description: String {
        switch self {
        case let .badFormat(text):
            "unknown format '\(text)'; the formats are text, json, markdown, csv and html"
        case let .badNow(text):
            "--now takes a time like 2025-03-15T09:30:00Z or a day like 2025-03-15, not '\(text)'"
        case let .badWidth(text): "--width takes a number of columns from 40 to 1000, not '\(text)'"
        case let .classBeforeLatestAnswer(now, learner, latest):
            "--now \(Self.minute(now)) is before \(learner)'s latest answer (\(Self.minute(latest))): the class report "
                + "reads each learner's snapshot, which cannot be cut at a moment; give a --now after every learner's latest "
                + "answer, or report on one learner with 'lectern report --learner NAME --now TIME'"
        }
    }

    private static func minute(_ date: Date) -> String {
        ISO8601DateFormatter.string(from: date, timeZone: .gmt, formatOptions: [.withInternetDateTime])
    }
}
