import Testing
@testable import Safety

@Suite struct RouterTests {
    let router = RouterCases.router

    @Test func fixtureCasesHaveExpectedLevels() throws {
        let cases = try RouterCases.load("router-cases")
        #expect(cases.count >= 150)
        var failures: [String] = []
        for item in cases {
            let got = router.assess(item.text)
            if got.level != item.level {
                failures.append("\(item) -> \(got.jsonLine)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) mismatches:\n\(failures.joined(separator: "\n"))")
    }

    @Test func urgentLineReportsRuleAndCategory() {
        let result = router.assess("I'm going to kill myself tonight")
        #expect(result.level == .urgent)
        #expect(result.categories == [.suicide])
        #expect(result.rules.first == "suicide.intent.kill-self")
    }

    @Test func noneHasNoRulesOrCategories() {
        let result = router.assess("this traffic is killing me")
        #expect(result.level == .none && result.categories.isEmpty && result.rules.isEmpty)
    }

    @Test func cueFromTheSameLineIsReported() {
        let result = router.assess("I want to kill myself tonight")
        #expect(result.level == .urgent)
        #expect(result.rules == ["suicide.intent.end-it", "suicide.ideation.kill-self", "suicide.time.stated"])
        // A stated time makes suicidal ideation urgent (safety3); a past time keeps a told act at concern.
        #expect(router.assess("I want to die tonight").level == .urgent)
        #expect(router.assess("I don't want to wake up tomorrow").level == .concern)
        #expect(router.assess("I overdosed last year").level == .concern)
        #expect(router.assess("ugh exam tomorrow, kill me now lol").level == .concern)
    }

    @Test func severalCategoriesComeInFixedOrder() {
        let result = router.assess("he hits me and I want to die")
        #expect(result.level == .concern)
        #expect(result.categories == [.suicide, .abuseOrViolence])
    }

    @Test func supporterRoleIgnoresQuestionsAndReflections() {
        #expect(router.assess("Have you been thinking about suicide?", role: .supporter).level == .none)
        #expect(router.assess("So part of you wants to die", role: .supporter).level == .none)
        #expect(router.assess("It sounds like you feel hopeless", role: .supporter).level == .none)
        #expect(router.assess("honestly I want to die too", role: .supporter).level == .concern)
    }

    @Test func safetyPlanEntryKeepsOnlyExplicitUrgentRules() {
        #expect(router.assess("thinking I want to die", role: .safetyPlanEntry).level == .none)
        #expect(router.assess("when I look at the pills tonight", role: .safetyPlanEntry).level == .none)
        #expect(router.assess("I took the pills", role: .safetyPlanEntry).level == .urgent)
    }

    @Test func readBackLabelNeedsColonAtLineStart() {
        #expect(router.assess("warning signs: I want to die").level == .none)
        #expect(router.assess("I ignored the warning signs and I want to die").level == .concern)
    }

    @Test func negationInsideThePhraseStillCounts() {
        #expect(router.assess("I don't want to live").level == .concern)
        #expect(router.assess("I'm not going to hurt myself").level == .none)
        #expect(router.assess("I'm not suicidal but I want to die").level == .concern)
        #expect(router.assess("no, I want to die").level == .concern)
    }

    @Test func jsonLineHasFixedKeyOrderAndEscapes() throws {
        let result = try SafetyRouter(learned: nil).assess("goodbye forever \"all\"\tof you\\")
        #expect(result.jsonLine == #"{"level":"urgent","categories":["suicide"],"rules":["suicide.farewell.departure"],"score":0.00,"text":"goodbye forever \"all\"\tof you\\"}"#)
        #expect(try SafetyRouter(learned: nil).assess("hello").jsonLine == #"{"level":"none","categories":[],"rules":[],"score":0.00,"text":"hello"}"#)
        // Categories are written from literals: each must spell its raw value.
        for category in RiskCategory.allCases {
            #expect(SafetyAssessment.quotedName(category).description == "\"\(category.rawValue)\"")
        }
        let both = SafetyAssessment(level: .concern, categories: [.selfHarm, .abuseOrViolence], rules: ["a", "b"], text: "x")
        #expect(both.jsonLine == #"{"level":"concern","categories":["self_harm","abuse_or_violence"],"rules":["a","b"],"score":0.00,"text":"x"}"#)
        #expect(SafetyAssessment.quoted("a\u{1}b") == #""a\u0001b""#)
    }

    @Test func emptyAndOddInputIsNone() {
        for text in ["", " ", "\u{200B}", "???", "12345", "🙂🙂", "a b c", String(repeating: "x", count: 5000)] {
            #expect(router.assess(text).level == .none, "\(text)")
        }
    }

    @Test func everyCoreRaiseRuleCatchesItsOwnExamples() {
        for rule in SafetyLexicon.core where rule.effect == .raise {
            for example in rule.examples {
                let result = router.assess(example)
                #expect(result.rules.contains(rule.id), "\(rule.id): \(example) -> \(result.jsonLine)")
            }
        }
    }
}
