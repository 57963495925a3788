import LecternCore

extension SampleCourse {
    /// Two lessons that between them introduce every actor and event.
    public static let lessons: [Lesson] = [
        Lesson(
            id: "a-common-enemy", title: "2001: a common enemy",
            objectives: ["Explain why Iran and the United States cooperated in 2001.", "Name who ended it."],
            actorIDs: ["crocker", "taliban", "karzai", "iran", "united-states", "bush", "cheney"],
            eventIDs: ["afghan-border-crisis", "afghan-cooperation-2001", "axis-of-evil", "iran-road-map"],
            summary: "After 9/11 the two countries worked together against the Taliban, until 2002.",
            checks: ["What did Iran offer after 9/11?", "Who said \"we don't talk to evil\"?"],
            sections: [
                LessonSection(title: "After 9/11", paragraphIDs: ["p1"], body: "Cooperation.", line: 14),
                LessonSection(title: "Axis of evil", paragraphIDs: ["standfirst", "p2"], body: "Rupture.", line: 20),
            ],
            file: "Lessons/01-a-common-enemy.md"),
        Lesson(
            id: "same-side-in-iraq", title: "2014: the same side in Iraq",
            objectives: ["Explain why Iran and the United States share interests in Iraq.", "Name the obstacles."],
            actorIDs: ["maliki", "isis", "quds-force", "iraq", "obama", "rouhani", "parsi", "syria", "hezbollah"],
            eventIDs: ["iran-election-crisis", "obama-rouhani-call", "isis-offensive", "us-iran-iraq-talks"],
            summary: "By 2014 both countries wanted the Iraqi state to survive ISIS.",
            checks: ["Who led Iraq in 2014?", "What stands in the way of normal relations?"],
            sections: [
                LessonSection(title: "Iran in Iraq", paragraphIDs: ["p3", "p4"], body: "Militias.", line: 13),
                LessonSection(title: "Two leaders", paragraphIDs: ["caption", "p8"], body: "Legacies.", line: 19),
                LessonSection(title: "What remains", paragraphIDs: ["p9"], body: "Sanctions.", line: 25),
            ],
            file: "Lessons/02-same-side-in-iraq.md"),
    ]

    /// Eight authored questions, one of each kind but who-said, in two files.
    public static let questions: [Question] = [
        Question(
            id: "enemy-shared-foe", prompt: "In 2001, which enemy did Iran and the United States share?",
            body: .choice(options: ["The Taliban", "ISIS", "Saddam Hussein's Iraq", "Hezbollah"], answer: 0),
            explanation: "Back in 2001 the shared foe was the Taliban.", lessonID: "a-common-enemy",
            paragraphIDs: ["p1"], actorIDs: ["taliban"], eventIDs: ["afghan-cooperation-2001"], origin: .authored,
            source: SourceLocation(file: firstFile, line: 3)),
        Question(
            id: "enemy-crocker", prompt: "Which veteran US diplomat described the cooperation of 2001?",
            body: .typed(answer: "Ryan Crocker", accepted: []), explanation: "Ryan Crocker described it.",
            lessonID: "a-common-enemy", paragraphIDs: ["p1"], actorIDs: ["crocker"], eventIDs: [], origin: .authored,
            source: SourceLocation(file: firstFile, line: 14)),
        Question(
            id: "enemy-cheney-mantra", prompt: "Complete Cheney's mantra.",
            body: .cloze(before: "Vice-President Cheney's mantra was 'we don't talk to ", answer: "evil", after: "'.",
                accepted: []),
            explanation: "Cheney ruled out engaging Iran with it.", lessonID: "a-common-enemy", paragraphIDs: ["p2"],
            actorIDs: ["cheney"], eventIDs: [], origin: .authored, source: SourceLocation(file: firstFile, line: 23)),
        Question(
            id: "enemy-iran-offers", prompt: "What did Iran offer the United States after 9/11?",
            body: .multi(
                options: [
                    "Battlefield intelligence", "Political backing for the Afghan Interim Authority",
                    "Ground troops in Kabul", "Oil at a discount",
                ], answers: [0, 1]),
            explanation: "Intelligence and political backing for Karzai's authority.", lessonID: "a-common-enemy",
            paragraphIDs: ["p1"], actorIDs: ["iran"], eventIDs: ["afghan-cooperation-2001"], origin: .authored,
            source: SourceLocation(file: firstFile, line: 32)),
        Question(
            id: "iraq-troops", prompt: "How many Iranian troops and militia had entered Iraq?",
            body: .number(answer: 2000, tolerance: 0, unit: "troops"), explanation: "The article says 2,000.",
            lessonID: "same-side-in-iraq", paragraphIDs: ["p4"], actorIDs: ["iran"], eventIDs: [], origin: .authored,
            source: SourceLocation(file: secondFile, line: 3)),
        Question(
            id: "iraq-stable", prompt: "Trita Parsi called Iran the most stable country in the Middle East.",
            body: .trueFalse(answer: true), explanation: "He said so, and the author agreed.",
            lessonID: "same-side-in-iraq", paragraphIDs: ["p8"], actorIDs: ["parsi", "iran"], eventIDs: [],
            origin: .authored, source: SourceLocation(file: secondFile, line: 13)),
        Question(
            id: "iraq-thaw", prompt: "Order these moments of US-Iranian relations, earliest first.",
            body: .order(items: [
                "Bush labels Iran part of the Axis of Evil", "Iran's election crisis",
                "Obama and Rouhani speak by telephone",
            ]),
            explanation: "2002, 2009, then September 2013.", lessonID: "same-side-in-iraq",
            paragraphIDs: ["standfirst", "caption", "p8"], actorIDs: [],
            eventIDs: ["axis-of-evil", "iran-election-crisis", "obama-rouhani-call"], origin: .authored,
            source: SourceLocation(file: secondFile, line: 20)),
        Question(
            id: "iraq-leaders", prompt: "Match each leader to the country they led in 2014.",
            body: .match(pairs: [
                MatchPair(left: "Nouri al-Maliki", right: "Iraq"), MatchPair(left: "Hassan Rouhani", right: "Iran"),
                MatchPair(left: "Barack Obama", right: "United States"),
            ]),
            explanation: "Maliki in Baghdad, Rouhani in Tehran, Obama in Washington.", lessonID: "same-side-in-iraq",
            paragraphIDs: ["p3", "caption", "p8"], actorIDs: ["maliki", "rouhani", "obama", "iraq", "iran", "united-states"],
            eventIDs: [], origin: .authored, source: SourceLocation(file: secondFile, line: 31)),
    ]

    /// The file of the first lesson's questions.
    public static let firstFile = "Quizzes/questions/01-a-common-enemy.yaml"
    /// The file of the second lesson's questions.
    public static let secondFile = "Quizzes/questions/02-same-side-in-iraq.yaml"
}
