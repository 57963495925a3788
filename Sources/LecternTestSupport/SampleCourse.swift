import Foundation
import LecternCore

/// A small course built in Swift: eight paragraphs of the real article, sixteen actors of four kinds, eight events
/// dated at every precision, two quotations, two lessons and eight authored questions of eight kinds.
///
/// It is valid (the validator finds nothing in it); tests break a copy through `SampleCourse.Parts`.
public enum SampleCourse {
    /// The whole sample as a course.
    public static var course: Course { parts.course }

    /// The pieces of the sample, to edit before building a (possibly broken) course from them.
    public static var parts: Parts {
        Parts(
            article: article, lessons: lessons, actors: actors, events: events, quotes: quotes, questions: questions)
    }

    /// The editable pieces of a course.
    public struct Parts: Sendable {
        /// The article.
        public var article: Article
        /// The lessons, in order.
        public var lessons: [Lesson]
        /// The actors.
        public var actors: [Actor]
        /// The events.
        public var events: [Event]
        /// The quotations.
        public var quotes: [Quote]
        /// The authored questions.
        public var questions: [Question]

        /// Creates the pieces.
        public init(
            article: Article, lessons: [Lesson], actors: [Actor], events: [Event], quotes: [Quote],
            questions: [Question]
        ) {
            self.article = article
            self.lessons = lessons
            self.actors = actors
            self.events = events
            self.quotes = quotes
            self.questions = questions
        }

        /// A course made of the pieces.
        public var course: Course {
            Course(
                root: SampleCourse.root, article: article, lessons: lessons, actors: actors, events: events,
                quotes: quotes, questions: questions)
        }

        /// Replaces the authored question with this id (or appends `question` when there is none).
        public mutating func replaceQuestion(_ id: String, with question: Question) {
            if let index = questions.firstIndex(where: { $0.id == id }) {
                questions[index] = question
            } else {
                questions.append(question)
            }
        }

        /// Replaces the actor with this id by the result of `edit`.
        public mutating func editActor(_ id: String, _ edit: (Actor) -> Actor) {
            actors = actors.map { $0.id == id ? edit($0) : $0 }
        }
    }

    /// A folder that does not exist: the sample lives in memory.
    public static let root = URL(fileURLWithPath: "/nonexistent/sample-course", isDirectory: true)

    /// The authored question with this id; fails the calling test loudly when there is none.
    public static func question(_ id: String) -> Question {
        guard let question = questions.first(where: { $0.id == id }) else {
            preconditionFailure("SampleCourse has no question \(id)")
        }
        return question
    }

    /// An authored question at `Quizzes/questions/broken.yaml:<line>`, citing p1 in the first lesson unless told.
    public static func authored(
        _ id: String, line: Int, prompt: String, body: QuestionBody, lesson: String? = "a-common-enemy",
        paragraphs: [String] = ["p1"], actors: [String] = [], events: [String] = [],
        explanation: String = "Because the article says so."
    ) -> Question {
        Question(
            id: id, prompt: prompt, body: body, explanation: explanation, lessonID: lesson, paragraphIDs: paragraphs,
            actorIDs: actors, eventIDs: events, origin: .authored,
            source: SourceLocation(file: "Quizzes/questions/broken.yaml", line: line))
    }

