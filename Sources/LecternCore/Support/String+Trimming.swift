import Foundation

extension String {
    /// The text without the scalars in `set` at either end: what `trimmingCharacters(in:)` returns, found scalar by
    /// scalar without its round trip through `NSString` (which trims UTF-16 units; the sets trimmed here have no
    /// member outside the Basic Multilingual Plane, so the two agree).
    func trimmed(_ set: CharacterSet) -> String {
        self[...].trimmed(set)
    }
}

extension Substring {
    /// See `String.trimmed(_:)`.
    func trimmed(_ set: CharacterSet) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !set.contains($0) }),
            let last = scalars.lastIndex(where: { !set.contains($0) })
        else { return "" }
        return String(Substring(scalars[first...last]))
    }
}
