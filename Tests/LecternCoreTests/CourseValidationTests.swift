import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// Each test breaks one rule of the course format in a copy of the minimal fixture and checks the loader reports it
/// at the right `file:line` with a message that says what is wrong.
@Suite(.removingTemporaryFolders)
struct CourseValidationTests {
    static let article = "Lessons/source/article.json"
    static let lesson1 = "Lessons/01-a-common-enemy.md"
    static let lesson2 = "Lessons/02-the-thaw.md"
    static let actors = "Quizzes/actors.yaml"
    static let events = "Quizzes/events.yaml"
    static let quotes = "Quizzes/quotes.yaml"
    static let questions = "Quizzes/questions/01-a-common-enemy.yaml"

    /// The problems the loader reports for the minimal course after `edits`; none when it loads.
    func problems(_ edits: CourseEdit...) throws -> [Diagnostic] {
        try CourseFixture.problems(editing: edits)
    }

    /// Expects a problem at `location` (`file:line`, or just `file`) whose message contains `message`.
    func expect(
        _ problems: [Diagnostic], at location: String, _ message: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let found = problems.contains { $0.location.description == location && $0.message.contains(message) }
        #expect(
            found, "no problem at \(location) containing \(message.debugDescription); got:\n\(problems.map(\.description).joined(separator: "\n"))",
            sourceLocation: sourceLocation)
    }

    /// Expects exactly one problem, at `location`, whose message contains `message`.
    func expectOnly(
        _ problems: [Diagnostic], at location: String, _ message: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(problems.count == 1, "expected one problem; got:\n\(problems.map(\.description).joined(separator: "\n"))", sourceLocation: sourceLocation)
        expect(problems, at: location, message, sourceLocation: sourceLocation)
    }

    @Test func theUneditedFixtureHasNoProblems() throws {
        #expect(try problems() == [])
    }

    // MARK: The folder and the article

    @Test(arguments: ["Lessons", "Quizzes"])
    func aCourseWithoutLessonsOrQuizzesIsNotACourseFolder(folder: String) throws {
        let root = try CourseFixture.minimal(editing: .remove(folder))
        #expect {
            try CourseLoader.load(from: root)
        } throws: { error in
            let problems = (error as? CourseError)?.diagnostics ?? []
            return problems.count == 1 && problems[0].location == SourceLocation(file: root.path, line: nil)
                && problems[0].message.contains("needs a Lessons/ and a Quizzes/ folder")
        }
    }

    @Test func aMissingArticleIsReported() throws {
        expectOnly(try problems(.remove(Self.article)), at: Self.article, "the file is missing")
    }

    @Test func anArticleThatIsNotJSONIsReported() throws {
        let found = try problems(.replace(Self.article, "\"year\": 2014,", with: "\"year\": 2014"))
        expectOnly(found, at: Self.article, "not a valid article")
    }

    @Test func anArticleMissingARequiredFieldNamesTheField() throws {
        let found = try problems(.replace(Self.article, "  \"license\": \"CC BY-NC-ND 3.0\",\n", with: ""))
        expectOnly(found, at: Self.article, "missing field 'license' at the top level")
    }

    @Test func aParagraphIdUsedTwiceIsReported() throws {
        let found = try problems(
            .replace(Self.article, "\"id\": \"p3\",\n      \"text\"", with: "\"id\": \"p2\",\n      \"text\""))
        expect(found, at: Self.article, "paragraph id 'p2' is used twice")
    }

    @Test func aParagraphNoLessonCitesIsReported() throws {
        let found = try problems(
            .replace(
                Self.article, "since the 1970s.\"\n    }",
                with: "since the 1970s.\"\n    },\n    { \"id\": \"p4\", \"text\": \"Nobody cites this.\" }"))
        expectOnly(found, at: Self.article, "paragraph 'p4' is not cited by any lesson section")
    }

    // MARK: Lessons

    @Test func aLessonWithoutFrontMatterIsReportedOnItsFirstLine() throws {
        let found = try problems(.replace(Self.lesson1, "---\nid: a-common-enemy\n", with: "id: a-common-enemy\n"))
        expect(found, at: "\(Self.lesson1):1", "a lesson starts with YAML front matter between two '---' lines")
    }

    @Test func aYAMLSyntaxErrorInFrontMatterIsReportedAtItsLineInTheFile() throws {
        let found = try problems(.replace(Self.lesson1, "title: \"2001: a common enemy\"", with: "title: 2001: a common enemy"))
        expect(found, at: "\(Self.lesson1):3", "YAML syntax error: mapping values are not allowed")
    }

    @Test func aMisspelledFieldIsAnUnknownField() throws {
        let found = try problems(.replace(Self.actors, "    paragraphs: [p1]\n  - id: cheney", with: "    paragrahs: [p1]\n  - id: cheney"))
        expect(found, at: "\(Self.actors):8", "unknown field 'paragrahs' in an actor entry (known fields: added-name, affiliation, aliases, as-of")
    }

    @Test func aMissingRequiredFieldIsReportedAtItsEntry() throws {
        let found = try problems(.replace(Self.quotes, "    speaker: cheney\n", with: ""))
        expectOnly(found, at: "\(Self.quotes):2", "missing field 'speaker'")
    }

    @Test(arguments: [
        ("  - Name the diplomat who met Iranian officials.\n", "", 1),
        ("  - Name the diplomat who met Iranian officials.\n", "  - Name the diplomat.\n  - One.\n  - Two.\n  - Three.\n", 5),
    ])
    func objectivesMustNumberTwoToFour(old: String, new: String, count: Int) throws {
        let found = try problems(.replace(Self.lesson1, old, with: new))
        expectOnly(found, at: "\(Self.lesson1):5", "field 'objectives' has \(count) entries; it needs 2 to 4")
    }

    @Test func textBeforeTheFirstSectionIsReported() throws {
        let found = try problems(.replace(Self.lesson1, "---\n\n## A shared foe", with: "---\nStray words.\n\n## A shared foe"))
        expectOnly(found, at: "\(Self.lesson1):15", "text before the first '## ' section heading")
    }

    @Test func aSectionHeadingWithoutCitationsIsReported() throws {
        let found = try problems(.replace(Self.lesson1, "## What Crocker saw [p1]", with: "## What Crocker saw"))
        expect(found, at: "\(Self.lesson1):21", "section heading must end with the paragraphs it cites, like '## What Crocker saw [p1]'")
    }

    @Test func anUnknownParagraphReferenceSuggestsTheNearestId() throws {
        let found = try problems(.replace(Self.events, "    paragraphs: [p1]\n  - id: axis-of-evil", with: "    paragraphs: [p01]\n  - id: axis-of-evil"))
        expectOnly(found, at: "\(Self.events):7", "unknown paragraph 'p01' (did you mean 'p1'?)")
    }

    @Test func anUnknownActorReferenceSuggestsTheNearestId() throws {
        let found = try problems(.replace(Self.lesson1, "actors: [crocker, taliban, iran]", with: "actors: [croker, taliban, iran]"))
        expectOnly(found, at: "\(Self.lesson1):7", "unknown actor 'croker' (did you mean 'crocker'?)")
    }

    @Test func anUnknownEventReferenceSuggestsTheNearestId() throws {
        let found = try problems(.replace(Self.lesson1, "events: [afghan-cooperation]", with: "events: [afghan-cooperaton]"))
        expectOnly(found, at: "\(Self.lesson1):8", "unknown event 'afghan-cooperaton' (did you mean 'afghan-cooperation'?)")
    }

    @Test func anUnknownLessonReferenceSuggestsTheNearestId() throws {
        let found = try problems(.replace(Self.questions, "lesson: a-common-enemy", with: "lesson: a-comon-enemy"))
        expectOnly(found, at: "\(Self.questions):1", "unknown lesson 'a-comon-enemy' (did you mean 'a-common-enemy'?)")
    }

    // MARK: Quotations

    @Test func aQuotationInASectionMustBeVerbatimInTheCitedParagraphs() throws {
        let found = try problems(.replace(Self.lesson1, "\"real and useful\"", with: "\"real and very useful\""))
        expectOnly(found, at: "\(Self.lesson1):23", "quotation is not verbatim in the cited paragraphs (p1): \"real and very useful\"")
    }

    @Test func aQuotationCopiedFromAParagraphTheSectionDoesNotCiteIsRefused() throws {
        // "we don't talk to evil" is verbatim in p2, but this section cites only p1.
        let found = try problems(.replace(Self.lesson1, "\"real and useful\"", with: "\"we don't talk to evil\""))
        expectOnly(found, at: "\(Self.lesson1):23", "quotation is not verbatim in the cited paragraphs (p1)")
    }

    @Test func aQuotationInTheSummaryMustBeVerbatimInTheArticle() throws {
        let found = try problems(.replace(Self.lesson1, "\"common enemy in the Taliban\", and", with: "\"common foe\", and"))
        expectOnly(found, at: "\(Self.lesson1):10", "quotation is not verbatim in the article: \"common foe\"")
    }

    @Test func aQuotationInTheSecondCheckPromptIsReportedOnItsOwnLine() throws {
        let found = try problems(
            .replace(Self.lesson1, "  - Who met the Iranian officials?", with: "  - Who said \"we never talk to evil\"?"))
        expectOnly(found, at: "\(Self.lesson1):13", "quotation is not verbatim in the article: \"we never talk to evil\"")
    }

    @Test func aQuotationOfMoreThanTwentyFiveWordsIsTooLong() throws {
        let paragraph = "In late 2001 Iran and the United States had a common enemy in the Taliban. Ryan Crocker, the American "
            + "diplomat sent to meet Iranian officials, later said the cooperation was real and useful."
        let found = try problems(.replace(Self.lesson1, "**Ryan Crocker** was sent", with: "\"\(paragraph)\" **Ryan Crocker** was sent"))
        expectOnly(found, at: "\(Self.lesson1):19", "quotation of 33 words is too long (at most 25)")
    }

    @Test func aQuoteEntryMustBeVerbatimInItsParagraph() throws {
        let found = try problems(.replace(Self.quotes, "text: we don't talk to evil", with: "text: we do not talk to evil"))
        expectOnly(found, at: "\(Self.quotes):3", "quotation is not verbatim in the cited paragraphs (p2): \"we do not talk to evil\"")
    }

    // MARK: Ids

    @Test func aLessonIdUsedTwiceIsReportedWithTheFirstUse() throws {
        let found = try problems(.replace(Self.lesson2, "id: the-thaw", with: "id: a-common-enemy"))
        expectOnly(found, at: "\(Self.lesson2):2", "duplicate lesson id 'a-common-enemy' (first used at \(Self.lesson1):2)")
    }

    @Test func anActorIdUsedTwiceIsReportedWithTheFirstUse() throws {
        let found = try problems(.replace(Self.actors, "  - id: rouhani", with: "  - id: obama"))
        expect(found, at: "\(Self.actors):25", "duplicate actor id 'obama' (first used at \(Self.actors):17)")
    }

    @Test func anEventIdUsedTwiceIsReportedWithTheFirstUse() throws {
        let found = try problems(.replace(Self.events, "  - id: obama-rouhani-call", with: "  - id: axis-of-evil"))
        expect(found, at: "\(Self.events):14", "duplicate event id 'axis-of-evil' (first used at \(Self.events):8)")
    }

    @Test func aQuestionIdUsedTwiceIsReportedWithTheFirstUse() throws {
        let found = try problems(.replace(Self.questions, "  - id: first-call", with: "  - id: shared-foe"))
        expectOnly(found, at: "\(Self.questions):21", "duplicate question id 'shared-foe' (first used at \(Self.questions):3)")
    }

    @Test func aMalformedIdIsReported() throws {
        let found = try problems(.replace(Self.questions, "  - id: the-diplomat", with: "  - id: The_Diplomat"))
        expectOnly(found, at: "\(Self.questions):29", "question id 'The_Diplomat' is not valid")
    }

    // MARK: The knowledge base

    @Test func anUnknownActorKindListsTheKnownKinds() throws {
        let found = try problems(.replace(Self.actors, "kind: armed-group", with: "kind: militia"))
        expect(found, at: "\(Self.actors):36", "unknown actor kind 'militia' (known kinds: person, state, government, armed-group")
    }

    @Test(arguments: ["2003-13", "2013-02-30", "sometime"])
    func aDateThatDoesNotParseIsReported(date: String) throws {
        let found = try problems(.replace(Self.events, "date: \"2002-01-29\"", with: "date: \"\(date)\""))
        expect(found, at: "\(Self.events):10", "date '\(date)' does not parse")
    }

    @Test func anAliasSharedByTwoActorsAfterNormalisingIsReported() throws {
        let found = try problems(
            .replace(Self.actors, "aliases: [Obama, President Obama]", with: "aliases: [Obama, President Obama, \"RYÁN-crocker!\"]"))
        expectOnly(found, at: Self.actors, "the name 'ryan crocker' belongs to both 'crocker' and 'obama'")
    }

    // MARK: Questions

    @Test func anUnknownQuestionKindListsTheKnownKinds() throws {
        let found = try problems(.replace(Self.questions, "kind: truefalse", with: "kind: yesno"))
        expect(found, at: "\(Self.questions):22", "unknown question kind 'yesno' (known kinds: choice, cloze, match, multi, number, order, truefalse, typed)")
    }

    @Test func aChoiceAnswerMustBeOneOfTheOptions() throws {
        let found = try problems(.replace(Self.questions, "answer: The Taliban", with: "answer: Taliban"))
        expectOnly(found, at: "\(Self.questions):7", "answer 'Taliban' is not one of the options")
    }

    @Test func everyMultiAnswerMustBeOneOfTheOptions() throws {
        let found = try problems(.replace(Self.questions, "answers: [Barack Obama, Hassan Rouhani]", with: "answers: [Barack Obama, Rouhani]"))
        expectOnly(found, at: "\(Self.questions):16", "answer 'Rouhani' is not one of the options")
    }

    @Test func aTrueFalseAnswerMustBeABoolean() throws {
        let found = try problems(.replace(Self.questions, "answer: true", with: "answer: maybe"))
        expectOnly(found, at: "\(Self.questions):24", "answer must be true or false")
    }

    @Test func aNumberAnswerMustBeNumeric() throws {
        let found = try problems(.replace(Self.questions, "answer: 2013", with: "answer: twenty thirteen"))
        expectOnly(found, at: "\(Self.questions):41", "answer must be a number, not 'twenty thirteen'")
    }

    @Test func anOrderQuestionNeedsAtLeastThreeItems() throws {
        let found = try problems(.replace(Self.questions, ", The telephone call]", with: "]"))
        expectOnly(found, at: "\(Self.questions):50", "field 'items' has 2 entries; it needs 3 to 5")
    }

    @Test func aMatchPairWithoutARightSideIsReported() throws {
        let found = try problems(.replace(Self.questions, "        right: Vice President\n", with: ""))
        expectOnly(found, at: "\(Self.questions):63", "missing field 'right'")
    }

    @Test(arguments: [
        "Cheney said we don't talk to evil, and the talks stopped.",
        "Cheney said we don't talk to {{evil}}, and the {{talks}} stopped.",
    ])
    func aClozeNeedsExactlyOneGap(text: String) throws {
        let found = try problems(
            .replace(Self.questions, "Cheney said we don't talk to {{evil}}, and the talks stopped.", with: text))
        expectOnly(found, at: "\(Self.questions):72", "a cloze text needs exactly one gap written {{answer}}")
    }

    // MARK: Reporting

    @Test func everyProblemIsReportedTogetherSortedByFileAndLine() throws {
        let found = try problems(
            .replace(Self.questions, "answer: The Taliban", with: "answer: Taliban"),
            .replace(Self.lesson2, "  - What was unusual about that call?\n", with: "  - One.\n  - Two.\n  - Three.\n"),
            .replace(Self.events, "date: \"2013-09\"", with: "date: \"2013-9\""),
            .replace(Self.lesson1, "events: [afghan-cooperation]", with: "events: [afghan-cooperaton]"),
            .replace(Self.lesson1, "\"real and useful\"", with: "\"real and very useful\""),
            .replace(Self.actors, "kind: state", with: "kind: country"))
        #expect(found == found.sorted())
        let locations = found.map(\.location.description)
        let expectedInOrder = [
            "\(Self.lesson1):8", "\(Self.lesson1):23", "\(Self.lesson2):11",
            "\(Self.actors):43", "\(Self.events):16", "\(Self.questions):7",
        ]
        for location in expectedInOrder {
            #expect(locations.contains(location), "no problem at \(location) in:\n\(found.map(\.description).joined(separator: "\n"))")
        }
        let positions = expectedInOrder.compactMap { locations.firstIndex(of: $0) }
        #expect(positions == positions.sorted())
        let error = CourseError(found)
        #expect(error.description.split(separator: "\n").count == found.count)
        #expect(error.description.hasPrefix("\(Self.lesson1):"))
    }
}
