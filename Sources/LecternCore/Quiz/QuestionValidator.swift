import Foundation

/// Checks authored questions against the course and its knowledge base, and generated ones as a self-check.
///
/// An authored problem is reported at the question's `file:line`; a generated one at `generated:<id>`, and any
/// such report is a generator bug rather than an author's mistake.
public enum QuestionValidator {
    /// Every problem of the course's questions, sorted by file and line; empty when all is well.
    public static func validate(_ course: Course) -> [Diagnostic] {
        validate(authored: course.questions, generated: course.generatedQuestions, in: course)
    }

    /// Every problem of these questions, checked against `course` and, for repeated prompts, against each other.
    public static func validate(authored: [Question], generated: [Question], in course: Course) -> [Diagnostic] {
        let context = ValidationContext(course)
        var diagnostics: [Diagnostic] = []
        var firstWithID: [String: Question] = [:]
        for question in authored {
            if let first = firstWithID[question.id] {
                diagnostics.append(
                    diagnostic(question, "id is already used by the question at \(location(of: first))"))
            } else {
                firstWithID[question.id] = question
            }
            if !Identifier.isValid(question.id) {
                diagnostics.append(
                    diagnostic(question, "id must be lower-case letters, digits and '-', starting with a letter"))
            }
        }
        for question in authored + generated {
            diagnostics += context.problems(of: question).map { diagnostic(question, $0) }
            diagnostics += EvidenceRules.errors(question, in: course.article)
            diagnostics += LessonPracticeRules.errors(question, in: course)
        }
        diagnostics += repeatedPrompts(authored + generated)
        return diagnostics.sorted()
    }

    /// Where a question is reported: its source for an authored question, `generated:<id>` for a generated one.
    public static func location(of question: Question) -> SourceLocation {
        if let source = question.source { return source }
        switch question.origin {
        case .generated: return SourceLocation(file: "generated:\(question.id)", line: nil)
        case .authored: return SourceLocation(file: "question:\(question.id)", line: nil)
        }
    }

    private static func diagnostic(_ question: Question, _ message: String) -> Diagnostic {
        CheckText.diagnostic(question, nil, message)
    }

    /// Questions that ask the same thing as an earlier one: the same prompt once normalised and, where the prompt is
    /// a fixed instruction, the same quotation, items or left-hand side. Forms of one fact share their prompt freely.
    ///
    /// The later question is reported, except that a generated question repeating an authored one is reported on the
    /// authored question (once), since the author is the one who can reword it.
    private static func repeatedPrompts(_ questions: [Question]) -> [Diagnostic] {
        var first: [String: Question] = [:]
        var reportedAuthored = Set<String>()
        var diagnostics: [Diagnostic] = []
        for question in questions {
            let key = askedKey(question)
            guard !key.isEmpty else { continue }
            guard let earlier = first[key] else {
                first[key] = question
                continue
            }
            guard earlier.factID != question.factID else { continue }
            if earlier.origin == .authored, question.origin == .generated {
                if reportedAuthored.insert(earlier.id).inserted {
                    diagnostics.append(diagnostic(earlier, "prompt repeats generated question \(question.id)"))
                }
            } else {
                let other = earlier.origin == .generated
                    ? "generated question \(earlier.id)" : "question \(earlier.id) (\(location(of: earlier)))"
                diagnostics.append(diagnostic(question, "prompt repeats \(other)"))
            }
        }
        return diagnostics
    }

    /// What a question asks, normalised: its prompt, plus the quotation, items or left-hand side its body shows.
    static func askedKey(_ question: Question) -> String {
        let prompt = AnswerText.normalize(question.prompt)
        switch question.body {
        case .whoSaid(let quote, _, _): return prompt + "|" + AnswerText.normalize(quote)
        case .order(let items): return prompt + "|" + items.map(AnswerText.normalize).sorted().joined(separator: "|")
        case .match(let pairs): return prompt + "|" + pairs.map { AnswerText.normalize($0.left) }.sorted().joined(separator: "|")
        default: return prompt
        }
    }
}
