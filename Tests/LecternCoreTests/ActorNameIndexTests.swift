import Testing
@testable import LecternCore

@Suite struct ActorNameIndexTests {
    let index = ActorNameIndex(actors: GradingFixture.actors)

    @Test(arguments: [
        ("Nouri al-Maliki", "maliki", 0, "name of Nouri al-Maliki"),
        ("maliki", "maliki", 0, "alias of Nouri al-Maliki"),
        ("prime minister maliki", "maliki", 0, "alias of Nouri al-Maliki"),
        ("Rohani", "rouhani", 1, "accepted with one typo; spelled Rouhani"),
        ("Rōuhani", "rouhani", 0, "alias of Hassan Rouhani"),
        ("Iraq", "iraq", 0, "name of Iraq"),
        ("Iran", "iran", 0, "name of Iran"),
        ("tehran", "iran", 0, "alias of Iran"),
        ("Mali", "mali", 0, "name of Mali"),
        ("isil", "isis", 0, "alias of Islamic State in Iraq and Syria"),
        ("the Islamic State", "isis", 0, "alias of Islamic State in Iraq and Syria"),
        ("Hasan Rouhani", "rouhani", 1, "accepted with one typo; spelled Hassan Rouhani"),
        ("Chenney", "cheney", 1, "accepted with one typo; spelled Cheney"),
    ])
    func resolvesNamesAliasesAndSmallTypos(text: String, actorID: String, typos: Int, reason: String) throws {
        let match = try #require(index.resolve(text))
        #expect(match.actor.id == actorID)
        #expect(match.typos == typos)
        #expect(match.reason == reason)
    }

    @Test(arguments: [
        "", "Hezbollah", "Malik", "Ira", "Islamic Sta", "Irax",
    ])
    func refusesUnknownAmbiguousAndFragmentaryNames(text: String) {
        #expect(index.resolve(text) == nil)
    }

    @Test func maliIsNeverMalikiEvenWithoutAMaliActor() {
        let withoutMali = ActorNameIndex(actors: GradingFixture.actors.filter { $0.id != "mali" })
        #expect(withoutMali.resolve("Mali") == nil)
        #expect(withoutMali.resolve("Malki")?.actor.id == "maliki")
    }

    @Test func aTypoEquallyCloseToTwoActorsIsRefused() {
        // "Malki" is one edit from Maliki and one from Mali.
        #expect(index.resolve("Malki") == nil)
    }

    @Test func idsMatchOnlyExactly() {
        #expect(index.resolve("rouhani")?.actor.id == "rouhani")
        let withID = ActorNameIndex(actors: [GradingFixture.actor("united-states", "United States of America", ["USA"])])
        #expect(withID.resolve("united-states")?.reason == "id of United States of America")
    }
}
