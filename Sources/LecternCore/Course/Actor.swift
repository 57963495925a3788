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

/// A person, state, government, force or group the article distinguishes, with its role at the time the article
/// gives it.
public struct Actor: Sendable, Equatable {
    /// The stable id.
    public let id: String
    /// The display name, in the article's own form: the answer a learner is asked for.
    public let name: String
    /// A fuller name the article does not use ("Dick Cheney"), shown marked as added and accepted, never required.
    public let addedName: String?
    /// Other names a learner may use.
    public let aliases: [String]
    /// The kind of actor.
    public let kind: ActorKind
    /// The actor's role, as the article describes it.
    public let role: String
    /// When the role held, for a role that had ended by the article's year ("2001"); nil for the article's year.
    public let asOf: String?
    /// The actor's affiliation, only where the article states one.
    public let affiliation: String?
    /// The exact passage of one of `paragraphIDs` that makes the role right; questions are generated only from a
    /// role that has one.
    public let evidence: String?
    /// Every paragraph that mentions the actor.
    public let paragraphIDs: [String]
    /// Whether the entry is a draft (`draft: true`): loaded, but no question is generated from it.
    public var isDraft = false

    /// Creates an actor.
    public init(
        id: String, name: String, aliases: [String], kind: ActorKind, role: String, affiliation: String? = nil,
        paragraphIDs: [String], addedName: String? = nil, asOf: String? = nil, evidence: String? = nil
    ) {
        self.id = id
        self.name = name
        self.addedName = addedName
        self.aliases = aliases
        self.kind = kind
        self.role = role
        self.asOf = asOf
        self.affiliation = affiliation?.isEmpty == true ? nil : affiliation
        self.evidence = evidence
        self.paragraphIDs = paragraphIDs
    }

    /// The display name, every alias, then the added name when no alias already spells it.
    public var allNames: [String] {
        guard let addedName, addedName != name, !aliases.contains(addedName) else { return [name] + aliases }
        return [name] + aliases + [addedName]
    }

    /// Whether the role is of an earlier time than the article's year.
    public var isHistorical: Bool { asOf != nil }

    /// The time the role is of: `asOf`, or the article's year.
    public func roleTime(articleYear: Int) -> String { asOf ?? String(articleYear) }
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
    /// The exact passage of the paragraph that shows who said it, when given.
    public let evidence: String?
    /// Whether the entry is a draft (`draft: true`): loaded, but no question is generated from it.
    public var isDraft = false

    /// Creates a quotation.
    public init(id: String, text: String, speakerID: String, paragraphID: String, evidence: String? = nil) {
        self.id = id
        self.text = text
        self.speakerID = speakerID
        self.paragraphID = paragraphID
        self.evidence = evidence
    }
}
