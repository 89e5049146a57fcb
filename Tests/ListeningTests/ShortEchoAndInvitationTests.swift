import Listening
import Testing

/// Part 4 of issue 17: short echoes of the person's words, invitations to talk in yes/no form, and the guarantee that
/// the model never makes a decisively complex reflection simple (docs/listening.md, "How the classifier decides").
struct ShortEchoAndInvitationTests {
    let rulesOnly = ListeningClassifier(learned: false)
    let classifier = ListeningClassifier()

    @Test(arguments: ["Mostly at weekends.", "Not yet.", "Since the summer.", "Two jobs and the kids."])
    func aShortFragmentIsAnEchoOfTheirWords(text: String) {
        let verdict = rulesOnly.classify(text)
        #expect(verdict.skill == .reflection)
        #expect(verdict.cues.contains("short echo of their words"))
    }

    @Test(arguments: ["Thank you.", "Okay.", "Congrats on the new job.", "No worries.", "Hi, come on in."])
    func socialTalkIsNeverAnEcho(text: String) {
        #expect(rulesOnly.classify(text).skill == .other)
    }

    @Test(arguments: [
        ("Can you say more?", ListeningSkill.openQuestion),
        ("Would you like to tell me what happened?", .openQuestion),
        ("Do you want to say more about that?", .openQuestion),
        ("Do you want to talk about your dad?", .closedQuestion),
        ("Would you like a glass of water?", .closedQuestion),
    ])
    func anInvitationToTalkIsOpen(text: String, skill: ListeningSkill) {
        #expect(rulesOnly.classify(text).skill == skill)
    }

    @Test func aDecisivelyComplexReflectionStaysComplex() {
        let text = "You're not sure you'll call, and part of you wants to."
        #expect(rulesOnly.classify(text).skill == .complexReflection)
        #expect(classifier.classify(text).skill == .complexReflection)
    }
}
