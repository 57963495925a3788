extension QuestionKind {
    /// Whether the learner must produce the answer (typed, number, cloze) rather than recognise it among options.
    public var isRecall: Bool {
        switch self {
        case .typed, .number, .cloze: true
        case .choice, .multi, .trueFalse, .order, .match, .whoSaid: false
        }
    }
}
