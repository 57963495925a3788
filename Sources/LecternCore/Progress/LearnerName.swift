/// A learner's name, checked so that it is safe as one folder name inside the progress folder.
public struct LearnerName: Sendable, Hashable, CustomStringConvertible {
    /// The longest name allowed, in characters.
    public static let maximumLength = 64
    /// The longest name allowed, in bytes of UTF-8: a folder name may have 255, and a removed learner's folder adds
    /// `-yyyyMMdd-HHmmss-N` to it.
    public static let maximumBytes = 200

    /// A naming rule a name can break.
    public enum Problem: Sendable, Equatable, CustomStringConvertible {
        /// The name is empty.
        case empty
        /// The name has more than `maximumLength` characters.
        case tooLong(count: Int)
        /// The name has more than `maximumBytes` bytes of UTF-8.
        case tooManyBytes(count: Int)
        /// The name contains `/`.
        case slash
        /// The name contains `\`.
        case backslash
        /// The name contains `..`.
        case dotDot
        /// The name starts with `.`.
        case leadingDot
        /// The name contains a control character (a newline, tab, escape…).
        case controlCharacter(UInt32)
        /// The name contains a character that shows nothing or reorders what is shown: zero-width, bidi control,
        /// byte-order mark, line or paragraph separator.
        case invisibleCharacter(UInt32)

        /// What the rule is, in words.
        public var description: String {
            switch self {
            case .empty: "it is empty; give at least one character"
            case let .tooLong(count): "it has \(count) characters; at most \(LearnerName.maximumLength) are allowed"
            case let .tooManyBytes(count):
                "it is \(count) bytes long in UTF-8; a learner's folder name may be at most \(LearnerName.maximumBytes)"
                    + " bytes, so use fewer or simpler characters"
            case .slash: "it contains \"/\", which would make it a path"
            case .backslash: "it contains \"\\\", which would make it a path on some systems"
            case .dotDot: "it contains \"..\", which could reach outside the progress folder"
            case .leadingDot: "it starts with \".\", which would hide the folder"
            case let .controlCharacter(value):
                "it contains the control character U+\(String(value, radix: 16, uppercase: true)); use printable characters"
            case let .invisibleCharacter(value):
                "it contains \(LearnerName.characterName(value)), which is invisible or reorders text, so two names"
                    + " that look alike could differ; use visible characters only"
            }
        }
    }

    /// The name as given.
    public let rawValue: String

    /// Checks `name`, throwing the first rule it breaks.
    public init(_ name: String) throws(ProgressError) {
        if let problem = Self.problem(with: name) {
            throw .invalidLearnerName(name: name, problem: problem.description)
        }
        rawValue = name
    }

    /// The first rule `name` breaks, or `nil` if it is a valid name.
    public static func problem(with name: String) -> Problem? {
        if name.isEmpty { return .empty }
        if name.count > maximumLength { return .tooLong(count: name.count) }
        if name.utf8.count > maximumBytes { return .tooManyBytes(count: name.utf8.count) }
        if let control = name.unicodeScalars.first(where: { $0.properties.generalCategory == .control }) {
            return .controlCharacter(control.value)
        }
        if let invisible = name.unicodeScalars.first(where: isInvisible) {
            return .invisibleCharacter(invisible.value)
        }
        if name.contains("/") { return .slash }
        if name.contains("\\") { return .backslash }
        if name.contains("..") { return .dotDot }
        if name.hasPrefix(".") { return .leadingDot }
        return nil
    }

    /// The name.
    public var description: String { rawValue }

    /// Whether `scalar` shows nothing or reorders text: a format character (zero-width space and joiners, bidi
    /// embeddings, overrides and isolates, the byte-order mark, soft hyphen) or a line or paragraph separator.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .format, .lineSeparator, .paragraphSeparator: true
        default: false
        }
    }

    /// `U+200B ZERO WIDTH SPACE`: the code point and its Unicode name.
    static func characterName(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        guard let scalar = Unicode.Scalar(value), let name = scalar.properties.name else { return code }
        return "\(code) \(name)"
    }
}
