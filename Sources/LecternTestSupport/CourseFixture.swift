import Foundation

/// One change to a copied course: a text replacement in a file, a removal, or a new file.
public enum CourseEdit: Sendable {
    /// Replaces `old`, which must occur exactly once in the file at `path`, with `new`.
    case replace(_ path: String, _ old: String, with: String)
    /// Removes a file or folder.
    case remove(_ path: String)
    /// Writes a file, creating its folders.
    case write(_ path: String, _ text: String)
}

/// A problem preparing a course fixture; the test stops instead of checking a course that was not edited.
public struct CourseFixtureError: Error, CustomStringConvertible {
    /// What went wrong.
    public let description: String
}

/// Course folders for tests: the minimal valid course under `Tests/Fixtures/courses/minimal`, and edited copies.
public enum CourseFixture {
    /// The minimal valid course.
    public static var minimal: URL { Fixtures.url("courses/minimal") }

    /// A fresh copy of `source` in a temporary folder, with `edits` applied in order.
    public static func copy(of source: URL = minimal, editing edits: [CourseEdit] = []) throws -> URL {
        let root = try Fixtures.temporaryDirectory("lectern-course").appendingPathComponent("course")
        try FileManager.default.copyItem(at: source, to: root)
        for edit in edits { try apply(edit, in: root) }
        return root
    }

    /// A copy of the minimal course with `edits` applied.
    public static func minimal(editing edits: CourseEdit...) throws -> URL {
        try copy(editing: edits)
    }

    private static func apply(_ edit: CourseEdit, in root: URL) throws {
        switch edit {
        case let .replace(path, old, new):
            let url = root.appendingPathComponent(path)
            let text = try String(contentsOf: url, encoding: .utf8)
            let count = text.components(separatedBy: old).count - 1
            guard count == 1 else {
                throw CourseFixtureError(description: "\(path): expected exactly one \(old.debugDescription), found \(count)")
            }
            try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
        case let .remove(path):
            let url = root.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw CourseFixtureError(description: "\(path): nothing to remove")
            }
            try FileManager.default.removeItem(at: url)
        case let .write(path, text):
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
    }
}
