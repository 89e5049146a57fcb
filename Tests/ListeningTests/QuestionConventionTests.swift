import Listening
import Testing

/// Part 5 of issue 17: the open/closed conventions (docs/listening.md, "Issue 17, part 5"). A question that asks for
/// a number or a length of time is closed (a scaling question too); "Anything else?" invites the person to go on and
/// is open; asking permission is a closed question.
struct QuestionConventionTests {
    let rulesOnly = ListeningClassifier(learned: false)
    let classifier = ListeningClassifier()

    @Test(arguments: [
        ("How often do you drink in a week?", ListeningSkill.closedQuestion),
        ("How long have you been on the tablets?", .closedQuestion),
        ("Okay, so how many cigarettes a day is it now?", .closedQuestion),
        ("How old were you when it started?", .closedQuestion),
        ("How much does the drinking worry you?", .openQuestion),
        ("How do you feel about cutting down?", .openQuestion),
        ("On a scale of one to ten, how do you rate your sleep?", .closedQuestion),
        ("Anything else?", .openQuestion),
        ("Is there anything else you'd like to talk about today?", .openQuestion),
        ("Are you taking anything else at the moment?", .closedQuestion),
        ("Would it be okay if I shared some information about the patches?", .closedQuestion),
    ])
    func questionsFollowTheConventions(text: String, skill: ListeningSkill) {
        #expect(rulesOnly.classify(text).skill == skill)
        #expect(classifier.classify(text).skill == skill)
    }

    @Test func aQuestionThatAsksForANumberNamesItsCue() {
        #expect(rulesOnly.classify("How often does that happen?").cues.contains("asks for a number (how often)"))
    }

    @Test func aStatementAboutHowLongIsNoQuestion() {
        #expect(!rulesOnly.classify("How long it takes is different for everyone.").skill.isQuestion)
    }
}
