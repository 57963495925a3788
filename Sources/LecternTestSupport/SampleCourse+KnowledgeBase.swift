import LecternCore

extension SampleCourse {
    /// Eight people, four states, three armed groups and one military unit (alone of its kind, so no distractors);
    /// all but two (Parsi, the United States) have a role with evidence, three of them of an earlier time.
    public static let actors: [Actor] = [
        Actor(
            id: "maliki", name: "Nouri al-Maliki", aliases: ["Maliki", "al-Maliki", "Prime Minister Maliki"],
            kind: .person, role: "Prime Minister of Iraq", affiliation: "Government of Iraq",
            paragraphIDs: ["p3", "p8"], evidence: "lent critical support to Prime Minister Maliki"),
        Actor(
            id: "rouhani", name: "Hassan Rouhani", aliases: ["Rouhani", "President Rouhani"], kind: .person,
            role: "President of Iran", affiliation: "Government of Iran", paragraphIDs: ["caption", "p8"],
            evidence: "President Hassan Rouhani of Iran"),
        Actor(
            id: "obama", name: "Barack Obama", aliases: ["Obama", "President Obama"], kind: .person,
            role: "President of the United States", affiliation: "Obama administration",
            paragraphIDs: ["caption", "p8", "p9"], evidence: "President Barack Obama talks with President Hassan Rouhani"),
        Actor(
            id: "cheney", name: "Vice-President Cheney", aliases: ["Cheney"], kind: .person,
            role: "Ruled out any notion of engaging Iran", affiliation: "Bush administration",
            paragraphIDs: ["p2"], addedName: "Dick Cheney", asOf: "2003",
            evidence: "Vice-President Cheney ruled out any notion of engaging Iran"),
        Actor(
            id: "crocker", name: "Ryan Crocker", aliases: ["Crocker"], kind: .person, role: "Veteran US diplomat",
            paragraphIDs: ["p1", "p2"], evidence: "Veteran US diplomat Ryan Crocker"),
        Actor(
            id: "karzai", name: "Hamid Karzai", aliases: ["Karzai"], kind: .person,
            role: "Head of the Afghan Interim Authority", affiliation: "Afghan Interim Authority",
            paragraphIDs: ["p1"], asOf: "2001", evidence: "the Afghan Interim Authority, headed by Hamid Karzai"),
        Actor(
            id: "bush", name: "George W. Bush", aliases: ["Bush", "President Bush"], kind: .person,
            role: "Labelled Iran a part of the 'Axis of Evil'", paragraphIDs: ["standfirst"], asOf: "2002",
            evidence: "George W. Bush labelled Iran a part of the 'Axis of Evil' in 2002"),
        Actor(
            id: "parsi", name: "Trita Parsi", aliases: ["Parsi"], kind: .person,
            role: "Observer quoted on Iran's stability", paragraphIDs: ["p8"]),
        Actor(
            id: "iran", name: "Iran", aliases: ["Islamic Republic of Iran", "Tehran"], kind: .state,
            role: "Islamic Republic backing Shia militias in Iraq",
            paragraphIDs: ["standfirst", "p1", "p2", "p3", "p4", "p8", "p9"],
            evidence: "the Iranians provided support to Shia political organisations and militias"),
        Actor(
            id: "united-states", name: "United States", aliases: ["US", "USA", "America", "Washington"],
            kind: .state, role: "Superpower trying to disengage from the region",
            paragraphIDs: ["standfirst", "p1", "p4", "p8", "p9"]),
        Actor(
            id: "iraq", name: "Iraq", aliases: ["Republic of Iraq"], kind: .state,
            role: "State on the brink of collapse",
            paragraphIDs: ["standfirst", "p3", "p4", "p8"], evidence: "Iraq is on the brink of collapse"),
        Actor(
            id: "syria", name: "Syria", aliases: [], kind: .state, role: "State stuck in brutal civil war",
            paragraphIDs: ["p8"], evidence: "Syria is stuck in unremitting and brutal civil war"),
        Actor(
            id: "isis", name: "Islamic State in Iraq and Syria", aliases: ["ISIS", "Islamic State", "ISIL"],
            kind: .armedGroup, role: "Sunni insurgency advancing in Iraq",
            paragraphIDs: ["standfirst", "p4"],
            evidence: "a Sunni insurgency under the leadership of the barbaric Islamic State in Iraq and Syria (ISIS)"),
        Actor(
            id: "taliban", name: "Taliban", aliases: [], kind: .armedGroup, role: "The shared foe of Iran and the US",
            paragraphIDs: ["p1", "p8"], asOf: "2001", evidence: "Back in 2001 the shared foe was the Taliban"),
        Actor(
            id: "hezbollah", name: "Hezbollah", aliases: ["Hizbollah"], kind: .armedGroup,
            role: "Anti-Israeli group Iran is unlikely to stop supporting", paragraphIDs: ["p9"],
            evidence: "anti-Israeli groups such as Hamas or Hezbollah"),
        Actor(
            id: "quds-force", name: "Quds Force", aliases: ["Quds Forces", "Qods Force"], kind: .militaryUnit,
            role: "Elite force accused by US officials of assisting Islamic terrorist organisations",
            paragraphIDs: ["p4"], evidence: "the elite Quds Forces that are accused by US officials"),
    ]

