extension CoverageReport {
    /// The report as a readable list, one item a line with its file reference, for `lectern check --coverage`.
    public func text(folder: String) -> String {
        func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
        var lines = ["Coverage of \(folder): \(plural(accepted, "accepted question")), \(plural(drafts, "draft"))"]
        if isComplete {
            lines.append("Nothing is left: every paragraph has an accepted question, every lesson has at least "
                + "\(Self.minimumPerLesson) and every level, and every kind is used.")
            return lines.joined(separator: "\n")
        }
        if !paragraphs.isEmpty {
            lines += ["", "Paragraphs with no accepted question (\(paragraphs.count)):"]
            for paragraph in paragraphs {
                let place = paragraph.section.map { "\($0)" } ?? CourseLoader.articlePath
                let title = paragraph.sectionTitle.map { " (section \"\($0)\")" } ?? ""
                let drafts = paragraph.drafts == 0 ? "" : "; \(plural(paragraph.drafts, "draft")) cite it"
                lines.append("  \(paragraph.id): \(place)\(title)\(drafts)")
            }
        }
        if !lessons.isEmpty {
            lines += [
                "", "Lessons under the minimum (\(Self.minimumPerLesson) questions, \(Self.minimumPerLesson) of them "
                    + "understand or analyse, and every level) (\(lessons.count)):",
            ]
            for lesson in lessons {
                var parts = ["\(plural(lesson.accepted, "accepted question")), \(lesson.deep) understand or analyse"]
                if !lesson.missingLevels.isEmpty {
                    parts.append("no \(lesson.missingLevels.map(\.rawValue).joined(separator: " or ")) question")
                }
                if lesson.drafts > 0 { parts.append("\(plural(lesson.drafts, "draft")) waiting") }
                lines.append("  \(lesson.location): lesson '\(lesson.id)': \(parts.joined(separator: "; "))")
            }
        }
        if !missingKinds.isEmpty {
            lines += ["", "Question kinds no accepted question has: \(missingKinds.map(\.rawValue).joined(separator: ", ")) (Quizzes/questions)"]
        }
        if !missingLevels.isEmpty {
            lines += ["", "Levels no accepted question has: \(missingLevels.map(\.rawValue).joined(separator: ", ")) (Quizzes/questions)"]
        }
        if drafts > 0 {
            lines += ["", "Drafts waiting to be accepted (remove their 'draft: true' line) (\(drafts)):"]
            for file in draftFiles { lines.append("  \(file.file): \(plural(file.count, "draft question"))") }
            let generated = drafts - draftFiles.reduce(0) { $0 + $1.count }
            if generated > 0 {
                lines.append("  Quizzes/actors.yaml, events.yaml, quotes.yaml: \(plural(generated, "generated question")) from draft entries")
            }
        }
        return lines.joined(separator: "\n")
    }
}
