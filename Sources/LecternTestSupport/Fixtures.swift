import Foundation

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

    /// A fresh empty temporary folder, unique to the call.
    public static func temporaryDirectory(_ label: String = "lectern") throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(label)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
