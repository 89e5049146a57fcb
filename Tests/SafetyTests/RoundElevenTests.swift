import Testing
import Safety

/// Round 11 (docs/safety.md): emergencies happening now in French, Spanish and German (not breathing, not
/// responding, a seizure, turning blue, pills just taken, being hit right now) and a heart attack told by its
/// signs in English, each with an everyday twin that must stay quiet. Levels are what `safety scan` prints.
@Suite struct RoundElevenTests {
    let router: SafetyRouter
    init() throws { router = try SafetyRouter() }

    @Test(arguments: [
        "mi abuela no respira y no reacciona, ayuda por favor",
        "mein Opa hat einen Herzinfarkt, glaube ich",
        "mon père s'est effondré, il respire plus",
        "mi novio me está pegando ahora mismo",
        "my dad is clutching his chest and he's gone grey and sweaty",
        "me acabo de tomar un montón de pastillas",
        "er schlägt mich gerade, ich hab mich eingeschlossen",
    ])
    func anEmergencyHappeningNowIsUrgent(line: String) {
        #expect(router.assess(line).level == .urgent, "\(router.assess(line).jsonLine)")
    }

    @Test(arguments: [
        "mi hermano no responde mis mensajes desde ayer",
        "er reagiert nicht auf Nachrichten seit gestern",
        "il ne respire pas par le nez, il est enrhumé",
        "el bebé no respira bien por la nariz con el resfriado",
    ])
    func theEverydayTwinStaysQuiet(line: String) {
        #expect(router.assess(line).level == .none, "\(router.assess(line).jsonLine)")
    }

    /// Studied from final10's misses: the next train, sleeping and never waking in French, "ctb", debts paid so
    /// nobody is stuck with them, violence at home; and a weekend away that had alarmed. ("kill me now lol" stays concern, as RouterTests
    /// decided: a joke cannot be told from a plea by its laughter alone.)
    @Test(arguments: [
        ("going to step in front of the next train", RiskLevel.urgent),
        ("parfois j'aimerais m'endormir et ne plus jamais me réveiller", .concern),
        ("ctb has been on my mind a lot", .concern),
        ("paying off my debts so nobody is stuck with them", .concern),
        ("my stepdad threw things at my mum again", .concern),
        ("I want to disappear to a cabin for a weekend and read", .none),
    ])
    func studiedLines(line: String, level: RiskLevel) {
        #expect(router.assess(line).level == level, "\(router.assess(line).jsonLine)")
    }

    /// Round 12, studied from final11's misses: English emergencies told in new words and violence with a weapon;
    /// "had a fit" about a messy room and a knife and fork stay quiet.
    @Test(arguments: [
        ("my chest feels crushed and my left arm has gone numb and im sweating", RiskLevel.urgent),
        ("my little brother is having a fit on the floor", .urgent),
        ("my flatmate passed out on the bathroom floor and won't respond", .urgent),
        ("he's got a knife and he's been hitting me", .urgent),
        ("un hombre está pegando a mi madre", .urgent),
        ("my mum had a fit when she saw my room", .none),
        ("the plate has got a knife and fork next to it", .none),
    ])
    func roundTwelveLines(line: String, level: RiskLevel) {
        #expect(router.assess(line).level == level, "\(router.assess(line).jsonLine)")
    }
}
