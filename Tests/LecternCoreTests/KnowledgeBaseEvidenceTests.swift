import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// The knowledge base's newer fields: an actor's added name, the time of its role and its evidence; an event's
/// evidence, and the undated conditions. Evidence must be verbatim in one of the entry's paragraphs.
@Suite(.removingTemporaryFolders)
struct KnowledgeBaseEvidenceTests {
    static let actors = "Quizzes/actors.yaml"
    static let events = "Quizzes/events.yaml"
    static let crockerRole = "    role: American diplomat\n"

    private func load(_ edits: CourseEdit...) throws -> (course: Course?, problems: [Diagnostic]) {
        let root = try CourseFixture.copy(editing: edits)
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        do {
            return (try CourseLoader.load(from: root), [])
        } catch {
            return (nil, error.diagnostics)
        }
    }

    @Test func anActorsAddedNameTimeAndEvidenceAreRead() throws {
        let loaded = try load(
            .replace(
                Self.actors, Self.crockerRole,
                with: Self.crockerRole + "    as-of: \"2001\"\n    evidence: the American diplomat sent to meet Iranian officials\n"),
            .replace(Self.actors, "    name: Dick Cheney\n", with: "    name: Cheney\n    added-name: Dick Cheney\n"))
        let course = try #require(loaded.course, "\(loaded.problems)")
        let crocker = try #require(course.actor("crocker"))
        #expect(crocker.asOf == "2001")
        #expect(crocker.isHistorical)
        #expect(crocker.roleTime(articleYear: 2014) == "2001")
        #expect(crocker.evidence == "the American diplomat sent to meet Iranian officials")
        let cheney = try #require(course.actor("cheney"))
        #expect(cheney.name == "Cheney" && cheney.addedName == "Dick Cheney")
        #expect(cheney.allNames.last == "Dick Cheney")
        #expect(cheney.roleTime(articleYear: 2014) == "2014")
        #expect(course.actor("obama")?.affiliation == "Obama administration")
    }

    @Test func evidenceThatIsNotVerbatimInTheActorsParagraphsIsRefusedAtItsLine() throws {
        let loaded = try load(
            .replace(Self.actors, Self.crockerRole, with: Self.crockerRole + "    evidence: Crocker met Iranian officials in Geneva\n"))
        #expect(loaded.course == nil)
        #expect(
            loaded.problems.contains {
                $0.location.description == "\(Self.actors):7" && $0.message.contains("not verbatim in the cited paragraphs (p1)")
            }, "\(loaded.problems.map(\.description))")
    }

    @Test func evidenceFromAParagraphTheActorDoesNotCiteIsRefused() throws {
        // "we don't talk to evil" is in p2; Crocker cites p1 only.
        let loaded = try load(.replace(Self.actors, Self.crockerRole, with: Self.crockerRole + "    evidence: we don't talk to evil\n"))
        #expect(loaded.problems.contains { $0.message.contains("not verbatim") }, "\(loaded.problems.map(\.description))")
    }

    @Test func anEventWithAsOfAndNoDateIsAnUndatedConditionListedAfterTheDatedEvents() throws {
        let loaded = try load(
            .replace(
                Self.events, "events:\n",
                with: "events:\n  - id: long-thaw\n    title: The thaw goes on\n    as-of: \"2014\"\n    description: Still thawing.\n    actors: [iran]\n    paragraphs: [p3]\n"))
        let course = try #require(loaded.course, "\(loaded.problems)")
        let thaw = try #require(course.event("long-thaw"))
        #expect(thaw.isCondition && thaw.date == nil)
        #expect(thaw.when == "as of 2014")
        #expect(course.events.last?.id == "long-thaw")
        #expect(course.events.dropLast().allSatisfy { !$0.isCondition })
        #expect(!course.generatedQuestions.contains { $0.eventIDs.contains("long-thaw") })
    }

    @Test func anEventNeedsADateOrAnAsOfButNotBoth() throws {
        let both = try load(.replace(Self.events, "    date: \"2001\"\n", with: "    date: \"2001\"\n    as-of: \"2001\"\n"))
        #expect(both.problems.contains { $0.message.contains("a 'date' or, for an undated condition, an 'as-of', not both") })
        let neither = try load(.replace(Self.events, "    date: \"2001\"\n", with: ""))
        #expect(neither.problems.contains { $0.message == "missing field 'date'" }, "\(neither.problems.map(\.description))")
    }
}
