/// Patterns across the bank that let a test-wise learner score without reading: the longest option, the latest
/// year, a lopsided true/false split, absolute words that only false statements carry.
///
/// Each is a share of a kind of question, so each needs a few questions of that kind before it says anything.
enum CueRules {
    /// The fewest questions of a kind a share is worked out on.
    static let minimumQuestions = 5
    /// The most choice questions whose key may be the longest option: with four options chance gives 25%.
    static let longestKeyShare = 0.30
    /// The most year questions whose key may be the latest year.
    static let latestYearShare = 0.40
    /// The share of true statements a true/false set keeps to.
    static let trueShare = 0.40...0.60
    /// Words that make a statement sweeping, and so often false, which test-wise learners look for.
    static let absoluteWords: Set<String> = [
        "all", "only", "always", "never", "purely", "automatically", "every", "entirely", "completely",
    ]

    /// Every cue finding of the bank.
    static func warnings(_ questions: [Question]) -> [Diagnostic] {
        [longestKey(questions), latestYear(questions), trueFalseBalance(questions), absoluteQualifiers(questions)]
            .compactMap { $0 }
    }

    /// `key-longest`: the key is longer than every other option in too many choice questions.
    static func longestKey(_ questions: [Question]) -> Diagnostic? {
        let (choices, longest) = keyIsHighest(questions) { $0.trimmingCharacters(in: .whitespaces).count }
        guard choices >= minimumQuestions, Double(longest.count) > longestKeyShare * Double(choices) else { return nil }
        return Diagnostic(
            CheckText.questionsFolder,
            "the key is the longest option in \(CheckText.share(longest.count, of: choices)) choice questions (at most 30%): "
                + "lengthen distractors or shorten keys in \(CheckText.list(longest))",
            rule: .keyLongest)
    }

    /// `key-latest-year`: in choice questions whose options are all years, the key is the latest too often.
    static func latestYear(_ questions: [Question]) -> Diagnostic? {
        let (yearQuestions, latest) = keyIsHighest(questions, value: year)
        guard yearQuestions >= minimumQuestions, Double(latest.count) > latestYearShare * Double(yearQuestions) else {
            return nil
        }
        return Diagnostic(
            CheckText.questionsFolder,
            "the key is the latest year in \(CheckText.share(latest.count, of: yearQuestions)) year questions (at most 40%): "
                + "offer later years in \(CheckText.list(latest))",
            rule: .keyLatestYear)
    }

    /// The choice questions whose every option has a `value`: how many there are, and those whose key's value is
    /// above every other option's (a tie for the top is not the key standing out).
    private static func keyIsHighest<Value: Comparable>(
        _ questions: [Question], value: (String) -> Value?
    ) -> (counted: Int, highest: [Question]) {
        var counted = 0
        var highest: [Question] = []
        for question in questions {
            guard case .choice(let options, let answer) = question.body, options.indices.contains(answer) else {
                continue
            }
            let values = options.compactMap(value)
            guard values.count == options.count else { continue }
            counted += 1
            if values.indices.allSatisfy({ $0 == answer || values[$0] < values[answer] }) { highest.append(question) }
        }
        return (counted, highest)
    }

    /// An option that is a year: four digits, nothing else.
    static func year(_ option: String) -> Int? {
        let text = option.trimmingCharacters(in: .whitespaces)
        guard text.count == 4, text.allSatisfy(\.isASCII), let value = Int(text), value >= 1000 else { return nil }
        return value
    }

    /// `true-false-balance`: the true statements are under 40% or over 60% of the true/false questions.
    static func trueFalseBalance(_ questions: [Question]) -> Diagnostic? {
        let answers = questions.compactMap { question -> Bool? in
            guard case .trueFalse(let answer) = question.body else { return nil }
            return answer
        }
        let trueCount = answers.filter { $0 }.count
        guard answers.count >= minimumQuestions, !trueShare.contains(Double(trueCount) / Double(answers.count)) else {
            return nil
        }
        return Diagnostic(
            CheckText.questionsFolder,
            "\(CheckText.share(trueCount, of: answers.count)) true/false statements are true (keep it between 40% and 60%), "
                + "so always answering '\(trueCount * 2 > answers.count ? "true" : "false")' pays",
            rule: .trueFalseBalance)
    }

    /// `absolute-qualifiers`: of the statements with an absolute word, more are false than true.
    static func absoluteQualifiers(_ questions: [Question]) -> Diagnostic? {
        var falseOnes: [Question] = []
        var words: [String: String] = [:]
        var trueCount = 0
        for question in questions {
            guard case .trueFalse(let answer) = question.body,
                let word = CheckText.words(question.prompt).first(where: absoluteWords.contains)
            else { continue }
            if answer {
                trueCount += 1
            } else {
                falseOnes.append(question)
                words[question.id] = "'\(word)'"
            }
        }
        guard falseOnes.count >= 2, falseOnes.count > trueCount else { return nil }
        return Diagnostic(
            CheckText.questionsFolder,
            "\(falseOnes.count) false and \(trueCount) true statements carry an absolute word (all, only, always, never…): "
                + "make the false ones wrong in substance, not in one word: \(CheckText.list(falseOnes) { words[$0.id] })",
            rule: .absoluteQualifiers)
    }
}
