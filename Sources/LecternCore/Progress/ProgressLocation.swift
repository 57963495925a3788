import Foundation

/// Where one course's learners keep their files: a folder of learner folders, and the folder shared by courses that
/// it is the course's part of, if any.
///
/// The course's own `Progress/` belongs to that course alone, so its learners are right in it. Any other progress
/// folder (`--progress-dir`, `LECTERN_PROGRESS_DIR`, `~/.local/share/lectern/Progress`) may serve several courses, so
/// each course has its part, `<folder>/<course id>/`, and two courses never share a learner's files.
public struct ProgressLocation: Sendable, Equatable {
    /// The folder holding one folder per learner of this course.
    public let directory: URL
    /// The progress folder shared by courses that `directory` is part of; nil for the course's own `Progress/`.
    public let shared: URL?
    /// The course's id, for a shared folder.
    public let courseID: String?

    /// A location from its parts.
    public init(directory: URL, shared: URL? = nil, courseID: String? = nil) {
        self.directory = directory
        self.shared = shared
        self.courseID = courseID
    }
}
