import Testing
import Safety

/// Round 16 (docs/safety.md), studied from final15's misses after its one measurement; development only.
@Suite struct RoundSixteenTests {
    let rules: SafetyRouter
    init() throws { rules = try SafetyRouter(learned: nil) }

    @Test(arguments: [
        ("standing on the flyover above the dual carriageway", RiskLevel.urgent),
        ("I took everything in the medicine cabinet an hour ago", .urgent),
        ("walked into the sea up to my neck", .urgent),
        ("his lips have gone blue and he won't wake", .urgent),
        ("my nan has just collapsed in the garden", .urgent),
        ("there's someone trying to break into our flat", .urgent),
        ("his hands were around my throat again", .urgent),
        ("after tonight nobody will have to deal with me any more", .urgent),
        ("relapsed on cutting after six months", .concern),
        ("my uncle keeps coming into my room at night", .concern),
        ("sometimes I want to fall asleep and never face anything again", .concern),
        ("Ich sehe in nichts mehr einen Sinn", .concern),
        ("took everything from the cupboard to clean it", .none),
        ("my friend just collapsed on the sofa after the run", .none),
        ("the tent just collapsed in the wind", .none),
        ("sorry to whoever finds this sock", .none),
    ])
    func studiedLines(line: String, level: RiskLevel) {
        #expect(rules.assess(line).level == level, "\(rules.assess(line).jsonLine)")
    }
}
