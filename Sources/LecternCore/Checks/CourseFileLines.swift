import Foundation

/// Lines of a course's knowledge-base files, read again for the check rules: the loaded actors and events do not keep
/// where they were written.
enum CourseFileLines {
    /// The 1-based line of each `id:` entry of a YAML list in `path` (`- id: maliki`), first one kept; empty when the
    /// file cannot be read (a course held in memory, or one that changed since it loaded).
    static func idLines(in path: String, of course: Course) -> [String: Int] {
        var log = DiagnosticLog()
        guard let text = CourseFiles(root: course.root).text(path, log: &log) else { return [:] }
        var lines: [String: Int] = [:]
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var entry = line.drop { $0 == " " }
            if entry.hasPrefix("- ") { entry = entry.dropFirst(2).drop { $0 == " " } }
            guard entry.hasPrefix("id:") else { continue }
            let id = entry.dropFirst(3).trimmingCharacters(in: .whitespacesAndNewlines)
                .trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            if lines[id] == nil { lines[id] = index + 1 }
        }
        return lines
    }
}
