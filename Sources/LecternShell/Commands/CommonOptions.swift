import ArgumentParser

/// The options every command takes on the command line, before the subcommand or after it
/// (`lectern --course DIR report` or `lectern report --course DIR`).
public struct CommonOptions: ParsableArguments {
    /// `--course`.
    @Option(
        help: ArgumentHelp("The course folder (default: LECTERN_COURSE, this folder, or the bundled course).", valueName: "dir"),
        completion: .directory)
    public var course: String?
    /// `--progress-dir`.
    @Option(
        name: .customLong("progress-dir"),
        help: ArgumentHelp("Where learners' files live (default: LECTERN_PROGRESS_DIR or the course's Progress/).", valueName: "dir"),
        completion: .directory)
    public var progressDirectory: String?
    /// `--learner`.
    @Option(
        help: ArgumentHelp("Whose progress to use (default: LECTERN_LEARNER or your login name).", valueName: "name"),
        completion: .custom { words, _, _ in ArgumentCompletion.learners(namedBy: words) })
    public var learner: String?
    /// `--no-color`.
    @Flag(name: .customLong("no-color"), help: "Never use colour (NO_COLOR and TERM=dumb do the same).")
    public var noColor = false
    /// `--no-pager`.
    @Flag(name: .customLong("no-pager"), help: "Print long output directly, never through PAGER (pipes never page).")
    public var noPager = false

    /// None given.
    public init() {}

    /// Refuses an empty path, which would quietly mean the working folder (and learner files would land there).
    public func validate() throws {
        for (name, value) in [("--course", course), ("--progress-dir", progressDirectory)] where value?.isEmpty == true {
            throw ValidationError("\(name) needs a folder; it was given an empty path")
        }
    }

    /// These options as plain values, each one given after the subcommand winning over the same one given before.
    public func values(after earlier: CommonOptions? = nil) -> Launch.Options {
        Launch.Options(
            course: course ?? earlier?.course, progressDirectory: progressDirectory ?? earlier?.progressDirectory,
            learner: learner ?? earlier?.learner, noColor: noColor || earlier?.noColor == true,
            noPager: noPager || earlier?.noPager == true)
    }
}
