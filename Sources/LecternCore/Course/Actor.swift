/// What sort of actor an entry of the knowledge base is; distractors are drawn from the same kind.
public enum ActorKind: String, Sendable, CaseIterable, Codable {
    case person
    case state
    case government
    case armedGroup = "armed-group"
    case militaryUnit = "military-unit"
    case organisation
    case community
}

/// A person, state, government, force or group the article names, as of the article's year.
public struct Actor: Sendable, Equatable {
    /// The stable id.
    public let id: String
    /// The display name.
    public let name: String
    /// Other names a learner may use.
    public let aliases: [String]
    /// The kind of actor.
    public let kind: ActorKind
    /// The actor's role, as of the article.
    public let role: String
    /// The actor's affiliation, as of the article.
    public let affiliation: String
    /// Every paragraph that mentions the actor.
    public let paragraphIDs: [String]

    /// Creates an actor.
    public init(
        id: String, name: String, aliases: [String], kind: ActorKind, role: String, affiliation: String,
        paragraphIDs: [String]
    ) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.kind = kind
        self.role = role
        self.affiliation = affiliation
        self.paragraphIDs = paragraphIDs
    }

    /// The display name followed by every alias.
    public var allNames: [String] { [name] + aliases }
}

/// A short exact quotation and the actor it is attributed to.
public struct Quote: Sendable, Equatable {
    /// The stable id.
    public let id: String
    /// The verbatim text.
    public let text: String
    /// The actor who said it.
    public let speakerID: String
    /// The paragraph it comes from.
    public let paragraphID: String

    /// Creates a quotation.
    public init(id: String, text: String, speakerID: String, paragraphID: String) {
        self.id = id
        self.text = text
        self.speakerID = speakerID
        self.paragraphID = paragraphID
    }
}
