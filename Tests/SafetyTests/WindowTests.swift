import Testing
@testable import Safety

@Suite struct WindowTests {
    let router = RouterCases.router

    @Test func meansAfterIdeationIsUrgent() {
        var window = ConversationWindow()
        #expect(router.assess("I want to die", window: &window).level == .concern)
        let second = router.assess("I have the pills right here", window: &window)
        #expect(second.level == .urgent)
        #expect(second.rules.contains(SafetyRouter.recentConcernRule))
        #expect(second.categories == [.suicide])
    }

    @Test func eachLineAloneIsNotUrgent() {
        #expect(router.assess("I have the pills right here").level == .concern)
        #expect(router.assess("the pills are in the kitchen").level == .none)
        var window = ConversationWindow()
        _ = router.assess("what's for dinner", window: &window)
        #expect(router.assess("the pills are in the kitchen", window: &window).level == .none)
    }

    @Test func ideationAfterMeansIsUrgent() {
        var window = ConversationWindow()
        #expect(router.assess("I bought paracetamol today", window: &window).level == .none)
        let second = router.assess("I just want to die", window: &window)
        #expect(second.level == .urgent)
        #expect(second.rules == ["suicide.ideation.want-die", SafetyRouter.recentCueRule])
    }

    @Test func windowForgetsOldTurns() {
        var window = ConversationWindow(size: 2)
        _ = router.assess("I want to die", window: &window)
        _ = router.assess("anyway", window: &window)
        _ = router.assess("how was your day", window: &window)
        #expect(window.count == 2)
        #expect(router.assess("I have the pills right here", window: &window).level == .concern)
    }

    @Test func resetClearsTheWindow() {
        var window = ConversationWindow()
        _ = router.assess("I want to die", window: &window)
        window.reset()
        #expect(window.count == 0)
        #expect(router.assess("the bridge is near", window: &window).level == .none)
    }

    @Test func supporterQuestionDoesNotArmTheWindow() throws {
        var window = ConversationWindow()
        _ = router.assess("Do you want to die?", role: .supporter, window: &window)
        #expect(try SafetyRouter(learned: nil).assess("I have pills", window: &window).level == .none)
        // With the learned layer a bare "I have pills" may get the direct question, never more.
        var fresh = ConversationWindow()
        _ = router.assess("Do you want to die?", role: .supporter, window: &fresh)
        #expect(router.assess("I have pills", window: &fresh).level <= .check)
    }
}
