import Foundation
import LecternCore

/// Paths of the package's own folders, found from this source file so tests run from any working directory.
public enum Fixtures {
    /// The package root (the folder holding `Package.swift`), which is also the bundled course.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/Fixtures`.
    public static let root: URL = packageRoot.appendingPathComponent("Tests/Fixtures")

    /// A file or folder under `Tests/Fixtures`.
    public static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    /// The environment for programs the tests start: the tests' own, with `XDG_CACHE_HOME` moved to a folder of this
    /// test process, so course stamps (`CourseStamp`) written by those programs never land in the real cache, and a
    /// UTF-8 locale when the tests' own is not one (outside it Lectern writes ASCII; `ASCIILocaleTests` sets it).
    public static var childEnvironment: [String: String] {
        var variables = ProcessInfo.processInfo.environment
        variables["XDG_CACHE_HOME"] = cacheHome
        if !Style.isUTF8Locale(variables) {
            variables["LC_ALL"] = nil
            variables["LC_CTYPE"] = nil
            variables["LANG"] = "C.UTF-8"
        }
        return variables
    }

    /// The cache folder of this test process's children.
    public static let cacheHome: String = {
        let url = TemporaryFolders.runRoot.appendingPathComponent("cache")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }()

    /// A fresh empty temporary folder, unique to the call. It is removed when the test that made it ends, under a
    /// suite or test with the `.removingTemporaryFolders` trait, and otherwise when the test run ends.
    public static func temporaryDirectory(_ label: String = "lectern") throws -> URL {
        let url = TemporaryFolders.runRoot.appendingPathComponent("\(label)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        TemporaryFolders.current?.keep(url)
        return url
    }
}
