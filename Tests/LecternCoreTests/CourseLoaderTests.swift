import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// Loading the minimal fixture course (`Tests/Fixtures/courses/minimal`) gives exactly what its files say.
@Suite(.removingTemporaryFolders)
struct CourseLoaderTests {
    let course: Course

    init() throws {
        course = try CourseLoader.load(from: CourseFixture.minimal)
    }

    @Test func theArticleKeepsItsFieldsAndParagraphsInReadingOrder() {
        #expect(course.article.title == "The Long Thaw")
        #expect(course.article.author == "A. Writer")
        #expect(course.article.publication == "Example Review")
        #expect(course.article.year == 2014)
        #expect(course.article.license == "CC BY-NC-ND 3.0")
        #expect(course.article.paragraphs.map(\.id) == ["p1", "p2", "p3"])
        #expect(course.article.paragraph("p3")?.kind == "body", "a paragraph without a kind is a body paragraph")
        #expect(course.article.paragraph("p2")?.text.hasPrefix("Then came the axis of evil speech") == true)
        #expect(course.article.order(of: "p3") == 2)
    }

    @Test func lessonsAreTakenInFileNameOrderWithTheirFrontMatter() throws {
        #expect(course.lessons.map(\.id) == ["a-common-enemy", "the-thaw"])
        let first = try #require(course.lessons.first)
        #expect(first.title == "2001: a common enemy")
        #expect(first.file == "Lessons/01-a-common-enemy.md")
        #expect(first.objectives == [
            "Explain why Iran and the United States worked together in 2001.",
            "Name the diplomat who met Iranian officials.",
        ])
        #expect(first.actorIDs == ["crocker", "taliban", "iran"])
        #expect(first.eventIDs == ["afghan-cooperation"])
        #expect(first.summary == "In 2001 both countries had a \"common enemy in the Taliban\", and Crocker met Iranian officials.")
        #expect(first.checks == ["Who was the shared enemy in 2001?", "Who met the Iranian officials?"])
        #expect(course.lessons[1].checks.count == 3)
    }

    @Test func sectionsHaveTheirTitleCitationsBodyAndHeadingLine() throws {
        let thaw = try #require(course.lesson("the-thaw"))
        #expect(thaw.sections.map(\.title) == ["The axis of evil", "A call in 2013"])
        #expect(thaw.sections.map(\.paragraphIDs) == [["p2"], ["p2", "p3"]])
        #expect(thaw.sections.map(\.line) == [16, 20])
        #expect(thaw.sections[0].body == "In January 2002 the talks stopped. Cheney was said to have declared \"we don't talk to evil\".")
        #expect(thaw.citedParagraphIDs == ["p2", "p3"])
        let enemy = try #require(course.lesson("a-common-enemy"))
        #expect(enemy.sections[0].body == """
            After the attacks of 2001, Iran and the United States had a "common enemy in the Taliban".
            **Ryan Crocker** was sent to meet Iranian officials.
            """)
        #expect(enemy.citedParagraphIDs == ["p1"])
    }

    @Test func aLessonIsFoundByNumberOrId() {
        #expect(course.lesson(named: "2")?.id == "the-thaw")
        #expect(course.lesson(named: "A-Common-Enemy")?.id == "a-common-enemy")
        #expect(course.lesson(named: "3") == nil)
        #expect(course.lesson(named: "0") == nil)
    }

    @Test func actorsKeepEveryField() throws {
        #expect(course.actors.map(\.id) == ["crocker", "cheney", "obama", "rouhani", "taliban", "iran"])
        let crocker = try #require(course.actor("crocker"))
        #expect(crocker.name == "Ryan Crocker")
        #expect(crocker.aliases == ["Crocker", "Ambassador Crocker"])
        #expect(crocker.kind == .person)
        #expect(crocker.role == "American diplomat")
        #expect(crocker.affiliation == "United States Department of State")
        #expect(crocker.paragraphIDs == ["p1"])
        #expect(course.actor("taliban")?.kind == .armedGroup)
        #expect(course.actor("iran")?.paragraphIDs == ["p1", "p2", "p3"])
    }

    @Test func anActorIsFoundByAliasIgnoringCaseAndPunctuationOrByAUniquePrefix() {
        #expect(course.resolveActor(named: "president obama")?.actor.id == "obama")
        #expect(course.resolveActor(named: "AMBASSADOR  Crocker!")?.actor.id == "crocker")
        #expect(course.resolveActor(named: "rouh")?.actor.id == "rouhani")
        #expect(course.resolveActor(named: "President") == nil, "'President' begins two actors' aliases")
        #expect(course.resolveActor(named: "Khamenei") == nil)
    }

    @Test func eventsAreSortedByDateAndKeepTheirPrecision() throws {
        #expect(course.events.map(\.id) == ["afghan-cooperation", "axis-of-evil", "obama-rouhani-call"])
        let axis = try #require(course.event("axis-of-evil"))
        #expect(axis.date == EventDate(year: 2002, month: 1, day: 29, precision: .day))
        #expect(axis.date?.description == "29 January 2002")
        #expect(axis.actorIDs == ["cheney", "iran"])
        #expect(axis.paragraphIDs == ["p2"])
        #expect(course.event("afghan-cooperation")?.date?.precision == .year)
        #expect(course.event("obama-rouhani-call")?.date?.precision == .month)
        #expect(course.event("obama-rouhani-call")?.date?.description == "September 2013")
        #expect(course.events(involving: "iran").map(\.id) == ["afghan-cooperation", "axis-of-evil"])
    }

    @Test func theQuoteNamesItsSpeakerAndParagraph() {
        #expect(course.quotes == [Quote(id: "cheney-evil", text: "we don't talk to evil", speakerID: "cheney", paragraphID: "p2")])
    }

    @Test func everyAuthoredQuestionKindIsReadWithItsAnswer() throws {
        let questions = course.questions
        #expect(questions.map(\.kind) == [.choice, .multi, .trueFalse, .typed, .number, .order, .match, .cloze])
        #expect(questions.allSatisfy { $0.lessonID == "a-common-enemy" && $0.origin == .authored })

        let choice = try #require(questions.first { $0.id == "shared-foe" })
        #expect(choice.body == .choice(options: ["Saddam Hussein's Iraq", "The Taliban", "Hezbollah"], answer: 1))
        #expect(choice.prompt == "In 2001, which enemy did Iran and the United States share?")
        #expect(choice.explanation == "Both countries opposed the Taliban.")
        #expect(choice.paragraphIDs == ["p1"])
        #expect(choice.actorIDs == ["taliban"])
        #expect(choice.eventIDs == ["afghan-cooperation"])
        #expect(choice.source?.description == "Quizzes/questions/01-a-common-enemy.yaml:3")

        let bodies = Dictionary(uniqueKeysWithValues: questions.map { ($0.id, $0.body) })
        #expect(bodies["who-spoke-in-2013"] == .multi(
            options: ["Barack Obama", "Ryan Crocker", "Hassan Rouhani", "Dick Cheney"], answers: [0, 2]))
        #expect(bodies["first-call"] == .trueFalse(answer: true))
        #expect(bodies["the-diplomat"] == .typed(answer: "Ryan Crocker", accepted: ["Ambassador Crocker"]))
        #expect(bodies["call-year"] == .number(answer: 2013, tolerance: 0, unit: nil))
        #expect(bodies["thaw-order"] == .order(
            items: ["Cooperation against the Taliban", "The axis of evil speech", "The telephone call"]))
        #expect(bodies["who-is-who"] == .match(pairs: [
            MatchPair(left: "Ryan Crocker", right: "American diplomat"),
            MatchPair(left: "Hassan Rouhani", right: "President of Iran"),
            MatchPair(left: "Dick Cheney", right: "Vice President"),
        ]))
        #expect(bodies["cheney-words"] == .cloze(
            before: "Cheney said we don't talk to ", answer: "evil", after: ", and the talks stopped.",
            accepted: ["evil ones"]))
    }

    @Test func theCourseRemembersTheFolderItCameFrom() {
        #expect(course.root.standardizedFileURL.path == CourseFixture.minimal.standardizedFileURL.path)
    }
}
