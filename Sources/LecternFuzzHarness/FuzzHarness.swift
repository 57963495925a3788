import Foundation
import LecternCore

/// What each fuzz target does with one input, kept apart from the libFuzzer entry points so that every target is a
/// few lines and the harness can be read in one place.
///
/// A harness feeds the bytes to the same public entry points the app uses and checks a few invariants; a broken one
/// throws a `FuzzFailure`, which a fuzz target turns into a crash (so libFuzzer keeps the input) and
/// `FuzzRegressionTests` into a failed test. Anything an input may legitimately cause (a diagnostic, a refusal, a
/// read-only store) is accepted.
public enum FuzzHarness {
    /// The Lectern package root: this file is `Sources/LecternFuzzHarness/FuzzHarness.swift`.
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The minimal fixture course every course target edits one file of.
    public static let minimalRoot = packageRoot.appendingPathComponent("Tests/Fixtures/courses/minimal")

    /// The minimal course's files by relative path, read once.
    public static let minimalFiles: [String: Data] = {
        var files: [String: Data] = [:]
        let base = minimalRoot.standardizedFileURL.path + "/"
        let walker = FileManager.default.enumerator(at: minimalRoot, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(base), let data = try? Data(contentsOf: url) else { continue }
            files[String(path.dropFirst(base.count))] = data
        }
        precondition(files.count >= 5, "the minimal course was not found at \(minimalRoot.path)")
        return files
    }()

    /// The file of the minimal course that `lesson(_:)` replaces.
    public static let lessonPath = "Lessons/01-a-common-enemy.md"
    /// The file of the minimal course that `questions(_:)` replaces.
    public static let questionsPath = "Quizzes/questions/01-a-common-enemy.yaml"

    /// A lesson file (front matter and Markdown sections) in place of the minimal course's first lesson.
    public static func lesson(_ bytes: [UInt8]) throws(FuzzFailure) {
        try loadMinimalCourse(replacing: lessonPath, with: bytes)
    }

    /// A question file in place of the minimal course's only one.
    public static func questions(_ bytes: [UInt8]) throws(FuzzFailure) {
        try loadMinimalCourse(replacing: questionsPath, with: bytes)
    }

    /// The knowledge-base file chosen by the first byte (`e` events, `q` quotes, anything else actors), holding
    /// the rest of the bytes, in place of the minimal course's own.
    public static func knowledgeBase(_ bytes: [UInt8]) throws(FuzzFailure) {
        guard let first = bytes.first else { return }
        try loadMinimalCourse(replacing: knowledgeBasePath(selector: first), with: Array(bytes.dropFirst()))
    }

    /// The knowledge-base file a first byte selects.
    public static func knowledgeBasePath(selector: UInt8) -> String {
        switch selector {
        case UInt8(ascii: "e"): "Quizzes/events.yaml"
        case UInt8(ascii: "q"): "Quizzes/quotes.yaml"
        default: "Quizzes/actors.yaml"
        }
    }

    /// Loads the minimal course with one file's bytes replaced: either a course or diagnostics, never a crash.
    /// A course that loads must accept the answers it states.
    @discardableResult
    public static func loadMinimalCourse(
        replacing path: String, with bytes: [UInt8]
    ) throws(FuzzFailure) -> Result<Course, CourseError> {
        var files = minimalFiles
        files[path] = Data(bytes)
        let result: Result<Course, CourseError>
        do {
            result = .success(try CourseLoader.load(files: files, root: minimalRoot))
        } catch {
            try check(!error.diagnostics.isEmpty, "a course was refused without a reason")
            _ = error.description
            result = .failure(error)
        }
        if case let .success(course) = result {
            try gradeOwnAnswers(course)
        }
        return result
    }

    /// Every question of a valid course is asked once, shown, given its passage as a quiz does, and graded with its
    /// own answer where that answer can be typed as it is shown (true-false, typed, cloze, number).
    static func gradeOwnAnswers(_ course: Course) throws(FuzzFailure) {
        let grader = Grader(course: course)
        let passages = PassageFinder(course: course, names: grader.names)
        var random = SplitMix64(seed: 1)
        for question in QuestionBank(course: course).questions {
            var asked = AskedQuestion(question, using: &random)
            _ = asked.presentation(course: course)
            _ = passages.best(for: question)
            while asked.hint(course: course) != nil, asked.hintsUsed < 8 {}
            let response: String
            switch question.body {
            case let .trueFalse(answer): response = answer ? "t" : "f"
            case let .typed(answer, _), let .cloze(_, answer, _, _): response = answer
            case let .number(answer, _, _): response = NumberReader.format(answer)
            default: continue
            }
            let grade = grader.grade(asked, response: response)
            guard case let .success(result) = grade, result.outcome == .correct else {
                throw FuzzFailure("question \(question.id) does not accept its own answer '\(response)': \(grade)")
            }
        }
    }

    /// Throws `message` unless `condition` holds.
    static func check(_ condition: Bool, _ message: @autoclosure () -> String) throws(FuzzFailure) {
        if !condition { throw FuzzFailure(message()) }
    }

    /// Runs `target` on `bytes` and crashes with its failure: what a libFuzzer entry point does with one input.
    public static func crashing(on bytes: [UInt8], _ target: ([UInt8]) throws -> Void) {
        do {
            try target(bytes)
        } catch {
            preconditionFailure("\(error)")
        }
    }
}

/// An invariant an input broke, in a sentence.
public struct FuzzFailure: Error, CustomStringConvertible {
    /// What went wrong.
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}
