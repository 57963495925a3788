import Foundation
import LecternCore
import LecternShell
import LecternTestSupport
import Testing

@Suite(.removingTemporaryFolders)
struct ShellCompletionTests {
    let completion: ShellCompletion

    init() throws {
        completion = ShellCompletion(course: try ShellTranscript.minimalCourse())
    }

    @Test func theFirstWordCompletesToCommands() {
        #expect(completion.completions(before: "", word: "") == CommandCatalog.promptCommands.map { $0.info.name }.sorted())
        #expect(completion.completions(before: "", word: "q") == ["questions", "quit", "quiz"])
        #expect(completion.completions(before: "", word: "act") == ["actor", "actors"])
        #expect(completion.completions(before: "", word: "LE") == ["lessons"])
        #expect(completion.completions(before: "", word: "zz") == [])
    }

    @Test func afterStudyLessonIdsAndNumbersComplete() {
        #expect(completion.completions(before: "study ", word: "") == ["1", "2", "a-common-enemy", "the-thaw"])
        #expect(completion.completions(before: "study ", word: "th") == ["the-thaw"])
        #expect(completion.completions(before: "Study ", word: "A") == ["a-common-enemy"])
    }

    @Test func afterActorNamesAndAliasesCompleteEvenAcrossSpaces() {
        #expect(completion.completions(before: "actor ", word: "Pres") == ["President Obama", "President Rouhani"])
        #expect(completion.completions(before: "actor ", word: "ha") == ["Hassan Rouhani"])
        // The line so far is "actor Hassan R": the name continues past the space, so only its rest is offered.
        #expect(completion.completions(before: "actor Hassan ", word: "R") == ["Rouhani"])
        #expect(completion.completions(before: "actor President ", word: "") == ["Obama", "Rouhani"])
    }

    @Test func afterSourceParagraphIdsComplete() {
        #expect(completion.completions(before: "source ", word: "") == ["p1", "p2", "p3"])
        #expect(completion.completions(before: "source ", word: "p2") == ["p2"])
    }

    @Test func afterHelpCommandsCompleteAndAfterOtherCommandsNothingDoes() {
        #expect(completion.completions(before: "help ", word: "st") == ["study"])
        #expect(completion.completions(before: "lessons ", word: "") == [])
        #expect(completion.completions(before: "nonsense ", word: "") == [])
    }

    @Test func afterAnOptionTheValuesItsDeclarationListsComplete() {
        #expect(completion.completions(before: "report --format ", word: "") == ["csv", "html", "json", "markdown", "text"])
        #expect(completion.completions(before: "report --ascii --format ", word: "m") == ["markdown"])
        #expect(completion.completions(before: "quiz 1 --kind ", word: "t") == ["truefalse", "typed"])
        #expect(completion.completions(before: "exam -k ", word: "who") == ["who-said"])
        #expect(completion.completions(before: "questions --format ", word: "") == ["anki", "gift", "json", "moodle-xml", "text"])
        // An option whose value is free (a number) offers nothing, not the command's argument values.
        #expect(completion.completions(before: "quiz --count ", word: "") == [])
        #expect(completion.completions(before: "report --now ", word: "") == [])
    }

    @Test func aDashCompletesTheCommandsOwnOptions() {
        let quiz = completion.completions(before: "quiz ", word: "--")
        #expect(quiz == ["--confidence", "--count", "--kind", "--question", "--seed"])
        #expect(completion.completions(before: "report ", word: "--f") == ["--format"])
        #expect(completion.completions(before: "lessons ", word: "--") == [])
    }

    @Test func aQuizScopeCompletesToLessonsActorsAndEvents() {
        #expect(completion.completions(before: "quiz ", word: "") == ["1", "2", "a-common-enemy", "actors", "events", "the-thaw"])
        #expect(completion.completions(before: "quiz --count 3 ", word: "a") == ["a-common-enemy", "actors"])
    }

    @Test func afterSettingsTheSettingsCompleteThenTheWordsTheyTakeFromAClosedList() {
        #expect(completion.completions(before: "settings ", word: "") == ["new-per-day", "optimize", "reset-parameters", "retention"])
        #expect(completion.completions(before: "settings ", word: "re") == ["reset-parameters", "retention"])
        #expect(completion.completions(before: "Settings ", word: "N") == ["new-per-day"])
        #expect(completion.completions(before: "settings retention ", word: "") == ["--simulate"])
        #expect(completion.completions(before: "settings retention ", word: "--s") == ["--simulate"])
        // A number is typed, not offered; nothing follows a whole setting.
        #expect(completion.completions(before: "settings new-per-day ", word: "") == [])
        #expect(completion.completions(before: "settings retention --simulate ", word: "") == [])
        #expect(completion.completions(before: "settings optimize ", word: "") == [])
    }

    @Test func learnerNamesCompleteFromTheProgressFolderButOnlyNamesSafeToOffer() throws {
        let progress = try Fixtures.temporaryDirectory("lectern-completion-learners")
        let place = ProgressPlaces.coursePart(progress, course: CourseFixture.minimal)
        for name in ["kim", "ada", "zoë.b"] { _ = try Learners(directory: place).add(name) }
        // Folders others made: a name with a command substitution, one with spaces, one with an escape sequence.
        for name in ["$(touch pwned)", "two words", "red\u{1B}[31m"] {
            let folder = place.appendingPathComponent(name, isDirectory: true)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data().write(to: folder.appendingPathComponent("review-log.jsonl"))
        }
        let words = ["lectern", "quiz", "--course", CourseFixture.minimal.path, "--progress-dir", progress.path, "--learner", ""]
        #expect(ArgumentCompletion.learners(namedBy: words) == ["ada", "kim", "zoë.b"])
        #expect(ArgumentCompletion.learners(namedBy: ["lectern", "--progress-dir", progress.appendingPathComponent("none").path]).isEmpty)
    }
}
