@testable import Listening
import Testing

/// The learned skill model: its compiled table, its features, and how it combines with the rules.
struct SkillModelTests {
    let classifier = ListeningClassifier()
    let rulesOnly = ListeningClassifier(learned: false)

    @Test func shippedModelScoresFeaturesInRange() {
        let features = SkillFeatures(TokenisedUtterance("How are you?"))
        #expect(!features.buckets.isEmpty)
        #expect(features.buckets.allSatisfy { (0..<SkillFeatures.bucketCount).contains($0) })
        let verdict = SkillModel.shipped.predict(features)
        #expect(verdict.skill == .openQuestion)
        #expect(verdict.probability > 0.5 && verdict.probability <= 1)
    }

    @Test func aQuestionMarkChangesTheFeatures() {
        let statement = SkillFeatures(TokenisedUtterance("You're back at work on Monday.")).buckets
        let question = SkillFeatures(TokenisedUtterance("You're back at work on Monday?")).buckets
        #expect(statement != question)
        #expect(statement == SkillFeatures(TokenisedUtterance("You're back at work on Monday.")).buckets)
    }

    @Test(arguments: [
        ("You're wallowing.", ListeningSkill.reflection, ListeningSkill.judgment),
        ("It's not that deep.", .reflection, .judgment),   // the rules hear a short echo; the model hears minimising
        ("That sounds like a lot for one person to carry.", .reflection, .validation),
        ("You've been a rock for your brother.", .reflection, .affirmation),
    ])
    func modelDecidesWhereTheRulesAreUnsure(text: String, rules: ListeningSkill, combined: ListeningSkill) {
        #expect(rulesOnly.classify(text).skill == rules)
        let verdict = classifier.classify(text)
        #expect(verdict.skill == combined)
        #expect(verdict.cues.first?.hasPrefix("learned model (") == true)
    }

    @Test func decisiveRulesAndTurnDecisionsStand() {
        #expect(classifier.classify("Calm down.").skill == .judgment)
        #expect(classifier.classify("You should call her. What do you think?").skill == .advice)
        #expect(classifier.classify("Are you thinking about suicide?").skill == .closedQuestion)
        // The disclosure role-play's reflection: a model unsure of "judgment" (41%) must not name it so.
        #expect(classifier.classify("You lie awake going over everything.").skill == .reflection)
    }

    @Test func trainingFeaturesLeadWithTheRulesVerdict() {
        let line = ListeningClassifier.trainingFeatures("You should call her. What do you think?")
        #expect(line.hasPrefix("advice 0.45 | "))
        #expect(line.split(separator: " ").count > 10)
    }
}
