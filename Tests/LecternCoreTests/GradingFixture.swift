import Foundation
import LecternCore

/// A small course built in code for the grading, hint and session tests.
enum GradingFixture {
    static func actor(_ id: String, _ name: String, _ aliases: [String], _ kind: ActorKind = .person) -> Actor {
        Actor(id: id, name: name, aliases: aliases, kind: kind, role: "role of \(name)", affiliation: "", paragraphIDs: ["p1"])
    }

    static let actors: [Actor] = [
        actor("maliki", "Nouri al-Maliki", ["Maliki", "PM Maliki", "Prime Minister Maliki", "al-Maliki"]),
        actor("rouhani", "Hassan Rouhani", ["Rouhani", "President Rouhani"]),
        actor("mali", "Mali", [], .state),
        actor("iran", "Iran", ["Tehran"], .state),
        actor("iraq", "Iraq", [], .state),
        actor("isis", "Islamic State in Iraq and Syria", ["ISIS", "ISIL", "Islamic State"], .armedGroup),
        actor("obama", "Barack Obama", ["Obama", "President Obama"]),
        actor("cheney", "Dick Cheney", ["Cheney", "Vice-President Cheney"]),
        actor("crocker", "Ryan Crocker", ["Crocker"]),
        actor("taliban", "Taliban", [], .armedGroup),
    ]

    static let paragraphs: [Paragraph] = [
        Paragraph(
            id: "p2", kind: "body",
            text: "Crocker laments how this promising channel was destroyed by the Bush administration's catastrophic "
                + "decision to label Iran an 'evil' regime in 2002. A year later, the Iranians tried again. "
                + "Vice-President Cheney ruled out any notion of engaging Iran with the Manichean mantra 'we don't talk to evil'."),
        Paragraph(
            id: "p3", kind: "body",
            text: "In the context of recent events, it is ironic that Iran in 2003 reportedly offered to use its influence "
                + "amongst the Iraqi Shia. Some of whom lent critical support to Prime Minister Maliki, some of whom killed "
                + "Coalition troops."),
        Paragraph(
            id: "p4", kind: "body",
            text: "It is a measure of the seismic changes that have since occurred in Washington, Tehran, and the wider "
                + "Middle East that Iran and the U.S. are now broadly on the same side. Even more startling is the "
                + "realisation that after 13 years of scathing criticism of Iranian interference in Iraq, the US is to "
                + "some extent reliant on the 2,000 Iranian troops and militia that have entered Iraq. These troops "
                + "could be critical to the defence of the territory north of Bagdad."),
        Paragraph(
            id: "caption", kind: "photo-caption",
            text: "President Barack Obama talks with President Hassan Rouhani of Iran during a phone call in the Oval "
                + "Office, Sept. 27, 2013. (Official White House Photo by Pete Souza)"),
        Paragraph(
            id: "p6", kind: "body",
            text: "Obama may have sent a carrier to the Persian Gulf and just under 280 ground troops to defend US "
                + "personnel inside Iraq. There is no obvious front line."),
    ]

    static let article = Article(
        title: "Iran and the US are now on the same side in Iraq", author: "Christian Emery",
        publication: "USApp", year: 2014, license: "CC BY-NC-ND 3.0", paragraphs: paragraphs)

    static func question(
        _ id: String, _ prompt: String, _ body: QuestionBody, paragraphs: [String] = ["p4"], explanation: String = "Because."
    ) -> Question {
        Question(
            id: id, prompt: prompt, body: body, explanation: explanation, lessonID: nil, paragraphIDs: paragraphs,
            actorIDs: [], eventIDs: [], origin: .authored)
    }

    static let course = Course(
        root: URL(fileURLWithPath: "/tmp/lectern-grading-fixture"), article: article, lessons: [], actors: actors,
        events: [], quotes: [], questions: [])

    static let choice = question(
        "troops-who", "Whose troops entered Iraq?",
        .choice(options: ["Iranian", "Saudi", "Turkish", "Syrian"], answer: 0))
    static let multi = question(
        "multi-sides", "Which were on the same side in 2014?",
        .multi(options: ["Iran", "United States", "ISIS", "Taliban"], answers: [0, 1]))
    static let trueFalse = question("tf-troops", "Iran sent troops into Iraq.", .trueFalse(answer: true))
    static let typedMaliki = question(
        "typed-pm", "Who was Prime Minister of Iraq?", .typed(answer: "Nouri al-Maliki", accepted: []), paragraphs: ["p3"])
    static let typedRouhani = question(
        "typed-president", "Who was President of Iran?", .typed(answer: "Hassan Rouhani", accepted: []),
        paragraphs: ["caption"])
    static let typedIraq = question(
        "typed-iraq", "Which country did the troops enter?", .typed(answer: "Iraq", accepted: []))
    static let typedTaliban = question(
        "typed-foe", "Who was the shared foe in 2001?", .typed(answer: "the Taliban", accepted: ["Taleban"]))
    static let typedMantra = question(
        "typed-mantra", "What was Cheney's mantra?", .typed(answer: "we don’t talk to evil", accepted: []),
        paragraphs: ["p2"])
    static let number = question(
        "number-troops", "How many Iranian troops and militia entered Iraq?",
        .number(answer: 2000, tolerance: 0, unit: "troops"))
    static let numberYears = question(
        "number-years", "After how many years of criticism?", .number(answer: 13, tolerance: 0, unit: nil))
    static let year = question(
        "year-offer", "In which year did Iran offer to help stabilise Iraq?",
        .number(answer: 2003, tolerance: 0, unit: nil), paragraphs: ["p3"])
    static let decimal = question("number-decimal", "A decimal.", .number(answer: 1.5, tolerance: 0.1, unit: nil))
    static let order = question(
        "order-events", "Put these in order.", .order(items: ["Axis of Evil", "Iraq invasion", "Obama-Rouhani call", "Iranian troops enter Iraq"]))
    static let match = question(
        "match-roles", "Match each person to a role.",
        .match(pairs: [
            MatchPair(left: "Nouri al-Maliki", right: "Prime Minister of Iraq"),
            MatchPair(left: "Hassan Rouhani", right: "President of Iran"),
            MatchPair(left: "Dick Cheney", right: "US Vice-President"),
        ]))
    static let cloze = question(
        "cloze-troops", "Fill the gap.",
        .cloze(before: "the US is to some extent reliant on the 2,000 ", answer: "Iranian", after: " troops", accepted: []))
    static let whoSaid = question(
        "who-evil", "Who said it?",
        .whoSaid(quote: "we don't talk to evil", options: ["cheney", "obama", "crocker", "rouhani"], answer: 0),
        paragraphs: ["p2"])
}