    /// Eight events: one decade, four years, one month and two days (one inside that month); five have evidence that
    /// writes their year.
    public static let events: [Event] = [
        event(
            "afghan-border-crisis", "Iran almost goes to war with Afghanistan", "1990s", ["iran", "taliban"], ["p1"],
            evidence: "Having almost gone to war against their northern neighbours in the 1990s"),
        event(
            "afghan-cooperation-2001", "US and Iranian diplomats cooperate against the Taliban", "2001",
            ["iran", "united-states", "crocker", "taliban"], ["p1"], evidence: "Back in 2001 the shared foe was the Taliban"),
        event(
            "axis-of-evil", "Bush labels Iran part of the Axis of Evil", "2002", ["bush", "iran"], ["standfirst", "p2"],
            evidence: "labelled Iran a part of the 'Axis of Evil' in 2002"),
        event(
            "iran-road-map", "Iran offers a road map for better relations via the Swiss", "2003", ["iran", "cheney"],
            ["p2"]),
        event(
            "iran-election-crisis", "Iran's election crisis", "2009", ["iran"], ["p8"],
            evidence: "in the wake of the 2009 election crisis"),
        event(
            "obama-rouhani-call", "Obama and Rouhani speak by telephone", "2013-09-27", ["obama", "rouhani"], ["caption"],
            evidence: "in the Oval Office, Sept. 27, 2013"),
        event("isis-offensive", "ISIS advances in northern Iraq", "2014-06", ["isis", "iraq"], ["p4"]),
        event(
            "us-iran-iraq-talks", "US and Iranian officials discuss Iraq", "2014-06-16", ["iran", "united-states"],
            ["standfirst", "p1"]),
    ]

    /// Two quotations, one a short phrase and one a full sentence.
    public static let quotes: [Quote] = [
        Quote(
            id: "cheney-evil", text: "we don't talk to evil", speakerID: "cheney", paragraphID: "p2",
            evidence: "Vice-President Cheney ruled out any notion of engaging Iran with the Manichean mantra 'we don't talk to evil'"),
        Quote(
            id: "parsi-stable", text: "Iran is the most stable country in the Middle East right now.",
            speakerID: "parsi", paragraphID: "p8"),
    ]

    private static func event(
        _ id: String, _ title: String, _ date: String, _ actorIDs: [String], _ paragraphIDs: [String],
        evidence: String? = nil
    ) -> Event {
        let parsed = EventDate(date) ?? EventDate(year: 0, month: nil, day: nil, precision: .year)
        return Event(
            id: id, title: title, date: parsed, description: "\(title), as the article tells it.", actorIDs: actorIDs,
            paragraphIDs: paragraphIDs, evidence: evidence)
    }
}
