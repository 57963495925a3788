import ArgumentParser
import LecternCore

/// `exam [options]`: the closing exam, 25 questions over the whole article with the grades at the end.
public enum ExamCommand: LecternCommand {
    /// How the exam is drawn.
    public typealias Arguments = QuizFlags

    /// `exam`.
    public static let info = CommandInfo(
        name: "exam", abstract: "25 questions over the whole article, feedback at the end",
        discussion: """
            Every lesson and several kinds of question; each answer is saved at once, the grades come at the end. \
            With --seed S the exam is one form for the whole class: the same questions in the same order whatever \
            each learner answered before, and each answer keeps the form, so 'report --class' gives the form's \
            score distribution and reliability (Cronbach's alpha).
            """)

    /// Every answer is saved.
    public static func writes(_ arguments: Arguments) -> Bool { true }

    /// Draws the exam and opens its screen.
    public static func run(_ arguments: Arguments, in context: CommandContext) throws(CommandError) -> Reply {
        try QuizScreen.opening(arguments.options(scope: .exam), context.environment)
    }
}
