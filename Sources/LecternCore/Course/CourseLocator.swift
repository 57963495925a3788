import Foundation

/// Finds the course to open when none is named, and the folder where learners' files go.
public enum CourseLocator {
    /// The course: `explicit`, else `LECTERN_COURSE`, else the working folder when it is a course, else
    /// `../share/lectern/course` beside an installed binary, else the nearest folder above the executable that is
    /// one (a build inside the repository).
    public static func course(
        explicit: String?, environment: [String: String], currentDirectory: URL, executable: URL
    ) -> URL {
        if let explicit { return URL(fileURLWithPath: explicit, relativeTo: currentDirectory).standardizedFileURL }
        if let named = environment["LECTERN_COURSE"], !named.isEmpty {
            return URL(fileURLWithPath: named, relativeTo: currentDirectory).standardizedFileURL
        }
        if isCourse(currentDirectory) { return currentDirectory.standardizedFileURL }
        let binaryFolder = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        let installed = binaryFolder.deletingLastPathComponent().appendingPathComponent("share/lectern/course")
        if isCourse(installed) { return installed.standardizedFileURL }
        var folder = binaryFolder
        while folder.path != "/" {
            if isCourse(folder) { return folder.standardizedFileURL }
            folder = folder.deletingLastPathComponent()
        }
        return currentDirectory.standardizedFileURL
    }

    /// Learners' files: `explicit`, else `LECTERN_PROGRESS_DIR`, else the course's `Progress/` folder; for a course
    /// that cannot be written (an installed one), `$XDG_DATA_HOME/lectern/Progress` (`~/.local/share/…`) instead.
    public static func progressDirectory(explicit: String?, environment: [String: String], course: URL, currentDirectory: URL) -> URL {
        if let path = explicit ?? environment["LECTERN_PROGRESS_DIR"].flatMap({ $0.isEmpty ? nil : $0 }) {
            return URL(fileURLWithPath: path, relativeTo: currentDirectory).standardizedFileURL
        }
        let inCourse = course.appendingPathComponent("Progress")
        let manager = FileManager.default
        let usable = manager.fileExists(atPath: inCourse.path) ? inCourse : course
        if manager.isWritableFile(atPath: usable.path) { return inCourse }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return URL(fileURLWithPath: data).appendingPathComponent("lectern/Progress")
        }
        if let home = environment["HOME"], !home.isEmpty {
            return URL(fileURLWithPath: home).appendingPathComponent(".local/share/lectern/Progress")
        }
        return inCourse
    }

    /// Whether `folder` holds `Lessons/` and `Quizzes/`.
    public static func isCourse(_ folder: URL) -> Bool {
        let manager = FileManager.default
        return manager.fileExists(atPath: folder.appendingPathComponent("Lessons").path)
            && manager.fileExists(atPath: folder.appendingPathComponent("Quizzes").path)
    }
}
