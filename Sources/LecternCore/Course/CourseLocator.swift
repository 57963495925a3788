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
    /// A folder other than the course's own is shared by courses, so the course's learners are in its part of it,
    /// `<folder>/<course id>/` (`ProgressLocation`).
    public static func progressDirectory(explicit: String?, environment: [String: String], course: URL, currentDirectory: URL) -> URL {
        progressLocation(explicit: explicit, environment: environment, course: course, currentDirectory: currentDirectory)
            .directory
    }

    /// Where the learners of the course at `course` keep their files, as `progressDirectory` says; `identity` is
    /// asked only for a shared folder (by default the course's id is read from its files, `CourseIdentity.read`), and
    /// `isWritable` says whether the user may write to a path (the system's answer by default).
    public static func progressLocation(
        explicit: String?, environment: [String: String], course: URL, currentDirectory: URL,
        identity: (() -> CourseIdentity)? = nil,
        isWritable: (String) -> Bool = { FileManager.default.isWritableFile(atPath: $0) }
    ) -> ProgressLocation {
        let shared: URL
        if let path = explicit ?? environment["LECTERN_PROGRESS_DIR"].flatMap({ $0.isEmpty ? nil : $0 }) {
            shared = URL(fileURLWithPath: path, relativeTo: currentDirectory).standardizedFileURL
        } else {
            let inCourse = course.appendingPathComponent("Progress")
            let manager = FileManager.default
            let usable = manager.fileExists(atPath: inCourse.path) ? inCourse : course
            if isWritable(usable.path) {
                return ProgressLocation(directory: inCourse, shared: nil)
            }
            if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
                shared = URL(fileURLWithPath: data).appendingPathComponent("lectern/Progress")
            } else if let home = environment["HOME"], !home.isEmpty {
                shared = URL(fileURLWithPath: home).appendingPathComponent(".local/share/lectern/Progress")
            } else {
                return ProgressLocation(directory: inCourse, shared: nil)
            }
        }
        let id = (identity?() ?? CourseIdentity.read(courseAt: course)).id
        return ProgressLocation(directory: shared.appendingPathComponent(id, isDirectory: true), shared: shared, courseID: id)
    }

    /// The folder of learner folders that `report --class DIR` and `flags --class DIR` read for the course `courseID`:
    /// `DIR` itself (learners' folders collected there), or `DIR/<course id>/` when `DIR` is a shared progress
    /// folder, that is when that subfolder exists and is not itself a learner's folder.
    public static func classFolder(_ path: String, courseID: String) -> URL {
        let folder = URL(fileURLWithPath: (path as NSString).expandingTildeInPath, isDirectory: true)
        let part = folder.appendingPathComponent(courseID, isDirectory: true)
        guard let opened = try? LearnerFolder.named(folder), let status = try? opened.status(of: courseID),
            LearnerFolder.kind(status) == S_IFDIR, let inner = try? opened.folder(courseID, owner: nil),
            ((try? inner.status(of: LearnerStore.logName)) ?? nil) == nil,
            ((try? inner.status(of: LearnerStore.snapshotName)) ?? nil) == nil
        else { return folder }
        return part
    }

    /// Whether `folder` holds `Lessons/` and `Quizzes/`.
    public static func isCourse(_ folder: URL) -> Bool {
        let manager = FileManager.default
        return manager.fileExists(atPath: folder.appendingPathComponent("Lessons").path)
            && manager.fileExists(atPath: folder.appendingPathComponent("Quizzes").path)
    }
}
