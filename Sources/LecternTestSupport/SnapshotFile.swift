import Foundation

/// Expected outputs kept as plain files beside the tests, compared byte for byte.
///
/// With `LECTERN_RECORD_SNAPSHOTS=1` in the environment the file is (re)written instead and the check passes, so a
/// deliberate change is recorded with one run and reviewed as a diff.
public enum SnapshotFile {
    /// Whether this run records snapshots instead of checking them.
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["LECTERN_RECORD_SNAPSHOTS"] == "1" }

    /// Compares `text` with `folder/name`; nil when equal (or just recorded), else what differs, in words.
    public static func mismatch(_ text: String, named name: String, in folder: URL) -> String? {
        let url = folder.appendingPathComponent(name)
        if isRecording {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
                return nil
            } catch {
                return "could not record \(url.path): \(error)"
            }
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return "no snapshot \(url.path); run the tests once with LECTERN_RECORD_SNAPSHOTS=1 to record it"
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != text else { return nil }
        let want = expected.components(separatedBy: "\n")
        let got = text.components(separatedBy: "\n")
        let line = zip(want, got).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(want.count, got.count)
        let shown = { (lines: [String]) in line < lines.count ? lines[line] : "<end of text>" }
        return "\(name) differs from line \(line + 1) (re-record with LECTERN_RECORD_SNAPSHOTS=1 if intended):\n"
            + "  expected: \(shown(want))\n  actual:   \(shown(got))"
    }
}
