/// A learner's name, checked so that it is safe as one folder name inside the progress folder.
public struct LearnerName: Sendable, Hashable, CustomStringConvertible {
    /// The longest name allowed, in characters.
    public static let maximumLength = 64

    /// A naming rule a name can break.
    public enum Problem: Sendable, Equatable, CustomStringConvertible {
        /// The name is empty.
        case empty
        /// The name has more than `maximumLength` characters.
        case tooLong(count: Int)
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

        /// What the rule is, in words.
        public var description: String {
            switch self {
            case .empty: "it is empty; give at least one character"
            case let .tooLong(count): "it has \(count) characters; at most \(LearnerName.maximumLength) are allowed"
            case .slash: "it contains \"/\", which would make it a path"
            case .backslash: "it contains \"\\\", which would make it a path on some systems"
            case .dotDot: "it contains \"..\", which could reach outside the progress folder"
            case .leadingDot: "it starts with \".\", which would hide the folder"
            case let .controlCharacter(value):
                "it contains the control character U+\(String(value, radix: 16, uppercase: true)); use printable characters"
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
        if let control = name.unicodeScalars.first(where: { $0.properties.generalCategory == .control }) {
            return .controlCharacter(control.value)
        }
        if name.contains("/") { return .slash }
        if name.contains("\\") { return .backslash }
        if name.contains("..") { return .dotDot }
        if name.hasPrefix(".") { return .leadingDot }
        return nil
    }

    /// The name.
    public var description: String { rawValue }
}
