import Listening
import Testing

/// Part 6 of issue 17 (docs/listening.md, "Issue 17, part 6"): question forms of real speech found in our own
/// development set `written-11`. A wh-question that ends in a yes/no clause asks the yes/no question; a question tag is
/// a closed question even without its question mark; "I'm wondering whether..." asks yes or no, "I'm wondering what..."
/// and "Would you mind telling me..." invite the person to talk.
struct SpokenQuestionFormTests {
    let rulesOnly = ListeningClassifier(learned: false)

    @Test(arguments: [
        ("What time did you get to bed, was it late?", ListeningSkill.closedQuestion),
        ("What did the nurse say, was it good news?", .closedQuestion),
        ("What else do you do when you're stressed, besides smoking, what else have you got?", .openQuestion),
        ("What's getting in the way, do you think?", .openQuestion),
        ("What would it be like if it was you in her shoes?", .openQuestion),
        ("It's been a rough couple of weeks, hasn't it", .closedQuestion),
        ("You'd rather keep your licence, wouldn't you", .closedQuestion),
        ("I'm wondering whether you'd be up for keeping a diary.", .closedQuestion),
        ("I was wondering if you'd had a chance to read the leaflet.", .closedQuestion),
        ("I'm wondering, looking back, what got in the way", .openQuestion),
        ("Would you mind telling me a bit about how it started?", .openQuestion),
    ])
    func spokenQuestionFormsFollowTheConventions(text: String, skill: ListeningSkill) {
        #expect(rulesOnly.classify(text).skill == skill)
    }

    @Test func aClosingYesNoQuestionNamesItsCue() {
        #expect(rulesOnly.classify("What was the dose, was it ten milligrams?").cues
            .contains("ends with a yes/no question (was it)"))
    }

    @Test func aStatementEndingInAPronounIsNoTag() {
        #expect(!rulesOnly.classify("Your sister said she couldn't do it.").skill.isQuestion)
    }
}
