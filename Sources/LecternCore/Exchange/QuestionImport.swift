import Foundation

/// What an import needs to know beyond the file: the lesson the questions go to and, to check them, the course.
public struct ImportOptions: Sendable {
    /// The lesson every imported question belongs to (a question file holds one lesson).
    public var lessonID: String
    /// The question file the result is meant for, relative to the course folder; diagnostics name it.
    public var file: String
    /// Paragraphs cited by a question that names none of its own (a bank that never went through Lectern).
    public var paragraphIDs: [String]
    /// The course the questions go into: when given, each question is checked as `lectern check` would check it in
    /// that course (ids, paragraphs, actors, repeated prompts, answers naming actors) and refused with the reason.
    public var course: Course?

    /// Options for importing into `lessonID`.
    public init(
        lessonID: String, file: String = "Quizzes/questions/imported.yaml", paragraphIDs: [String] = [],
        course: Course? = nil
    ) {
        self.lessonID = lessonID
        self.file = file
        self.paragraphIDs = paragraphIDs
        self.course = course
    }
}

/// A question of the imported file that has no Lectern form, with the reason.
public struct SkippedQuestion: Sendable, Equatable, CustomStringConvertible {
    /// The question's number in the file, from 1.
    public let position: Int
    /// Its name or title in the file, or the start of its text.
    public let name: String
    /// Why it was not imported.
    public let reason: String

    /// `question 3 (capitals): reason`.
    public var description: String { "question \(position) (\(name)): \(reason)" }
}

/// Something of an imported question that Lectern could not keep (per-answer feedback, partial credit), or that the
/// import wrote in its place (an explanation), for the author to look at.
public struct ImportNote: Sendable, Equatable, CustomStringConvertible {
    /// The id the question was given.
    public let questionID: String
    /// What was lost or made up.
    public let message: String

    /// `id: message`.
    public var description: String { "\(questionID): \(message)" }
}

/// The result of importing a GIFT or Moodle XML file: the questions, the question file that holds them, and every
/// question left out with its reason.
public struct QuestionImport: Sendable {
    /// The imported questions, in file order.
    public let questions: [Question]
    /// The question file (YAML) for `Quizzes/questions/`.
    public let fileText: String
    /// The questions of the file that were not imported, in file order.
    public let skipped: [SkippedQuestion]
    /// What the import could not keep or had to write, per question.
    public let notes: [ImportNote]
}

/// A question read from an exchange file, before it is given an id, a lesson and citations.
struct ImportCandidate {
    /// The question's number in the file, from 1.
    var position: Int
    /// The format's name or title for it, or nil.
    var name: String?
    /// The id number the file gives it, or nil.
    var idNumber: String?
    /// The question text.
    var prompt: String
    /// What it asks; nil when it has no Lectern form (`skipReason` says why).
    var body: QuestionBody?
    /// Why it cannot be imported.
    var skipReason: String?
    /// The general feedback, paragraph by paragraph.
    var feedback: [String] = []
    /// Lectern's metadata from the file's tags.
    var metadata = ExchangeMetadata()
    /// What was lost reading it.
    var notes: [String] = []

    /// A candidate with no Lectern form.
    static func skipped(_ position: Int, name: String?, prompt: String, _ reason: String) -> ImportCandidate {
        ImportCandidate(position: position, name: name, prompt: prompt, body: nil, skipReason: reason)
    }

    /// How the question is named in a list of skipped ones.
    var label: String {
        let text = name ?? idNumber ?? prompt
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return line.count > 60 ? String(line.prefix(57)) + "..." : line
    }
}

