/// Checks that need the whole course: coverage of the article and names that would be ambiguous.
enum CourseChecks {
    static func check(_ course: Course) -> [Diagnostic] {
        var log = DiagnosticLog()
        let cited = Set(course.lessons.flatMap(\.citedParagraphIDs))
        for paragraph in course.article.paragraphs where !cited.contains(paragraph.id) {
            log.add(CourseLoader.articlePath, nil, "paragraph '\(paragraph.id)' is not cited by any lesson section")
        }
        var owners: [String: String] = [:]
        for actor in course.actors {
            for name in Set(actor.allNames.map(AnswerText.normalize)) {
                if let owner = owners[name], owner != actor.id {
                    log.add("Quizzes/actors.yaml", nil, "the name '\(name)' belongs to both '\(owner)' and '\(actor.id)'")
                }
                owners[name] = actor.id
            }
        }
        return log.diagnostics
    }
}

import Foundation
