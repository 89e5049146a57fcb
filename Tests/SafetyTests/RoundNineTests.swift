import Testing
import Safety

/// Round 9 (docs/safety.md): plain urgent lines in French, Spanish and German, means that belong to someone else,
/// acts just done with a count, and idioms or cue words in another sense; each with its twin on the other side.
@Suite struct RoundNineTests {
    let router: SafetyRouter
    let rulesOnly: SafetyRouter
    init() throws {
        router = try SafetyRouter()
        rulesOnly = try SafetyRouter(learned: nil)
    }

    @Test(arguments: [
        "je suis sur le pont et je vais sauter maintenant",
        "ce soir je me donne la mort, tout est prêt",
        "j'ai le couteau sur les genoux et je vais m'en servir",
        "estoy sentada en la azotea y voy a tirarme",
        "hoy me quito la vida, ya lo tengo decidido",
        "tengo la pistola de mi padre en la mano y voy a usarla esta noche",
        "ich sitze auf dem Dach vom Parkhaus",
        "ich nehme mir heute Nacht das Leben",
        "ich habe eine ganze Packung Tabletten geschluckt",
        // Tried in the app after round 9: French "du" ("of the") was read as German "du" ("you") owning the time.
        "je vais sauter du pont ce soir",
        "je vais sauter du toit cette nuit",
    ])
    func plainUrgentLinesInOtherLanguages(line: String) {
        #expect(rulesOnly.assess(line).level == .urgent, "\(line)")
    }

    @Test(arguments: [
        "ce soir je vais sauter dans la piscine avec mes cousins",
        "mañana voy a saltar en paracaídas por mi cumpleaños",
        "ich springe gleich unter die Dusche, dann komme ich",
        "on est sur le toit pour prendre des photos de la vue",
    ])
    func everydayJumpsStayNone(line: String) {
        #expect(rulesOnly.assess(line).level == .none, "\(line)")
    }

    /// Who acts decides, not whose the means are.
    @Test(arguments: [
        "I've got my brother's knife in my lap and I'm going to use it tonight",
        "I swallowed most of a box of my dad's painkillers",
        "took thirty of my nan's sleeping tablets an hour ago",
    ])
    func meansOfSomeoneElseUsedByMe(line: String) {
        #expect(rulesOnly.assess(line).level == .urgent, "\(line)")
    }

    @Test func aParentsOwnActStaysAboutTheParent() {
        let assessment = rulesOnly.assess("my dad took all his pills at once and he won't wake up")
        #expect(assessment.level == .urgent)
        #expect(rulesOnly.assess("my mum takes her sleeping pills every night").level == .none)
        // The model's urgent reading needs the person's own means cue: here the mum acts.
        #expect(router.assess("my mum takes her sleeping pills every night").level < .urgent)
    }

    @Test(arguments: [
        "I've swallowed fifty of my tablets",
        "downed every tablet in the drawer ten minutes ago",
        "I've mixed all my sleeping pills with vodka",
        "took most of a whole bottle of my pills",
    ])
    func actsDoneWithACountAreUrgent(line: String) {
        #expect(rulesOnly.assess(line).level == .urgent, "\(line)")
    }

    @Test(arguments: [
        "I took two paracetamol for my headache",
        "I've taken every tablet on time this week like the doctor said",
    ])
    func everydayPillsAreNotActs(line: String) {
        #expect(rulesOnly.assess(line).level < .urgent, "\(line)")
    }

    @Test(arguments: [
        "we built a rope swing over the river",
        "this essay is going to kill me",
        "ce devoir de maths va me tuer",
        "my brother says I'm a burden when I ask for lifts lol",
        "I tidied the kitchen and my mum nearly fainted",
    ])
    func idiomsAreNone(line: String) {
        #expect(router.assess(line).level == .none, "\(line)")
    }

    @Test(arguments: [
        ("I tied the rope and I'm going up to the loft tonight", RiskLevel.urgent),
        ("I'm a burden to everyone", .concern),
        ("je vais me tuer ce soir", .urgent),
        // Only a named everyday thing as subject is an idiom: "that" may be the pills.
        ("I have a lot of pills left, hopefully that will kill me", .urgent),
        ("hopefully that will kill me", .concern),
    ])
    func riskyTwinsOfIdiomsStillCount(line: String, level: RiskLevel) {
        #expect(router.assess(line).level == level, "\(line)")
    }

    /// "lighter" in "everyone would be lighter without me" is not a means cue; "a lighter" in hand is.
    @Test func aCueWordInAnotherSenseDoesNotConfirm() {
        let line = "Nothing helps anymore. I'm so tired of all of it. Everyone would be lighter without me around"
        #expect(router.assess(line).level < .urgent)
        #expect(rulesOnly.assess("I want to burn myself and I've got a lighter").level == .urgent)
    }
}
