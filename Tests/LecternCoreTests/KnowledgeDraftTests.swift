import Foundation
import LecternCore
import LecternTestSupport
import Testing

/// The candidate knowledge base `lectern new` proposes: names with their aliases, dates at the precision written,
/// quotations with the nearest speaker; and the course made from it, the same bytes every time.
struct KnowledgeDraftTests {
    static func knowledge(_ text: String) throws -> KnowledgeDraft {
        KnowledgeDraft(try ArticleDraft(data: Data(text.utf8), name: "a.txt", fallbackTitle: "a"))
    }

    /// The bundled article rebuilt as plain text: its title, then each paragraph (Tests/Fixtures/articles).
    static func bundledText() throws -> ArticleDraft {
        let url = Fixtures.url("articles/emery-2014.txt")
        return try ArticleDraft(data: try Data(contentsOf: url), name: "emery-2014.txt", fallbackTitle: "emery")
    }

    @Test func theBundledArticleGivesItsPeopleAsActorCandidates() throws {
        let knowledge = KnowledgeDraft(try Self.bundledText())
        func actor(named name: String) -> KnowledgeDraft.ActorCandidate? {
            knowledge.actors.first { ([$0.name] + $0.aliases).contains(name) }
        }
        for name in ["Bush", "Cheney", "Crocker", "Rouhani", "Karzai", "Obama", "Maliki", "Trita Parsi", "ISIS"] {
            #expect(actor(named: name) != nil, "no candidate for \(name)")
        }
        #expect(actor(named: "Bush")?.name == "George W. Bush")
        #expect(actor(named: "Cheney")?.name == "Vice-President Cheney")
        #expect(actor(named: "Crocker")?.paragraphs == ["p2", "p3"])
        #expect(actor(named: "ISIS")?.name == "Islamic State in Iraq and Syria")
        #expect(actor(named: "Cheney")?.kind == .person)
        // A sentence's first word is no name on its own ("Having", "Whatever"), nor a nationality.
        #expect(actor(named: "Having") == nil && actor(named: "Whatever") == nil && actor(named: "Iranian") == nil)
    }

    @Test func theBundledArticleGivesItsYearsAsEventCandidates() throws {
        let knowledge = KnowledgeDraft(try Self.bundledText())
        let dates = Set(knowledge.events.map(\.date))
        for year in ["2001", "2002", "2003", "2009", "1990s", "2013-09-27"] { #expect(dates.contains(year), "no event for \(year)") }
        for event in knowledge.events {
            #expect(event.passage.split(separator: " ").count <= 25)
        }
    }

    @Test func theBundledArticleGivesItsQuotationsWithTheirSpeakers() throws {
        let knowledge = KnowledgeDraft(try Self.bundledText())
        let cheney = knowledge.quotes.first { $0.text == "we don't talk to evil" }
        #expect(cheney?.speaker == knowledge.actors.first { $0.aliases.contains("Cheney") }?.id)
        #expect(knowledge.quotes.contains { $0.text.hasPrefix("Washington may not want to admit it") && $0.speaker == "trita-parsi" })
    }

    @Test func datesAreKeptAtThePrecisionTheTextGives() throws {
        let knowledge = try Self.knowledge(
            "On 27 September 2013 they spoke. In September 2014 they met. They met again on March 3, 2015. "
                + "In 2016 it ended, as in the 1990s. It cost 2,000 dollars and 1,500 troops came.\n")
        #expect(knowledge.events.map(\.date) == ["2013-09-27", "2014-09", "2015-03-03", "2016", "1990s"])
    }

    @Test func aliasesComeFromSurnamesAcronymsAndKnownAs() throws {
        let knowledge = try Self.knowledge(
            "The minister met Ada Lovelace in town. Later Lovelace wrote to the Analytical Society (AS) about it. "
                + "The Difference Club, known as the Engine Room, replied. Lovelace thanked the Engine Room.\n")
        let ada = knowledge.actors.first { $0.name == "Ada Lovelace" }
        #expect(ada?.aliases == ["Lovelace"])
        #expect(knowledge.actors.first { $0.name == "Analytical Society" }?.aliases == ["AS"])
        #expect(knowledge.actors.first { $0.name == "Difference Club" }?.aliases == ["Engine Room"])
    }

    @Test func aQuotationKeepsItsApostrophesAndASingleWordInQuotesIsNoQuotation() throws {
        let knowledge = try Self.knowledge(
            "Mara Quillon said ‘we don't count the storms, we count the boats’ to the board. "
                + "The board called it 'evil' and wrote that nothing changed.\n")
        #expect(knowledge.quotes.map(\.text) == ["we don't count the storms, we count the boats"])
        #expect(knowledge.quotes.first?.speaker == "mara-quillon")
    }

    @Test func theSameArticleMakesTheSameCourseByteForByte() throws {
        let first = try CourseDraft(article: try Self.bundledText(), year: 2014, source: "emery-2014.txt")
        let second = try CourseDraft(article: try Self.bundledText(), year: 2014, source: "emery-2014.txt")
        #expect(first.files == second.files)
        #expect(first.files.map(\.path).contains("Quizzes/questions/01-part-1.yaml"))
    }

    @Test func anArticleWithoutAYearNeedsOne() throws {
        let article = try ArticleDraft(data: Data("A text with no date at all.\n".utf8), name: "n.txt", fallbackTitle: "n")
        #expect(throws: AuthoringError(.badArticle, "n.txt: the article writes no year; give its year with --year")) {
            try CourseDraft(article: article, year: nil, source: "n.txt")
        }
        #expect(try CourseDraft(article: article, year: 2020, source: "n.txt").year == 2020)
    }
}

/// The article file `lectern new` writes is JSON that gives back each paragraph's text exactly.
struct CourseDraftArticleTests {
    @Test func quotesBackslashesAndNonASCIIComeBackFromTheArticleFile() throws {
        let text = "Title\n\nShe wrote \"go\\now\" in São Brás, 1961 — and left.\n\nA second paragraph, in 1962.\n"
        let article = try ArticleDraft(data: Data(text.utf8), name: "q.txt", fallbackTitle: "q")
        let draft = try CourseDraft(article: article, year: nil, source: "q.txt")
        let file = try #require(draft.files.first { $0.path == "Lessons/source/article.json" })
        let json = try #require(try JSONSerialization.jsonObject(with: Data(file.text.utf8)) as? [String: Any])
        let paragraphs = try #require(json["paragraphs"] as? [[String: String]])
        #expect(paragraphs.first?["text"] == "She wrote \"go\\now\" in São Brás, 1961 — and left.")
        #expect(json["year"] as? Int == 1962)
        #expect(json["author"] as? String == "TODO")
    }
}
