/// A set of Unicode scalars given by a rule, for trimming: Foundation's `CharacterSet` answers the same questions but
/// takes about a microsecond a test, and the answer path trims every line the learner types.
struct ScalarSet: Sendable {
    /// Whether the set holds a scalar.
    let contains: @Sendable (Unicode.Scalar) -> Bool

    /// `CharacterSet.whitespaces`: the space separators (general category Zs), tab, and U+200B ZERO WIDTH SPACE,
    /// which Foundation still counts (it was a space separator in Unicode before 4.0.1).
    static let whitespaces = ScalarSet { scalar in
        if scalar.isASCII { return scalar == " " || scalar == "\t" }
        return scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
    }

    /// `CharacterSet.whitespacesAndNewlines`: the Unicode White_Space property (Zs, tab, U+000A to U+000D, U+0085, and
    /// the line and paragraph separators), and U+200B as in `whitespaces`.
    static let whitespacesAndNewlines = ScalarSet { scalar in
        if scalar.isASCII { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        return scalar == "\u{200B}" || scalar.properties.isWhitespace
    }

    /// The scalars of `members`.
    init(_ members: String) {
        let scalars = Set(members.unicodeScalars)
        contains = { scalars.contains($0) }
    }

    private init(_ rule: @escaping @Sendable (Unicode.Scalar) -> Bool) {
        contains = rule
    }
}

extension String {
    /// The text without the scalars in `set` at either end: what Foundation's `trimmingCharacters(in:)` returns for
    /// the matching `CharacterSet`, found scalar by scalar (Foundation trims UTF-16 units; the sets trimmed here have
    /// no member outside the Basic Multilingual Plane, so the two agree).
    func trimmed(_ set: ScalarSet) -> String {
        self[...].trimmed(set)
    }
}

extension Substring {
    /// See `String.trimmed(_:)`.
    func trimmed(_ set: ScalarSet) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !set.contains($0) }),
            let last = scalars.lastIndex(where: { !set.contains($0) })
        else { return "" }
        return String(Substring(scalars[first...last]))
    }
}
