import Foundation
import LecternCore
import LecternTestSupport

extension CourseFixture {
    /// The problems the loader reports for the course at `root`; none when it loads.
    static func problems(loading root: URL) -> [Diagnostic] {
        do {
            _ = try CourseLoader.load(from: root)
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// The problems the loader reports for the minimal course after `edits`; none when it loads.
    static func problems(editing edits: [CourseEdit]) throws -> [Diagnostic] {
        problems(loading: try copy(editing: edits))
    }
}
