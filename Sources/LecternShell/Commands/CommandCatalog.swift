import Foundation
import LecternCore

/// A command of the main prompt, as help and completion describe it.
public struct CommandInfo: Sendable {
    /// The word typed.
    public let name: String
    /// The arguments, as help shows them.
    public let arguments: String
    /// One line for the list.
    public let summary: String
    /// What `help <command>` adds.
    public let details: String
    /// What the command's argument completes to.
    public let completes: ArgumentCompletion

    /// What Tab offers after a command.
    public enum ArgumentCompletion: Sendable {
        case nothing, lessons, actors, paragraphs, commands
    }
}

/// Every command of the main prompt.
public enum CommandCatalog {
    /// The commands, in the order help lists them.
    public static let commands: [CommandInfo] = [
        CommandInfo(
            name: "lessons", arguments: "", summary: "list the lessons and how far you are in each",
            details: "Each lesson shows its state: not started, in progress at section n of m, or done.",
            completes: .nothing),
        CommandInfo(
            name: "study", arguments: "<number|id>", summary: "read a lesson, section by section",
            details: """
                Opens a lesson where you left off. Inside a lesson: Enter or 'next' goes on, 'back' goes back, \
                'source' shows the cited paragraphs of the article word for word, 'quit' returns to the main prompt.
                """, completes: .lessons),
        CommandInfo(
            name: "quiz", arguments: "[lesson|actors|events] [--count N] [--kind K] [--seed S] [--confidence]",
            summary: "answer questions, with feedback and the source after each",
            details: """
                Ten questions from the whole course unless you name a lesson (number or id), 'actors' or 'events'. \
                A fact you have not yet got right comes as multiple choice; once you have, you type the answer. \
                During a question: 'hint' (removes an option or shows a letter), 'skip', 'flag <note>' (reports the \
                question to the author), 'source' (the paragraph it comes from), 'quit' (ends the quiz, keeping your \
                answers). To answer with one of those words, put it in quotes. --confidence asks how sure you are \
                before each reveal. --seed repeats a draw exactly.
                """, completes: .lessons),
        CommandInfo(
            name: "exam", arguments: "[--count N] [--seed S] [--confidence]",
            summary: "25 questions over the whole article, feedback at the end",
            details: "Every lesson and several kinds of question; each answer is saved at once, the grades come at the end.",
            completes: .nothing),
        CommandInfo(
            name: "review", arguments: "[--limit N]", summary: "the spaced-review queue: due questions, then new ones",
            details: """
                Questions come back when you are about to forget them (FSRS-6, aiming at your retention setting): \
                the most overdue first, then new questions from the lessons you have opened, up to the daily limit.
                """, completes: .nothing),
        CommandInfo(
            name: "report", arguments: "[--format F] [--output FILE] [--class DIR] [--ascii]",
            summary: "where you stand: mastery, recall, what is due, activity, weak spots",
            details: """
                Mastery overall and per lesson, actor, event and paragraph of the article; expected recall now, in 7 \
                and in 30 days; what is due this week; answers per day over 12 weeks, streaks and accuracy; the \
                weakest questions, leeches and changed questions; calibration; and what to do next. Formats: text, \
                json, markdown, csv, html (one file with SVG charts). --output writes \
                a file (its extension picks the format); --ascii draws charts without Unicode; --now fixes the clock; \
                --class DIR reports on every learner folder under DIR, reading their snapshots only.
                """, completes: .nothing),
        CommandInfo(
            name: "settings", arguments: "[retention R | new-per-day N]", summary: "show or change your review settings",
            details: "retention is the chance of remembering a question when it comes due (0.9 by default).",
            completes: .nothing),
        CommandInfo(
            name: "recap", arguments: "<file.md>", summary: "save a Markdown recap of the last quiz",
            details: "The recap lists every question with your answer, the right answer and the passage it comes from.",
            completes: .nothing),
        CommandInfo(
            name: "questions", arguments: "", summary: "list the whole question bank, authored and generated",
            details: "For teachers: id, kind, prompt, options, accepted answers, lesson and sources. "
                + "'lectern questions --format json' gives the same as JSON.", completes: .nothing),
        CommandInfo(
            name: "actors", arguments: "", summary: "list the people, states and groups of the article",
            details: "Grouped by kind, with each actor's role as of the article.", completes: .nothing),
        CommandInfo(
            name: "actor", arguments: "<name or alias>", summary: "show an actor's profile card",
            details: "Role, affiliation, the events the actor took part in and where the article mentions it. "
                + "Any alias works: 'actor Maliki', 'actor ISIL'.", completes: .actors),
        CommandInfo(
            name: "timeline", arguments: "", summary: "the article's events in date order",
            details: "Dates are printed at the precision the article gives: a decade, a year, a month or a day.",
            completes: .nothing),
        CommandInfo(
            name: "source", arguments: "<paragraph id>", summary: "show a paragraph of the article word for word",
            details: "Paragraph ids are standfirst, p1 to p9 and caption; 'source' alone lists them.",
            completes: .paragraphs),
        CommandInfo(
            name: "help", arguments: "[command]", summary: "list the commands, or explain one",
            details: "Keys: Tab completes commands, lesson ids and actor names; Up and Down walk the history; "
                + "Ctrl-C clears the line; Ctrl-D on an empty line leaves.", completes: .commands),
        CommandInfo(
            name: "quit", arguments: "", summary: "leave Lectern (Ctrl-D does the same)",
            details: "Everything is saved as you go, so quitting loses nothing.", completes: .nothing),
    ]

    /// The command called `name`; `exit` is a synonym of `quit` and `?` of `help`.
    public static func command(_ name: String) -> CommandInfo? {
        let synonyms = ["exit": "quit", "?": "help", "q": "quit"]
        let resolved = synonyms[name] ?? name
        return commands.first { $0.name == resolved }
    }

    /// The command a mistyped word most likely meant.
    public static func suggestion(for word: String) -> String? {
        Identifier.closest(to: word.lowercased(), in: commands.map(\.name))
    }
}

extension CommandInfo {
    /// Whether running the command with this argument writes to the learner's files.
    public func writes(argument: String) -> Bool {
        switch name {
        case "study", "quiz", "exam", "review": true
        case "settings": !argument.trimmingCharacters(in: .whitespaces).isEmpty
        default: false
        }
    }
}
