import Yams

/// Collects the problems found while reading one course file, each with its file and line.
struct DiagnosticLog {
    private(set) var diagnostics: [Diagnostic] = []

    mutating func add(_ file: String, _ line: Int?, _ message: String) {
        diagnostics.append(Diagnostic(SourceLocation(file: file, line: line), message))
    }

    mutating func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }
}

/// Reads a YAML document with line numbers, reporting a syntax error at the line where libyaml found it.
enum YAMLDocument {
    /// Composes `text`; `lineOffset` is added to every line (front matter starts below the file's first line).
    static func compose(_ text: String, file: String, lineOffset: Int = 0, log: inout DiagnosticLog) -> Node? {
        if let line = YAMLAliases.firstLine(in: text) {
            log.add(file, line + lineOffset, "YAML anchors and aliases (&name, *name) are not allowed in course files; write the value out")
            return nil
        }
        do {
            guard let node = try Yams.compose(yaml: text) else {
                log.add(file, lineOffset + 1, "the file is empty")
                return nil
            }
            return node
        } catch let error as YamlError {
            switch error {
            case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
                log.add(file, mark.line + lineOffset, "YAML syntax error: \(problem)")
            default:
                log.add(file, lineOffset + 1, "YAML error: \(error)")
            }
            return nil
        } catch {
            log.add(file, lineOffset + 1, "YAML error: \(error)")
            return nil
        }
    }
}

/// One YAML mapping of a course file, read field by field; every wrong, missing or unknown field is logged.
struct YAMLFields {
    let file: String
    let lineOffset: Int
    let line: Int?
    private let values: [String: Node]

    /// Wraps `node`, which must be a mapping whose keys are all in `allowed`.
    init?(_ node: Node, file: String, lineOffset: Int, what: String, allowed: Set<String>, log: inout DiagnosticLog) {
        self.file = file
        self.lineOffset = lineOffset
        self.line = node.mark.map { $0.line + lineOffset }
        guard let mapping = node.mapping else {
            log.add(file, node.mark.map { $0.line + lineOffset }, "\(what) must be a mapping of fields")
            return nil
        }
        var values: [String: Node] = [:]
        for (key, value) in mapping {
            let name = key.string ?? "?"
            let keyLine = key.mark.map { $0.line + lineOffset }
            if !allowed.contains(name) {
                let known = allowed.sorted().joined(separator: ", ")
                log.add(file, keyLine, "unknown field '\(name)' in \(what) (known fields: \(known))")
            } else if values[name] != nil {
                log.add(file, keyLine, "field '\(name)' appears twice in \(what)")
            }
            values[name] = value
        }
        self.values = values
    }

    /// The line of a field's value, or of the mapping when the field is missing.
    func line(of key: String) -> Int? {
        values[key]?.mark.map { $0.line + lineOffset } ?? line
    }

    /// The raw node of a field.
    func node(_ key: String) -> Node? { values[key] }

    /// The node of a field; a missing one is logged at the mapping's line when it is required.
    func node(_ key: String, required: Bool, log: inout DiagnosticLog) -> Node? {
        guard let node = values[key] else {
            if required { log.add(file, line, "missing field '\(key)'") }
            return nil
        }
        return node
    }

    /// A required (or optional) non-empty string, as written (numbers and dates are read as their text), with its
    /// control characters neutralised (`DisplayText.neutralise`): a YAML escape such as `"\e"` cannot put an escape
    /// sequence into the course.
    func string(_ key: String, required: Bool = true, log: inout DiagnosticLog) -> String? {
        guard let node = node(key, required: required, log: &log) else { return nil }
        guard let scalar = node.scalar else {
            log.add(file, line(of: key), "field '\(key)' must be a single value, not a list or mapping")
            return nil
        }
        let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty {
            log.add(file, line(of: key), "field '\(key)' is empty")
            return nil
        }
        return DisplayText.neutralise(text)
    }

    /// A required list of non-empty strings, neutralised as `string` is; `count` bounds its length.
    func strings(
        _ key: String, required: Bool = true, count: ClosedRange<Int>? = nil, log: inout DiagnosticLog
    ) -> [String]? {
        guard let node = node(key, required: required, log: &log) else { return nil }
        guard let sequence = node.sequence else {
            log.add(file, line(of: key), "field '\(key)' must be a list, like [a, b]")
            return nil
        }
        var result: [String] = []
        for item in sequence {
            guard let scalar = item.scalar, !scalar.string.trimmingCharacters(in: .whitespaces).isEmpty else {
                log.add(file, item.mark.map { $0.line + lineOffset }, "field '\(key)' must list plain, non-empty values")
                return nil
            }
            result.append(DisplayText.neutralise(scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        if let count, !count.contains(result.count) {
            let bounds = count.lowerBound == count.upperBound
                ? "\(count.lowerBound)" : "\(count.lowerBound) to \(count.upperBound)"
            log.add(file, line(of: key), "field '\(key)' has \(result.count) entries; it needs \(bounds)")
        }
        return result
    }

    /// A required list of mappings.
    func mappings(_ key: String, log: inout DiagnosticLog) -> [Node]? {
        guard let node = node(key, required: true, log: &log) else { return nil }
        guard let sequence = node.sequence else {
            log.add(file, line(of: key), "field '\(key)' must be a list")
            return nil
        }
        return Array(sequence)
    }
}

import Foundation
