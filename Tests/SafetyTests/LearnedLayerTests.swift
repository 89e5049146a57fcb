import Testing
@testable import Safety

/// The learned layer (docs/safety.md, "Learned layer"): it speaks only where no rule phrase matched, and then
/// only as `check`, the direct question, unless the rules confirm its reading with a cue; everyday first-person
/// talk is left alone.
struct LearnedLayerTests {
    let router = try! SafetyRouter()

    @Test(arguments: [
        "I won't be around to see next year",
        "I've stopped caring if I wake up",
        "I feel like I'm already gone",
        "I gave my cat to my sister because I won't need to look after her",
        "I wrote goodbye letters to everyone I love",
    ])
    func paraphrasesTheRulesMissGetTheQuestion(line: String) {
        let result = router.assess(line)
        #expect(result.level >= .check, "\(result.jsonLine)")
        #expect(result.score >= LearnedLayer.shipped.checkThreshold || result.level > .check)
    }

    @Test(arguments: [
        "I'm going to the gym tonight",
        "I want to finish my essay before Friday",
        "my phone died again lol",
        "je vais au cinéma ce soir",
        "mañana voy a ver el partido",
        "ich gehe heute Abend ins Kino",
        "I feel so happy today",
    ])
    func everydayFirstPersonLinesStayNone(line: String) {
        #expect(router.assess(line).level == .none, "\(router.assess(line).jsonLine)")
    }

    @Test func checkComesOnlyFromTheModelAndNamesItsWords() throws {
        let result = router.assess("nobody would even notice if i stopped showing up to anything")
        try #require(result.level == .check)
        #expect(result.categories == [.suicide])
        #expect(!result.rules.isEmpty && result.rules.allSatisfy { $0.hasPrefix("learned.") })
        #expect(result.jsonLine.contains(#""level":"check""#))
    }

    @Test func traineesAndPlanEntriesAreNeverAskedAbout() {
        let line = "nobody would even notice if i stopped showing up to anything"
        #expect(router.assess(line, role: .supporter).level == .none)
        #expect(router.assess(line, role: .safetyPlanEntry).level == .none)
    }

    @Test func linesTheRulesSetAsideStaySetAside() {
        #expect(router.assess("I don't want to die").level == .none)
        #expect(router.assess("are you thinking about suicide?").level == .none)
        #expect(router.assess("this exam is killing me").level == .none)
    }

    /// Round 8: a told scene the model is near-sure of, with the person's own means cue or stated time found by the
    /// rules, is urgent; an everyday line with the same cue is not, and a bare noun stays at the question.
    @Test func aToldSceneWithTheRulesOwnCueIsUrgent() {
        let result = router.assess("gave my dog to my neighbour this morning and my guitar to my cousin. wont need any of it after tonight")
        #expect(result.level == .urgent, "\(result.jsonLine)")
        #expect(result.rules.contains("suicide.time.stated") && result.rules.contains { $0.hasPrefix("learned.") })
        // Round 19: hiding one's pills is an intent of its own, so this scene no longer needs the model.
        #expect(router.assess("I have been hiding my pills in a sock for weeks and I will take them all tonight after dinner").level == .urgent)
        #expect(router.assess("I took my allergy tablets tonight before bed").level == .none)
        #expect(router.assess("I have pills").level <= .check)
    }

    /// Round 8: a post of several sentences is also scored as one text, against its own threshold.
    @Test func aPostOfSeveralSentencesIsAlsoReadAsAWhole() {
        let wholeOnly = LearnedLayer(bias: LearnedWeights.bias, scale: LearnedWeights.scale, checkThreshold: 0.999,
                                     postThreshold: 0.999, wholeThreshold: 0.9, urgentThreshold: 1,
                                     table: .embedded)
        let post = wholeOnly.score("Nothing helps. I'm so tired of all of it. Everyone would be lighter.")
        #expect(post.reaches && post.sentences == 3 && post.score >= 0.9)
        #expect(!wholeOnly.score("I'm so tired of all of it.").reaches)
    }

    /// Round 10: everyday teen talk that shares risk's words (tired, stuck, "hate my life", "what's the point",
    /// giving things away, goodbyes), in wording no training line uses, is left alone.
    @Test(arguments: [
        "I'm so tired after practice, my legs are done lol",
        "she left me on read again but I'll get over it",
        "what's even the point of algebra honestly",
        "I'm giving my old games to my cousin because I'm moving house",
        "bye guys, logging off until exams are over",
        "I hate my life right now because my parents took my phone",
        "nobody came to my birthday thing and I'm kinda sad but my dog is here",
        "School was rough today. My maths teacher yelled at me for talking. Then I missed the bus and had to walk home in the rain. At least there's pizza tonight and my sister lent me her hoodie.",
    ])
    func everydayTeenTalkWithHeavyWordsStaysNone(line: String) {
        #expect(router.assess(line).level == .none, "\(router.assess(line).jsonLine)")
    }

    /// Round 10: goodbyes and arrangements with no death word, and French and German lines of exhaustion and
    /// burden (which no rule names), get at least the question.
    @Test(arguments: [
        "I've made my peace and I've told the people I love that I love them, quietly, this week",
        "I found a new home for my rabbit because I won't be here after Friday",
        "je suis épuisée de faire semblant tous les jours",
        "personne ne verrait la différence si je n'étais plus là",
        "alle wären erleichtert, wenn ich weg wäre",
    ])
    func goodbyesAndBurdenInOtherWordsGetTheQuestion(line: String) {
        #expect(router.assess(line).level >= .check, "\(router.assess(line).jsonLine)")
    }

    @Test func withoutTheModelTheScoreIsZero() throws {
        let rulesOnly = try SafetyRouter(learned: nil)
        #expect(rulesOnly.assess("nobody would even notice if i stopped showing up to anything").level == .none)
        #expect(rulesOnly.assess("nobody would even notice if i stopped showing up to anything").score == 0)
    }

    @Test func featuresAreSplitBySentenceAndSkipLoneFunctionWords() {
        let sentences = LearnedLayer.features("I am. I feel trapped")
        #expect(sentences.count == 2)
        #expect(sentences[0].count == 1)          // only the pair "i am": lone function words count for nothing
        #expect(sentences[1].count == 4)          // "feel", "trapped", and the pairs "i feel", "feel trapped"
        #expect(LearnedLayer.features("I feel trapped") == LearnedLayer.features("i  FEEL   trapped"))
    }
}
