import ArgumentParser
import LecternCore

/// The one place that turns an error into what the learner reads and the status the program exits with, in the
/// manner of swift-argument-parser's `MessageInfo`: help and version go to standard output with 0; a command's
/// error is its details, then `error: message`, with its status; a parse error is swift-argument-parser's message
/// and usage with 64. The error line wraps to `width` as every reply does (`MessageText`).
public enum ErrorPresenter {
    /// Writes what `error` says to `output` or `errors` and returns the exit status; `root` is the program's root
    /// command, whose usage a parse error shows; errors are wrapped to `width` columns (the terminal's, or the
    /// width a pipe gets).
    public static func present(
        _ error: any Error, root: any ParsableCommand.Type, output: any OutputSink, errors: any OutputSink,
        width: Int = TerminalSize.columns()
    ) -> Int32 {
        if let error = error as? CommandError {
            // The details are `file:line: message` lines, left whole for editors and tools that read them.
            if let details = error.details, !details.isEmpty {
                errors.write(DisplayText(details).withoutTrailingNewline.asLine)
            }
            errors.write(MessageText.error(error.message, width: width))
            return error.status
        }
        let status = root.exitCode(for: error).rawValue
        let text = root.fullMessage(for: error)
        guard !text.isEmpty else { return status }
        if status == 0 {
            output.write(DisplayText(text).withoutTrailingNewline.asLine)
            return 0
        }
        // What was typed may be quoted back; as display text it cannot reach the terminal as escape codes.
        guard text.hasPrefix("Error: ") else {
            errors.write(MessageText.message(DisplayText(text), width: width))
            return status
        }
        errors.write(MessageText.error(String(text.dropFirst("Error: ".count)), width: width))
        return status
    }
}