    /// The article: its real title and metadata, and the paragraphs the sample needs, verbatim.
    public static let article = Article(
        title: "After 13 years of criticism, Washington now needs to work with Iran to prevent disaster in Iraq.",
        author: "Christian Emery",
        publication: "USApp – American Politics and Policy blog, London School of Economics", year: 2014,
        license: "CC BY-NC-ND 3.0",
        paragraphs: [
            Paragraph(
                id: "standfirst", kind: "standfirst",
                text: """
                    This week has seen the surprising news that Iranian and U.S. officials have held talks over the conflict between the government in Iraq and the Sunni insurgents of the Islamic State in Iraq and Syria. Christian Emery writes that these talks are a measure of the seismic changes that have occurred in Washington and the Middle East since George W. Bush labelled Iran a part of the 'Axis of Evil' in 2002. He argues that the two countries now share some fundamental interests in the Iraq conflict, and that they will need to cooperate with one another to some degree in order to preserve the state-system in the region.
                    """),
            Paragraph(
                id: "p1", kind: "body",
                text: """
                    The headline news that American and Iranian officials have discussed their common interest in helping the Iraqi government fight back Sunni militants represents a huge symbolic break-through in one of the most dysfunctional relationships in modern times. To gauge the scale of this rare triumph of realism over ideology, it's worth thinking back to what happened last time the two countries faced a common enemy. Back in 2001 the shared foe was the Taliban. Veteran US diplomat Ryan Crocker has described how after 9/11 American and Iranian diplomats explored ways they could cooperate in ousting the Taliban. Having almost gone to war against their northern neighbours in the 1990s, Iran offered to support US intervention by providing battlefield intelligence and political backing for the Afghan Interim Authority, headed by Hamid Karzai.
                    """),
            Paragraph(
                id: "p2", kind: "body",
                text: """
                    Crocker laments how this promising channel was destroyed by the Bush administration's catastrophic decision to label Iran an 'evil' regime in 2002. A year later, the Iranians tried again, reportedly setting out a comprehensive road map for better relations via the Swiss government. The Bush administration, at the peak of its ideological hubris following a devastating demonstration of US hard power in Iraq, not just snubbed their offer but made clear their ambition to change the regime in Tehran once they had dealt with Saddam. Vice-President Cheney ruled out any notion of engaging Iran with the Manichean mantra 'we don't talk to evil'.
                    """),
            Paragraph(
                id: "p3", kind: "body",
                text: """
                    In the context of recent events, it is ironic that Iran in 2003 reportedly offered to use its influence amongst the Iraqi Shia to help stabilise the country in the chaotic aftermath of the US invasion. We cannot be sure if the offer was workable, but we do know that over the next bloody years the Iranians provided support to Shia political organisations and militias, some of whom lent critical support to Prime Minister Maliki, some of whom killed Coalition troops. Iran's nefarious influence in Iraq became a prominent feature of government and media commentary.
                    """),
            Paragraph(
                id: "p4", kind: "body",
                text: """
                    It is a measure of the seismic changes that have since occurred in Washington, Tehran, and the wider Middle East that Iran and the United States are now broadly on the same side in hoping that these same Shia groups can help repel a Sunni insurgency under the leadership of the barbaric Islamic State in Iraq and Syria (ISIS). Even more startling is the realisation that after 13 years of scathing criticism of Iranian interference in Iraq, the US is to some extent reliant on the 2,000 Iranian troops and militia that have entered Iraq. These troops, including two battalions of the elite Quds Forces that are accused by US officials of assisting Islamic terrorist organisations across the globe, could be critical to the defence of the territory north of Bagdad, including the holy city of Samarra.
                    """),
            Paragraph(
                id: "caption", kind: "photo-caption",
                text: """
                    President Barack Obama talks with President Hassan Rouhani of Iran during a phone call in the Oval Office, Sept. 27, 2013. (Official White House Photo by Pete Souza)
                    """),
            Paragraph(
                id: "p8", kind: "body",
                text: """
                    At the start of the Obama administration, signs of Maliki's authoritarianism and sectarian bias were ominous but Iraq was a functioning state. With the Arab Spring yet to explode across the region, it was Iran that looked to be teetering on the edge of revolution in the wake of the 2009 election crisis. Now, everywhere Obama looks there is chaos and bloodshed. Iraq is on the brink of collapse, Syria is stuck in unremitting and brutal civil war, Libya is close to a failed state, Pakistan seems ungovernable, the Saudis are estranged from Washington and about to go through a crucial leadership transition, and the Taliban are making a comeback in Afghanistan. As Trita Parsi correctly observers 'Washington may not want to admit it, but Iran is the most stable country in the Middle East right now.' The two countries now share some fundamental interests. Both are threatened by the rise of a new generation of Sunni jihadi groups who want to break down the state-system in the Middle East. Both want to avoid further US military involvement in the Persian Gulf. Both also want to resolve the nuclear crisis and bring momentum to these negotiations by showing it can have wider benefits. Obama and Rouhani are ultimately two leaders in search of a legacy-defining foreign policy triumph.
                    """),
            Paragraph(
                id: "p9", kind: "body",
                text: """
                    Yet there are still fundamental differences that will remain regardless of any cooperation in Iraq (the suggestion of which has already sparked outrage in some quarters in the US). A large gulf still exists between the two sides' expectations of how much of Iran's nuclear programme can be retained. Even if a deal is struck, Obama will face a major domestic struggle to roll back the devastating package of economic sanctions levied against Iran. Furthermore, Iran is highly unlikely to end its support for the Assad regime or anti-Israeli groups such as Hamas or Hezbollah. This is particularly problematic considering much of the sanctions legislation is linked to Iran's support for 'terrorist' organisations. Add to this a major backlash from powerful domestic voices and external allies opposed to any thaw in US-Iranian relations, and we are left with a colossal challenge facing those who dream of normal relations between the countries. Yet, the fact remains that cooperation of any kind would have been unthinkable even a year ago.
                    """),
        ])
}
