import Yams

extension YAMLFields {
    /// The optional `draft:` field of a question or knowledge-base entry: `true` marks what `lectern new` proposed
    /// and the author has not accepted yet (docs/course-format.md, "From an article to a course"). Missing is false;
    /// anything but true or false is an error.
    func draft(log: inout DiagnosticLog) -> Bool {
        guard let node = node("draft") else { return false }
        guard let value = node.bool else {
            log.add(file, line(of: "draft"), "draft must be true or false")
            return false
        }
        return value
    }
}
