import Foundation

extension AskedQuestion {
    /// The next hint, or nil when there is nothing more to give; each hint given counts in `hintsUsed`.
    ///
    /// Choice, multi and who-said rule out one wrong option a hint (always leaving one wrong option standing);
    /// typed and cloze reveal the next letter (never the last); number narrows to "between X and Y" twice;
    /// order reveals the next item from the start; match reveals one pair; true-or-false has none.
    public mutating func hint(course: Course) -> String? {
        let text: String?
        switch question.body {
        case .choice(let options, let answer):
            text = eliminateOption(labels: options, isRight: { $0 == answer })
        case .multi(let options, let answers):
            text = eliminateOption(labels: options, isRight: { answers.contains($0) })
        case .whoSaid(_, let options, let answer):
            text = eliminateOption(labels: options.map { course.actor($0)?.name ?? $0 }, isRight: { $0 == answer })
        case .typed(let answer, _), .cloze(_, let answer, _, _):
            text = revealLetter(of: answer)
        case .number(let answer, let tolerance, let unit):
            text = narrow(answer: answer, tolerance: tolerance, unit: unit)
        case .order(let items):
            text = revealItem(items)
        case .match(let pairs):
            text = revealPair(pairs)
        case .trueFalse:
            text = nil
        }
        if text != nil { hintsUsed += 1 }
        return text
    }

    private mutating func eliminateOption(labels: [String], isRight: (Int) -> Bool) -> String? {
        let wrong = (1...max(shownCount, 1)).filter { number in
            authoredIndex(forShown: number).map { !isRight($0) } ?? false
        }
        let remaining = wrong.filter { !eliminated.contains($0) }
        guard remaining.count > 1, let number = remaining.first, let index = authoredIndex(forShown: number) else {
            return nil
        }
        eliminated.append(number)
        return "Not \(number): \(labels[index])."
    }

    private mutating func revealLetter(of answer: String) -> String? {
        let letters = AnswerText.letterCount(answer)
        guard revealedLetters + 1 < letters else { return nil }
        revealedLetters += 1
        var shown = ""
        var count = 0
        for character in answer {
            if character.isLetter || character.isNumber {
                if count == revealedLetters { break }
                count += 1
            }
            shown.append(character)
        }
        return "It begins “\(shown)…” (\(letters) letters)."
    }

    private mutating func narrow(answer: Double, tolerance: Double, unit: String?) -> String? {
        let isYear = NumberReader.isYear(answer, unit: unit)
        let widths = isYear ? [20.0, 6.0] : [max(abs(answer), 1), max(abs(answer), 1) / 4]
        guard hintsUsed < widths.count else { return nil }
        let width = widths[hintsUsed]
        guard width > 2 * tolerance else { return nil }
        var step = pow(10, (log10(width / 4)).rounded(.down))
        if answer == answer.rounded() { step = max(step, 1) }
        var lower = ((answer - width * numberHintOffset) / step).rounded(.down) * step
        let upper = ((answer - width * numberHintOffset + width) / step).rounded(.up) * step
        if answer >= 0 { lower = max(lower, 0) }
        let low = NumberReader.format(lower, asYear: isYear)
        let high = NumberReader.format(upper, asYear: isYear)
        let suffix = unit.map { " \($0)" } ?? ""
        return "Between \(low) and \(high)\(suffix)."
    }

    private static let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh"]

    private mutating func revealItem(_ items: [String]) -> String? {
        guard revealedItems < max(items.count - 2, 1), revealedItems < items.count,
            let shown = shownNumber(ofAuthored: revealedItems)
        else { return nil }
        let place = revealedItems < AskedQuestion.ordinals.count ? AskedQuestion.ordinals[revealedItems] : "next"
        revealedItems += 1
        return "\(shown) (\(items[revealedItems - 1])) comes \(place)."
    }

    private mutating func revealPair(_ pairs: [MatchPair]) -> String? {
        guard revealedPairs.count < max(pairs.count - 2, 1),
            let left = pairs.indices.first(where: { !revealedPairs.contains($0 + 1) }),
            let shown = shownNumber(ofAuthored: left)
        else { return nil }
        revealedPairs.append(left + 1)
        return "\(left + 1) goes with \(AskedQuestion.letter(shown - 1)): \(pairs[left].left) — \(pairs[left].right)."
    }
}
