import Testing
import Safety

/// Round 20 (docs/safety.md, "Round 20, attempts and preparation (helper)"): preparation filed under every id family
/// counts as an act beside present ideation, and "again" after an attempt verb beside a told attempt is present
/// intent. All lines are our own words. Levels are what `safety scan` prints.
@Suite struct AttemptWithIdeationTests {
    let router: SafetyRouter
    init() throws { router = try SafetyRouter() }

    /// An attempt told as past, then an attempt verb with "again" closing a clause (intent now); or preparation or a
    /// plan filed outside `suicide.prep.` (hidden supplies, a method known, a last attempt) beside wanting to die now.
    @Test(arguments: [
        "I tried to kill myself in the spring. lately I keep thinking about trying again.",
        "I attempted to end my life before, and honestly I think I'll do it again.",
        "I have everything I'd need hidden in my room. I want to die.",
        "I already know how I'll do it, just not when. I want to die.",
        "since my last attempt things have only got worse. I want to die.",
    ])
    func anAttemptOrPreparationWithIntentNowIsUrgent(line: String) {
        let assessment = router.assess(line)
        #expect(assessment.level == .urgent, "\(assessment.jsonLine)")
        #expect(assessment.rules.contains("post.attempt-with-ideation"), "\(assessment.jsonLine)")
    }

    /// A recovery story keeps its level: the attempt is past and nothing points at it again.
    @Test(arguments: [
        "Two years ago I tried to kill myself. Today I'm doing well and I'm back at college.",
        "I tried to kill myself when I was younger. I will never try again, I have too much to live for.",
    ])
    func aRecoveryStoryIsNotUrgent(line: String) {
        let assessment = router.assess(line)
        #expect(assessment.level <= .concern, "\(assessment.jsonLine)")
        #expect(!assessment.rules.contains("post.attempt-with-ideation"), "\(assessment.jsonLine)")
    }

    /// "Trying again" about bread, a driving test or a phone call is everyday talk.
    @Test(arguments: [
        "my sourdough went flat so I'm trying again tomorrow",
        "failed my driving test, booked it for next month to try again",
        "the call dropped, I'll try again",
    ])
    func everydayTryingAgainIsNone(line: String) {
        #expect(router.assess(line).level == .none, "\(router.assess(line).jsonLine)")
    }
}
