import Foundation

/// Where a learner's files are in a progress folder given with `--progress-dir` or `LECTERN_PROGRESS_DIR`: the
/// course's part of it, `<progress>/<course id>/<learner>/`, the id read from the course's `Quizzes/course.yaml`
/// independently of Lectern's own reader.
public enum ProgressPlaces {
    /// The id the course at `course` declares (`id: …` in `Quizzes/course.yaml`), or nil when it declares none.
    public static func courseID(of course: URL) -> String? {
        guard let text = try? String(contentsOf: course.appendingPathComponent("Quizzes/course.yaml"), encoding: .utf8)
        else { return nil }
        return text.split(separator: "\n").lazy.compactMap { line -> String? in
            guard line.hasPrefix("id:") else { return nil }
            return line.dropFirst(3).trimmingCharacters(in: .whitespaces)
        }.first
    }

    /// The course's part of the shared folder `progress`.
    public static func coursePart(_ progress: URL, course: URL = Fixtures.packageRoot) -> URL {
        progress.appendingPathComponent(courseID(of: course) ?? "course-without-id", isDirectory: true)
    }

    /// `learner`'s folder for the course at `course` in the shared folder `progress`.
    public static func learnerFolder(_ progress: URL, _ learner: String, course: URL = Fixtures.packageRoot) -> URL {
        coursePart(progress, course: course).appendingPathComponent(learner, isDirectory: true)
    }
}
