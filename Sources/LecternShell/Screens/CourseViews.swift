import LecternCore

/// Text for the course's reference commands: lessons, actors, an actor's card, the timeline, a paragraph.
public enum CourseViews {
    /// The numbered list of lessons with each one's state.
    public static func lessons(_ env: ShellEnvironment) -> DisplayText {
        let course = env.course
        let width = String(course.lessons.count).count
        var lines = [env.wrap(env.style.heading("Lessons") + " " + env.style.dim("of \(course.article.author), \(course.article.year)"))]
        for (index, lesson) in course.lessons.enumerated() {
            let state = LessonState(lesson: lesson, position: env.progress.position(in: lesson.id))
            let mark: DisplayText
            switch state {
            case .done: mark = env.style.good("✓ done")
            case .inProgress: mark = env.style.warn("… \(state)")
            case .notStarted: mark = env.style.dim("· not started")
            }
            let number = String(repeating: " ", count: width - String(index + 1).count) + "\(index + 1)"
            lines.append(env.wrap("\(number). \(lesson.title)  \(mark)", indent: "  ", hangingIndent: "      "))
        }
        lines.append(env.wrap(env.style.dim(DisplayText(nextStep(env)))))
        return lines.joined(separator: "\n")
    }

    /// What to do next, from the learner's state (`StudyAdvice`), as the last line of `lessons`.
    static func nextStep(_ env: ShellEnvironment) -> String {
        let advice = StudyAdvice.next(course: env.course, bank: env.bank, snapshot: env.progress.snapshot, now: env.now())
        switch advice {
        case let .continueLesson(number, section, count):
            return "Next: 'study \(number)' goes on with lesson \(number) at section \(section) of \(count)."
        case let .review(due):
            return "Next: 'review': \(due) question\(due == 1 ? " is" : "s are") due."
        case let .quiz(lesson):
            return "Next: 'quiz \(lesson)' on lesson \(lesson), which you have read."
        case let .study(lesson) where lesson == 1:
            return "Type 'study 1' to begin, or 'study <number>' for any lesson."
        case let .study(lesson):
            return "Next: 'study \(lesson)', the first lesson you have not opened."
        case .caughtUp:
            return "Every lesson is read and nothing is due: 'quiz' for practice, or 'report' to see where you stand."
        }
    }

    /// Every actor, grouped by kind.
    public static func actors(_ env: ShellEnvironment) -> DisplayText {
        let time = " · roles as of \(env.course.article.year) unless a year is given"
        var lines = [env.wrap(env.style.heading("Actors") + env.style.dim(DisplayText(time)))]
        for kind in ActorKind.allCases {
            let members = env.course.actors.filter { $0.kind == kind }.sorted { $0.name < $1.name }
            guard !members.isEmpty else { continue }
            lines.append(env.style.heading(DisplayText(kindTitle(kind))))
            for actor in members {
                lines.append(
                    env.wrap(
                        "\(env.style.accent(DisplayText(actor.name))) — \(actor.role)"
                            + (actor.asOf.map { env.style.dim(" (\($0))") } ?? ""),
                        indent: "  ", hangingIndent: "    "))
            }
        }
        lines.append(env.wrap(env.style.dim("Type 'actor <name>' for a profile card.")))
        return lines.joined(separator: "\n")
    }

