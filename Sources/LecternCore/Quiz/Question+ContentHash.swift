extension Question {
    /// A hash of everything the learner sees and is graded on; it changes when the question is edited, while the id
    /// (and so the learner's history) stays. Stable across runs and machines.
    public var contentHash: String {
        var parts = [kind.rawValue, prompt]
        switch body {
        case let .choice(options, answer): parts += options + ["\(answer)"]
        case let .multi(options, answers): parts += options + answers.sorted().map(String.init)
        case let .trueFalse(answer): parts.append("\(answer)")
        case let .typed(answer, accepted): parts += [answer] + accepted
        case let .number(answer, tolerance, unit): parts += ["\(answer)", "\(tolerance)", unit ?? ""]
        case let .order(items): parts += items
        case let .match(pairs): parts += pairs.flatMap { [$0.left, $0.right] }
        case let .cloze(before, answer, after, accepted): parts += [before, answer, after] + accepted
        case let .whoSaid(quote, options, answer): parts += [quote] + options + ["\(answer)"]
        }
        let value = StableHash.of(parts.joined(separator: "\u{1F}"))
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
