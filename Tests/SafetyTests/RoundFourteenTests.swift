import Testing
import Safety

/// Round 14 (docs/safety.md), studied from final13's misses after its one measurement; development only.
@Suite struct RoundFourteenTests {
    let rules: SafetyRouter
    init() throws { rules = try SafetyRouter(learned: nil) }

    @Test(arguments: [
        ("I'm on the wrong side of the balcony railing", RiskLevel.urgent),
        ("my mum's face is drooping on one side", .urgent),
        ("a guy with a knife outside the station is chasing people", .urgent),
        ("he's on his way to my house with a shotgun", .urgent),
        ("bye everyone love you all, sorry", .urgent),
        ("I pictured bashing her face in and it frightened me", .concern),
        ("I punch walls until my knuckles bleed", .concern),
        ("some mornings I wonder why I bother getting up at all", .concern),
        ("no veo ninguna salida", .concern),
        ("I'm in the water now, the pool is lovely", .none),
        ("there's a man with a knife in the kitchen chopping onions", .none),
        ("bye everyone, love you all, see you at Christmas", .none),
        ("why do I even bother getting up early on weekends lol", .none),
        ("she can't get her words out when she's excited", .none),
        ("my dad is coming over with his drill to fix the shelf", .none),
    ])
    func studiedLines(line: String, level: RiskLevel) {
        #expect(rules.assess(line).level == level, "\(rules.assess(line).jsonLine)")
    }
}
