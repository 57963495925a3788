/// An actor a typed name was taken to mean, and why.
public struct NameMatch: Sendable, Equatable {
    /// The actor the text names.
    public let actor: Actor
    /// The name or alias the text matched, as written in the knowledge base.
    public let matchedName: String
    /// How many edits the text was from `matchedName` (0 for an exact match after normalising).
    public let typos: Int

    /// Creates a match.
    public init(actor: Actor, matchedName: String, typos: Int) {
        self.actor = actor
        self.matchedName = matchedName
        self.typos = typos
    }

    /// Why the text was taken as this actor: "name of Nouri al-Maliki", "alias of Nouri al-Maliki",
    /// "accepted with one typo; spelled Rouhani".
    public var reason: String {
        if typos > 0 { return "accepted with \(AnswerText.describeTypos(typos)); spelled \(matchedName)" }
        if matchedName == actor.name { return "name of \(actor.name)" }
        if matchedName == actor.id { return "id of \(actor.name)" }
        return "alias of \(actor.name)"
    }
}

/// Finds the actor a learner means by a name: exact names and aliases first, then a unique close spelling.
///
/// A misspelling is accepted only when it is within the typo allowance of one actor's name, no other actor has
/// a name as close or closer, and it is not a mere fragment of the name two or more edits short ("Mali" is not
/// "Maliki"). An exact name always wins, so "Iraq" is Iraq even though it is one letter from "Iran".
public struct ActorNameIndex: Sendable {
    struct Entry: Sendable {
        let actorIndex: Int
        let name: String
        let normalized: String
        let isID: Bool
    }

    /// A candidate actor and its nearest name.
    struct Candidate: Sendable {
        let actorIndex: Int
        let entry: Entry
        let distance: Int
    }

    /// The actors, in the order given.
    public let actors: [Actor]
    let entries: [Entry]
    /// Characters in the longest normalised name (ids excluded), not counting spaces.
    let longestName: Int

    /// Indexes every name and alias of the actors (and their ids, matched exactly only).
    public init(actors: [Actor]) {
        self.actors = actors
        var entries: [Entry] = []
        for (index, actor) in actors.enumerated() {
            for name in actor.allNames {
                let normalized = AnswerText.normalize(name)
                guard !normalized.isEmpty else { continue }
                entries.append(Entry(actorIndex: index, name: name, normalized: normalized, isID: false))
            }
            entries.append(
                Entry(actorIndex: index, name: actor.id, normalized: AnswerText.normalize(actor.id), isID: true))
        }
        self.entries = entries
        longestName = entries.filter { !$0.isID }.map { $0.normalized.count(where: { $0 != " " }) }.max() ?? 0
    }

    /// The actor `text` names, or nil when it names none or could mean more than one.
    public func resolve(_ text: String) -> NameMatch? {
        let input = AnswerText.normalize(text)
        guard !input.isEmpty else { return nil }
        if let exact = exactMatch(input) { return exact }
        // A misspelling is at most the largest typo allowance longer than its name (spaces aside), so a longer text,
        // such as a pasted paragraph, names no one and is not measured against every name.
        guard input.count(where: { $0 != " " }) <= longestName + AnswerText.allowedTypos(forLetters: .max) else {
            return nil
        }
        let ranked = candidates(for: input)
        guard let best = ranked.first, let typos = AnswerText.typos(input, against: best.entry.normalized) else {
            return nil
        }
        if ranked.count > 1, ranked[1].distance <= best.distance { return nil }
        return NameMatch(actor: actors[best.actorIndex], matchedName: best.entry.name, typos: typos)
    }

    /// The actor a normalised text names exactly, by name or alias, else by id.
    func exactMatch(_ input: String) -> NameMatch? {
        for wantIDs in [false, true] {
            let hits = entries.filter { $0.isID == wantIDs && $0.normalized == input }
            guard let first = hits.first else { continue }
            // Two actors sharing a name is a course error; refuse to guess between them.
            guard hits.allSatisfy({ $0.actorIndex == first.actorIndex }) else { return nil }
            return NameMatch(actor: actors[first.actorIndex], matchedName: first.name, typos: 0)
        }
        return nil
    }

    /// Every actor with its nearest name (ids excluded) to a normalised text, nearest first.
    func candidates(for input: String) -> [Candidate] {
        var best: [Int: Candidate] = [:]
        for entry in entries where !entry.isID {
            let distance = AnswerText.distance(input, entry.normalized)
            if let known = best[entry.actorIndex], known.distance <= distance { continue }
            best[entry.actorIndex] = Candidate(actorIndex: entry.actorIndex, entry: entry, distance: distance)
        }
        return best.values.sorted { ($0.distance, $0.actorIndex) < ($1.distance, $1.actorIndex) }
    }

    /// The distance from a normalised text to the nearest name of an actor, or nil for an unknown id.
    func nearestDistance(from input: String, toActor id: String) -> Int? {
        guard let index = actors.firstIndex(where: { $0.id == id }) else { return nil }
        return entries.filter { $0.actorIndex == index && !$0.isID }
            .map { AnswerText.distance(input, $0.normalized) }.min()
    }

    /// The actors one of whose names or aliases is exactly `text` after normalising.
    func actorsNamed(_ text: String) -> [Actor] {
        let input = AnswerText.normalize(text)
        var seen = Set<Int>()
        return entries.filter { !$0.isID && $0.normalized == input && seen.insert($0.actorIndex).inserted }
            .map { actors[$0.actorIndex] }
    }
}
