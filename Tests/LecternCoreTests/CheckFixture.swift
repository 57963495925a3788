import Foundation
import LecternCore
import LecternTestSupport

/// The clean course under `Tests/Fixtures/courses/clean`, which breaks no check rule, and what `lectern check` finds
/// in an edited copy of it: each rule's test breaks one thing and expects exactly that finding.
enum CheckFixture {
    static var clean: URL { Fixtures.url("courses/clean") }
    static let lesson = "Lessons/01-a-common-enemy.md"
    static let questions = "Quizzes/questions/01-a-common-enemy.yaml"
    static let actors = "Quizzes/actors.yaml"

    /// The clean course after `edits`, loaded; throws the loader's error when it does not load.
    static func course(_ edits: [CourseEdit]) throws -> Course {
        try CourseLoader.load(from: try CourseFixture.copy(of: clean, editing: edits))
    }

    /// The warnings of the edited clean course, as printed, only those of `rule` when one is named.
    static func warnings(_ edits: CourseEdit..., rule: CheckRule? = nil) throws -> [String] {
        CourseCheck.warnings(for: try course(edits)).filter { rule == nil || $0.rule == rule }.map(\.description)
    }

    /// The errors the loader refuses the edited clean course for; none when it loads.
    static func errors(_ edits: CourseEdit...) throws -> [String] {
        CourseFixture.problems(loading: try CourseFixture.copy(of: clean, editing: edits)).map(\.description)
    }

    /// Replaces one line of the clean question file (`old` must be exactly one of its lines' text).
    static func question(_ old: String, _ new: String) -> CourseEdit {
        .replace(questions, old, with: new)
    }
}

extension Question {
    /// A copy with what a check rule looks at changed.
    func with(
        level: QuestionLevel?? = nil, body: QuestionBody? = nil, prompt: String? = nil, factID: String? = nil,
        lessonID: String?? = nil, paragraphIDs: [String]? = nil, objectives: [Int]? = nil, id: String? = nil
    ) -> Question {
        Question(
            id: id ?? self.id, prompt: prompt ?? self.prompt, body: body ?? self.body, explanation: explanation,
            lessonID: lessonID ?? self.lessonID, paragraphIDs: paragraphIDs ?? self.paragraphIDs, actorIDs: actorIDs,
            eventIDs: eventIDs, origin: origin, factID: factID ?? id ?? self.factID, source: source,
            level: level ?? self.level, evidence: evidence, objectives: objectives ?? self.objectives)
    }
}
