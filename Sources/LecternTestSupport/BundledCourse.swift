import LecternCore

/// The course bundled at the top of the repository (`Lessons/`, `Quizzes/`), loaded once per test process.
public enum BundledCourse {
    private static let loaded = Result { () throws(CourseError) -> Course in
        try CourseLoader.load(from: Fixtures.packageRoot)
    }

    /// The bundled course; throws the loader's error when it does not load.
    public static func course() throws -> Course {
        try loaded.get()
    }
}
