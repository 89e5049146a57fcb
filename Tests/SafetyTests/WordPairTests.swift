import Testing
import Safety

/// The word-pair layer (docs/safety.md, round 4): a death word and a wish word close together in a
/// first-person clause are concern; the same words about someone else, negated or figurative are not.
@Suite struct WordPairTests {
    let router: SafetyRouter
    init() throws { router = try SafetyRouter() }

    @Test(arguments: [
        "death would be a welcome relief for me",
        "dying is what I keep picturing",
        "I keep imagining myself dead",
        "to die is what I want more than anything",
    ])
    func unusualWordOrdersAreConcern(line: String) {
        let assessment = router.assess(line)
        #expect(assessment.level == .concern, "\(line)")
        #expect(assessment.rules.contains("suicide.pair.topic"), "\(line)")
    }

    @Test(arguments: [
        "I want to visit the Dead Sea next year",
        "I'm dying to see that film",
        "I want to try skydiving before I die",
        "I hope my grandma doesn't die",
        "you keep thinking about death, don't you?",
        "he keeps imagining his own death",
        "my phone is dead, I wish I had charged it",
    ])
    func ordinaryLinesStayNone(line: String) {
        #expect(router.assess(line).level == .none, "\(line)")
    }

    @Test func aPairWithMeansIsUrgent() {
        #expect(router.assess("death is all I think about and the pills are right here").level == .urgent)
    }
}