    /// An actor's profile card.
    public static func card(_ actor: Actor, _ env: ShellEnvironment) -> DisplayText {
        let year = env.course.article.year
        var lines = [env.wrap(env.style.heading(DisplayText(actor.name)) + env.style.dim("  (\(actor.kind.rawValue), id \(actor.id))"))]
        let hanging = DisplayText(String(repeating: " ", count: 20))
        func field(_ label: String, _ value: DisplayText) {
            // A label too long for its column ("Role (at the start of the Obama administration):") gets a line of its
            // own; padding it would cut it off.
            guard label.count < 18 else {
                lines.append(env.wrap(DisplayText(label), indent: "  ", hangingIndent: "  "))
                lines.append(env.wrap(value, indent: hanging, hangingIndent: hanging))
                return
            }
            lines.append(
                env.wrap(
                    value, indent: DisplayText("  " + label.padding(toLength: 18, withPad: " ", startingAt: 0)),
                    hangingIndent: hanging))
        }
        if let added = actor.addedName {
            field("Full name:", DisplayText(added) + env.style.dim(" (added: the article does not use it)"))
        }
        if !actor.aliases.isEmpty { field("Also called:", DisplayText(actor.aliases.joined(separator: ", "))) }
        field("Role (\(actor.roleTime(articleYear: year))):", DisplayText(actor.role))
        if let affiliation = actor.affiliation { field("Affiliation:", DisplayText(affiliation)) }
        if let evidence = actor.evidence { field("The article:", "‘\(evidence)’") }
        field("In the article:", DisplayText(actor.paragraphIDs.joined(separator: ", ")))
        let events = env.course.events(involving: actor.id)
        if events.isEmpty {
            field("Events:", "none dated in the article")
        } else {
            lines.append("  Events:")
            for event in events {
                lines.append(env.wrap("\(event.when)  \(event.title)", indent: "    - ", hangingIndent: "      "))
            }
        }
        lines.append(env.wrap(env.style.dim("Type 'source \(actor.paragraphIDs.first ?? "p1")' to read where the article mentions it.")))
        return lines.joined(separator: "\n")
    }

    /// The events in date order, dates at their precision and one date's events in the article's order; then the
    /// conditions the article describes without dating them.
    public static func timeline(_ env: ShellEnvironment) -> DisplayText {
        let dated = env.course.events.filter { !$0.isCondition }
        let conditions = env.course.events.filter(\.isCondition)
        let dateWidth = dated.map(\.when.count).max() ?? 4
        var lines = [env.wrap(env.style.heading("Timeline") + env.style.dim(" · dates at the precision the article gives"))]
        func line(_ event: Event, _ when: String, width: Int) {
            let cites = env.style.dim("[\(event.paragraphIDs.joined(separator: ", "))]")
            lines.append(
                env.wrap(
                    "\(event.title) \(cites)",
                    indent: "  \(env.style.accent(DisplayText(when.padding(toLength: width, withPad: " ", startingAt: 0))))  ",
                    hangingIndent: DisplayText(String(repeating: " ", count: width + 4))))
        }
        for event in dated { line(event, event.when, width: dateWidth) }
        if !conditions.isEmpty {
            lines.append(env.wrap(env.style.heading("Ongoing") + env.style.dim(" · states of affairs the article does not date")))
            for event in conditions {
                lines.append(
                    env.wrap(
                        "\(event.title) " + env.style.dim("(\(event.when)) [\(event.paragraphIDs.joined(separator: ", "))]"),
                        indent: "  - ", hangingIndent: "    "))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Paragraphs of the article, verbatim, each under its id.
    public static func paragraphs(_ ids: [String], _ env: ShellEnvironment) -> DisplayText {
        ids.compactMap(env.course.article.paragraph).map { paragraph in
            env.style.heading("[\(paragraph.id)]") + "\n" + env.wrap(DisplayText(paragraph.text), indent: "  ")
        }.joined(separator: "\n\n")
    }

    /// The list of paragraph ids, for `source` with no argument.
    public static func paragraphList(_ env: ShellEnvironment) -> DisplayText {
        let lines = env.course.article.paragraphs.map { paragraph in
            let words = paragraph.text.split(separator: " ").prefix(9).joined(separator: " ")
            return env.wrap("\(words) …", indent: DisplayText("  " + paragraph.id.padding(toLength: 11, withPad: " ", startingAt: 0)))
        }
        return ([env.wrap(env.style.heading("Paragraphs of the article"))] + lines + [env.wrap(env.style.dim("Type 'source <id>' to read one."))])
            .joined(separator: "\n")
    }

    private static func kindTitle(_ kind: ActorKind) -> String {
        switch kind {
        case .person: "People"
        case .state: "States"
        case .government: "Governments and administrations"
        case .armedGroup: "Armed groups"
        case .militaryUnit: "Military units and forces"
        case .organisation: "Organisations"
        case .community: "Communities"
        }
    }
}
