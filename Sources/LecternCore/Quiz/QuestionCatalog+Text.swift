extension QuestionCatalog {
    /// The catalog as plain text: a heading, then one block per question starting with its id, every other line at
    /// most `width` columns (a single word longer than the width stays whole). Without `answers` nothing gives an
    /// answer away: no marked option, no answer or explanation, order items and matching columns sorted, the gap of
    /// a cloze left blank (what a learner may see).
    public func text(width: Int = 80, answers: Bool = true) -> DisplayText {
        let width = max(width, 24)
        var lines = TextWrapper.lines("Questions on \"\(title)\" (\(year)): \(questions.count)", width: width)
        for entry in questions {
            lines.append("")
            lines += answers ? entry.textLines(width: width) : entry.questionLines(width: width)
        }
        return DisplayText(lines.joined(separator: "\n") + "\n")
    }
}

extension QuestionCatalog.Entry {
    /// The block of one question.
    func textLines(width: Int) -> [String] {
        // The id is what a learner or author searches for: it stays whole on its own line.
        var lines = [id]
        func add(_ text: String, _ indent: String = "  ", hanging: String = "    ") {
            lines += TextWrapper.lines(text, width: width, indent: indent, hangingIndent: hanging)
        }
        add(prompt)
        if let quote { add("\"\(quote)\"") }
        if let text { add("Text: " + text) }
        if let options {
            for (index, option) in options.enumerated() {
                let mark = answers.contains(option) ? " *" : ""
                add("\(Self.letter(index))) \(option)\(mark)", "    ", hanging: "       ")
            }
        }
        if let items {
            add("Items, in order:")
            for (index, item) in items.enumerated() { add("\(index + 1). \(item)", "    ", hanging: "       ") }
        }
        if let pairs {
            add("Pairs:")
            for (index, pair) in pairs.enumerated() {
                add("\(index + 1). \(pair.left) - \(pair.right)", "    ", hanging: "       ")
            }
        }
        if options == nil, items == nil, pairs == nil {
            var answer = "Answer: " + answers.joined(separator: " | ")
            if let tolerance, tolerance > 0 { answer += " (within \(Self.format(tolerance)))" }
            if let unit { answer += " \(unit)" }
            add(answer)
        }
        add("Why: " + explanation)
        var about = ["\(kind.rawValue), \(origin.rawValue)", "fact \(fact)", "lesson \(lesson ?? "-")", "paragraphs \(paragraphs.joined(separator: ", "))"]
        if !actors.isEmpty { about.append("actors \(actors.joined(separator: ", "))") }
        if !events.isEmpty { about.append("events \(events.joined(separator: ", "))") }
        if let source { about.append("source \(source)") }
        add(about.joined(separator: "; "))
        return lines
    }

    /// The block of one question without its answers: the prompt, the quotation, the gapped text, the options, the
    /// items and the two columns of a matching sorted, then where it comes from.
    func questionLines(width: Int) -> [String] {
        var lines = [id]
        func add(_ text: String, _ indent: String = "  ", hanging: String = "    ") {
            lines += TextWrapper.lines(text, width: width, indent: indent, hangingIndent: hanging)
        }
        add(prompt)
        if let quote { add("\"\(quote)\"") }
        if let text {
            add("Text: " + text.replacingOccurrences(of: #"\{\{[^}]*\}\}"#, with: "_____", options: .regularExpression))
        }
        if let options {
            for (index, option) in options.enumerated() { add("\(Self.letter(index))) \(option)", "    ", hanging: "       ") }
        }
        if let items {
            add("Items:")
            for item in items.sorted() { add("- \(item)", "    ", hanging: "      ") }
        }
        if let pairs {
            add("Match:")
            for (index, left) in pairs.map(\.left).enumerated() { add("\(index + 1). \(left)", "    ", hanging: "       ") }
            for (index, right) in pairs.map(\.right).sorted().enumerated() {
                add("\(Self.letter(index)). \(right)", "    ", hanging: "       ")
            }
        }
        add("\(kind.rawValue), \(origin.rawValue); lesson \(lesson ?? "-"); paragraphs \(paragraphs.joined(separator: ", "))")
        return lines
    }

    /// `a`, `b`, … `z`, then `27`, … for absurdly long option lists.
    static func letter(_ index: Int) -> String {
        guard index < 26, let scalar = Unicode.Scalar(UInt32(97 + index)) else { return "\(index + 1)" }
        return String(Character(scalar))
    }
}

