import LecternCore

extension SampleCourse {
    /// Eight people, four states, three armed groups and one military unit (alone of its kind, so no distractors).
    public static let actors: [Actor] = [
        Actor(
            id: "maliki", name: "Nouri al-Maliki", aliases: ["Maliki", "al-Maliki", "Prime Minister Maliki"],
            kind: .person, role: "Prime Minister of Iraq", affiliation: "Government of Iraq",
            paragraphIDs: ["p3", "p8"]),
        Actor(
            id: "rouhani", name: "Hassan Rouhani", aliases: ["Rouhani", "President Rouhani"], kind: .person,
            role: "President of Iran", affiliation: "Government of Iran", paragraphIDs: ["caption", "p8"]),
        Actor(
            id: "obama", name: "Barack Obama", aliases: ["Obama", "President Obama"], kind: .person,
            role: "President of the United States", affiliation: "Obama administration",
            paragraphIDs: ["caption", "p8", "p9"]),
        Actor(
            id: "cheney", name: "Dick Cheney", aliases: ["Cheney", "Vice-President Cheney"], kind: .person,
            role: "Former Vice-President of the United States", affiliation: "Bush administration",
            paragraphIDs: ["p2"]),
        Actor(
            id: "crocker", name: "Ryan Crocker", aliases: ["Crocker"], kind: .person, role: "Veteran US diplomat",
            affiliation: "US Department of State", paragraphIDs: ["p1", "p2"]),
        Actor(
            id: "karzai", name: "Hamid Karzai", aliases: ["Karzai"], kind: .person,
            role: "Head of the Afghan Interim Authority", affiliation: "Afghan Interim Authority",
            paragraphIDs: ["p1"]),
        Actor(
            id: "bush", name: "George W. Bush", aliases: ["Bush", "President Bush"], kind: .person,
            role: "Former President of the United States", affiliation: "Bush administration",
            paragraphIDs: ["standfirst"]),
        Actor(
            id: "parsi", name: "Trita Parsi", aliases: ["Parsi"], kind: .person,
            role: "Analyst of US-Iranian relations", affiliation: "National Iranian American Council",
            paragraphIDs: ["p8"]),
        Actor(
            id: "iran", name: "Iran", aliases: ["Islamic Republic of Iran", "Tehran"], kind: .state,
            role: "Islamic Republic backing Shia militias in Iraq", affiliation: "Supporter of the Assad regime",
            paragraphIDs: ["standfirst", "p1", "p2", "p3", "p4", "p8", "p9"]),
        Actor(
            id: "united-states", name: "United States", aliases: ["US", "USA", "America", "Washington"],
            kind: .state, role: "Superpower trying to disengage from the region",
            affiliation: "Western power opposed to ISIS", paragraphIDs: ["standfirst", "p1", "p4", "p8", "p9"]),
        Actor(
            id: "iraq", name: "Iraq", aliases: ["Republic of Iraq"], kind: .state,
            role: "State on the brink of collapse", affiliation: "Shia-led government under Maliki",
            paragraphIDs: ["standfirst", "p3", "p4", "p8"]),
        Actor(
            id: "syria", name: "Syria", aliases: [], kind: .state, role: "State stuck in brutal civil war",
            affiliation: "Assad regime", paragraphIDs: ["p8"]),
        Actor(
            id: "isis", name: "Islamic State in Iraq and Syria", aliases: ["ISIS", "Islamic State", "ISIL"],
            kind: .armedGroup, role: "Sunni insurgency advancing in Iraq", affiliation: "Sunni jihadi movement",
            paragraphIDs: ["standfirst", "p4"]),
        Actor(
            id: "taliban", name: "Taliban", aliases: [], kind: .armedGroup, role: "Afghan movement ousted in 2001",
            affiliation: "Sunni Islamist movement", paragraphIDs: ["p1", "p8"]),
        Actor(
            id: "hezbollah", name: "Hezbollah", aliases: ["Hizbollah"], kind: .armedGroup,
            role: "Lebanese group backed by Iran", affiliation: "Anti-Israeli groups", paragraphIDs: ["p9"]),
        Actor(
            id: "quds-force", name: "Quds Force", aliases: ["Quds Forces", "Qods Force"], kind: .militaryUnit,
            role: "Elite unit of Iran's Revolutionary Guards", affiliation: "Iranian Revolutionary Guards",
            paragraphIDs: ["p4"]),
    ]

    /// Eight events: one decade, four years, one month and two days (one inside that month).
    public static let events: [Event] = [
        event("afghan-border-crisis", "Iran almost goes to war with Afghanistan", "1990s", ["iran", "taliban"], ["p1"]),
        event(
            "afghan-cooperation-2001", "US and Iranian diplomats cooperate against the Taliban", "2001",
            ["iran", "united-states", "crocker", "taliban"], ["p1"]),
        event("axis-of-evil", "Bush labels Iran part of the Axis of Evil", "2002", ["bush", "iran"], ["standfirst", "p2"]),
        event(
            "iran-road-map", "Iran offers a road map for better relations via the Swiss", "2003", ["iran", "cheney"],
            ["p2"]),
        event("iran-election-crisis", "Iran's election crisis", "2009", ["iran"], ["p8"]),
        event("obama-rouhani-call", "Obama and Rouhani speak by telephone", "2013-09-27", ["obama", "rouhani"], ["caption"]),
        event("isis-offensive", "ISIS advances in northern Iraq", "2014-06", ["isis", "iraq"], ["p4"]),
        event(
            "us-iran-iraq-talks", "US and Iranian officials discuss Iraq", "2014-06-16", ["iran", "united-states"],
            ["standfirst", "p1"]),
    ]

    /// Two quotations, one a short phrase and one a full sentence.
    public static let quotes: [Quote] = [
        Quote(id: "cheney-evil", text: "we don't talk to evil", speakerID: "cheney", paragraphID: "p2"),
        Quote(
            id: "parsi-stable", text: "Iran is the most stable country in the Middle East right now.",
            speakerID: "parsi", paragraphID: "p8"),
    ]

    private static func event(
        _ id: String, _ title: String, _ date: String, _ actorIDs: [String], _ paragraphIDs: [String]
    ) -> Event {
        let parsed = EventDate(date) ?? EventDate(year: 0, month: nil, day: nil, precision: .year)
        return Event(
            id: id, title: title, date: parsed, description: "\(title), as the article tells it.", actorIDs: actorIDs,
            paragraphIDs: paragraphIDs)
    }
}