extension QuestionImport {
    /// Turns candidates into questions of the lesson: ids from their names, citations from their tags or the
    /// options, explanations from their feedback; then checks the written file as `lectern check` reads it.
    init(_ candidates: [ImportCandidate], options: ImportOptions) {
        var skipped: [SkippedQuestion] = []
        var notes: [ImportNote] = []
        var questions: [Question] = []
        var positions: [String: ImportCandidate] = [:]
        var unknownLevels = Set<String>()
        var ids = QuestionIDs(
            taken: Set(options.course?.questions.filter { $0.source?.file != options.file }.map(\.id) ?? []))
        for candidate in candidates {
            guard let body = candidate.body else {
                skipped.append(SkippedQuestion(
                    position: candidate.position, name: candidate.label, reason: candidate.skipReason ?? "no Lectern form"))
                continue
            }
            let paragraphs = candidate.metadata.paragraphIDs.isEmpty ? options.paragraphIDs : candidate.metadata.paragraphIDs
            guard !paragraphs.isEmpty else {
                skipped.append(SkippedQuestion(
                    position: candidate.position, name: candidate.label,
                    reason: "it cites no paragraph of the article: give the paragraphs it draws on"))
                continue
            }
            let prompt = candidate.prompt.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !prompt.isEmpty else {
                skipped.append(SkippedQuestion(position: candidate.position, name: candidate.label, reason: "it has no question text"))
                continue
            }
            let id = ids.make(from: candidate.idNumber ?? candidate.name ?? prompt)
            var questionNotes = candidate.notes
            var (explanation, evidence) = ExchangeText.explanationAndEvidence(
                candidate.feedback.flatMap { $0.components(separatedBy: "\n") })
            if explanation.isEmpty {
                explanation = "The answer: " + Self.answerText(body) + "."
                questionNotes.append("no feedback in the file: the explanation was written by the import; reword it")
            }
            let fact = candidate.metadata.factID.map { ids.sanitised($0) }
            if candidate.metadata.level == nil { unknownLevels.insert(id) }
            let question = Question(
                id: id, prompt: prompt, body: body, explanation: explanation, lessonID: options.lessonID,
                paragraphIDs: paragraphs, actorIDs: candidate.metadata.actorIDs, eventIDs: candidate.metadata.eventIDs,
                origin: .authored, factID: fact, level: candidate.metadata.level, evidence: evidence,
                objectives: candidate.metadata.objectives)
            questions.append(question)
            positions[id] = candidate
            var said = Set<String>()
            notes += questionNotes.filter { said.insert($0).inserted }.map { ImportNote(questionID: id, message: $0) }
        }
        // Write, read back as `check` does, and drop what it refuses; dropping never makes another question fail, but
        // a second pass confirms it.
        var written = QuestionFileWriter.write(questions, lesson: options.lessonID, unknownLevels: unknownLevels)
        for _ in 0..<3 {
            let refused = Self.problems(in: written, questions: questions, options: options)
            if refused.isEmpty { break }
            for (id, reason) in refused.sorted(by: { $0.key < $1.key }) {
                guard let candidate = positions[id] else { continue }
                skipped.append(SkippedQuestion(position: candidate.position, name: candidate.label, reason: reason))
            }
            questions.removeAll { refused[$0.id] != nil }
            notes.removeAll { refused[$0.questionID] != nil }
            written = QuestionFileWriter.write(questions, lesson: options.lessonID, unknownLevels: unknownLevels)
        }
        self.init(
            questions: questions, fileText: written.text, skipped: skipped.sorted { $0.position < $1.position },
            notes: notes)
    }

    /// The problems `check` finds in the written file, by question id.
    private static func problems(
        in written: (text: String, lines: [ClosedRange<Int>]), questions: [Question], options: ImportOptions
    ) -> [String: String] {
        var log = DiagnosticLog()
        var references = ReferenceChecks()
        let parsed = QuestionParser.parse(written.text, file: options.file, references: &references, log: &log)
        var diagnostics = log.diagnostics
        if let course = options.course {
            let others = course.questions.filter { $0.source?.file != options.file }
            diagnostics += references.verify(against: course).filter { $0.location.file == options.file }
            diagnostics += QuestionValidator.validate(authored: others + parsed, generated: course.generatedQuestions, in: course)
                .filter { $0.location.file == options.file }
        }
        var refused: [String: String] = [:]
        for diagnostic in diagnostics {
            let line = diagnostic.location.line ?? 0
            guard let index = written.lines.firstIndex(where: { $0.contains(line) }) else { continue }
            let id = questions[index].id
            let message = diagnostic.message.replacingOccurrences(of: "question \(id): ", with: "")
            refused[id] = refused[id].map { $0 + "; " + message } ?? message
        }
        return refused
    }

    /// The right answer as one phrase, for an explanation the file did not give.
    static func answerText(_ body: QuestionBody) -> String {
        switch body {
        case .choice(let options, let answer), .whoSaid(_, let options, let answer):
            return options.indices.contains(answer) ? options[answer] : ""
        case .multi(let options, let answers):
            return options.indices.filter(answers.contains).map { options[$0] }.joined(separator: ", ")
        case .trueFalse(let answer): return answer ? "true" : "false"
        case .typed(let answer, _), .cloze(_, let answer, _, _): return answer
        case .number(let answer, _, let unit): return ExchangeText.number(answer) + (unit.map { " " + $0 } ?? "")
        case .order(let items): return items.joined(separator: ", then ")
        case .match(let pairs): return pairs.map { "\($0.left): \($0.right)" }.joined(separator: "; ")
        }
    }
}

/// Lectern ids made from the names and titles of another format: `[a-z][a-z0-9-]*`, at most 64 characters, unique.
struct QuestionIDs {
    private var taken: Set<String>

    /// Ids that may not be given again (the course's own).
    init(taken: Set<String>) {
        self.taken = taken
    }

    /// A new id from `name`, with `-2`, `-3`… when the sanitised name is taken.
    mutating func make(from name: String) -> String {
        let base = sanitised(name)
        var id = base
        var number = 2
        while taken.contains(id) {
            let suffix = "-\(number)"
            id = String(base.prefix(64 - suffix.count)).trimmingCharacters(in: ["-"]) + suffix
            number += 1
        }
        taken.insert(id)
        return id
    }

    /// `name` as an id: accents folded, lower case, every run of other characters one `-`, a letter first.
    func sanitised(_ name: String) -> String {
        var id = IDWords.hyphenated(name)
        if let first = id.unicodeScalars.first, !("a"..."z").contains(first) { id = "q-" + id }
        id = String(id.prefix(64)).trimmingCharacters(in: ["-"])
        return id.isEmpty ? "question" : id
    }
}
