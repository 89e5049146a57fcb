import Testing
import Safety

/// Round 4 (docs/safety.md): everyday readings of risky words are `none`, and their risky twins still count.
@Suite struct EverydayReadingTests {
    let router: SafetyRouter
    init() throws { router = try SafetyRouter() }

    @Test(arguments: [
        "I'm on the bridge, the traffic is terrible this morning",
        "we're up on the roof taking photos of the sunset",
        "I'm so tired of living in this tiny studio",
        "sick of living with my parents at thirty",
        "I've never tried to hurt myself",
        "I have not ever thought about ending my life",
        "what should I do if someone tells me they want to die?",
        "how can people help someone who wants to kill themselves",
    ])
    func everydayLinesAreNone(line: String) {
        #expect(router.assess(line).level == .none, "\(line)")
    }

    @Test(arguments: [
        ("I'm on the bridge right now", RiskLevel.urgent),
        ("I'm on the bridge and I'm going to jump", .urgent),
        ("I'm tired of living in pain", .concern),
        ("I'm tired of living", .concern),
        ("I tried to hurt myself", .concern),
        ("what do I do if my friend says she wants to die?", .concern),
    ])
    func riskyTwinsStillCount(line: String, level: RiskLevel) {
        #expect(router.assess(line).level == level, "\(line)")
    }
}
