/// The candidate knowledge base `lectern new` proposes from an article: actors from capitalised names, events from
/// dates, quotations with the nearest speaker; each with the paragraphs it comes from and a verbatim passage.
public struct KnowledgeDraft: Sendable, Equatable {
    /// An actor candidate.
    public struct ActorCandidate: Sendable, Equatable {
        /// The id, made from the name.
        public let id: String
        /// The form the article uses, the most complete one.
        public let name: String
        /// The other forms the article uses (a surname alone, a title with the name, an acronym).
        public let aliases: [String]
        /// `person` or `organisation`: a guess for the author to correct.
        public let kind: ActorKind
        /// Every paragraph that mentions one of its names.
        public let paragraphs: [String]
        /// The passage (at most 25 words) around its first mention, verbatim.
        public let passage: String
        /// The paragraph `passage` is in.
        public let passageParagraph: String
        /// How many times its names are written.
        public let mentions: Int
    }

    /// An event candidate: a date the text writes, in its sentence.
    public struct EventCandidate: Sendable, Equatable {
        /// The id, made from the date (`event-2001`, `event-2001-2`).
        public let id: String
        /// `2013-09-27`, `2013-09`, `2013` or `1990s`: the precision the text gives.
        public let date: String
        /// The year it falls in.
        public let year: Int
        /// The paragraph it is written in.
        public let paragraph: String
        /// The passage (at most 25 words) holding the date, verbatim.
        public let passage: String
        /// The actor candidates the sentence names.
        public let actors: [String]
    }

    /// A quotation candidate: words in quotation marks with a verb of saying near, and the nearest name.
    public struct QuoteCandidate: Sendable, Equatable {
        /// The id, made from the speaker and the first words.
        public let id: String
        /// The quoted words, verbatim, without the marks.
        public let text: String
        /// The nearest actor candidate in the sentence.
        public let speaker: String
        /// The paragraph it is in.
        public let paragraph: String
        /// The passage from the speaker's name to the quotation, when it is at most 25 words.
        public let passage: String?
    }

    /// Actor candidates, in the order their first mention comes.
    public let actors: [ActorCandidate]
    /// Event candidates, in reading order.
    public let events: [EventCandidate]
    /// Quotation candidates, in reading order.
    public let quotes: [QuoteCandidate]

    /// The candidates of `article`.
    public init(_ article: ArticleDraft) {
        let sentences = article.paragraphs.map { paragraph in SentenceSplitter.sentences(paragraph.text) }
        actors = ActorGrouping.candidates(article, sentences: sentences)
        var ids = DraftIDs()
        var events: [EventCandidate] = []
        var quotes: [QuoteCandidate] = []
        var quoteIDs = DraftIDs()
        for (index, paragraph) in article.paragraphs.enumerated() {
            for sentence in sentences[index] {
                let named = actors.filter { actor in Self.mentions(actor, in: sentence) }.map(\.id)
                for found in DateFinder.dates(in: sentence) {
                    events.append(EventCandidate(
                        id: ids.make("event-" + found.date, prefix: "event"), date: found.date, year: found.year,
                        paragraph: paragraph.id, passage: String(PassageWindow.around(found.range, in: sentence)),
                        actors: named))
                }
                for quote in QuoteFinder.quotes(in: sentence) {
                    guard let speaker = Self.nearestSpeaker(to: quote.range, in: sentence, among: actors) else { continue }
                    let words = quote.text.split(separator: " ").prefix(3).joined(separator: " ")
                    quotes.append(QuoteCandidate(
                        id: quoteIDs.make(speaker.actor.id + " " + words, prefix: "quote"), text: quote.text,
                        speaker: speaker.actor.id, paragraph: paragraph.id, passage: speaker.passage))
                }
            }
        }
        self.events = events
        self.quotes = quotes
    }

    /// Whether `sentence` writes one of the actor's names as whole words.
    static func mentions(_ actor: ActorCandidate, in sentence: Substring) -> Bool {
        let padded = " " + AnswerText.normalize(String(sentence)) + " "
        return ([actor.name] + actor.aliases).contains { name in
            let key = AnswerText.normalize(name)
            return !key.isEmpty && padded.contains(" " + key + " ")
        }
    }

    /// The actor named closest before the quotation (else after it), and the passage from that name to the
    /// quotation's end when it is at most 25 words.
    private static func nearestSpeaker(
        to range: Range<Substring.Index>, in sentence: Substring, among actors: [ActorCandidate]
    ) -> (actor: ActorCandidate, passage: String?)? {
        let mentions = NameFinder.mentions(in: sentence).filter { $0.range.upperBound <= range.lowerBound || $0.range.lowerBound >= range.upperBound }
        func owner(_ mention: NameFinder.Mention) -> ActorCandidate? {
            let key = AnswerText.normalize(mention.text)
            return actors.first { ([$0.name] + $0.aliases).map(AnswerText.normalize).contains(key) }
        }
        let before = mentions.filter { $0.range.upperBound <= range.lowerBound }.reversed().compactMap { m in owner(m).map { (m, $0) } }
        let after = mentions.filter { $0.range.lowerBound >= range.upperBound }.compactMap { m in owner(m).map { (m, $0) } }
        // A person is the likelier speaker: the nearest one before the quotation, else after it, else any name.
        let people = before.filter { $0.1.kind == .person } + after.filter { $0.1.kind == .person }
        guard let (mention, actor) = people.first ?? before.first ?? after.first else { return nil }
        let span = min(mention.range.lowerBound, range.lowerBound)..<max(mention.range.upperBound, range.upperBound)
        var end = span.upperBound
        while end < sentence.endIndex, "'\"’”".contains(sentence[end]) { end = sentence.index(after: end) }
        let passage = sentence[span.lowerBound..<end]
        let fits = passage.split(separator: " ").count <= PassageWindow.maximumWords
        return (actor, fits ? String(passage) : nil)
    }
}
