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
            for name in Set(actor.allNames.map(NameKey.make)) {
                if let owner = owners[name], owner != actor.id {
                    log.add("Quizzes/actors.yaml", nil, "the name '\(name)' belongs to both '\(owner)' and '\(actor.id)'")
                }
                owners[name] = actor.id
            }
        }
        return log.diagnostics
    }
}

/// A name reduced to what a learner's spelling cannot change: lower case, no accents, no punctuation.
enum NameKey {
    static func make(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var result = ""
        for scalar in folded.unicodeScalars {
            result.unicodeScalars.append(CharacterSet.alphanumerics.contains(scalar) ? scalar : " ")
        }
        return result.split(separator: " ").joined(separator: " ")
    }
}

import Foundation
