import Testing
@testable import Safety

@Suite struct MatcherTests {
    @Test func findsOverlappingAndNestedPhrases() {
        let matcher = PhraseMatcher(patterns: [([1, 2], 10), ([2, 3], 20), ([1, 2, 3], 30), ([3], 40)])
        let found = matcher.matches(in: [1, 2, 3, 0, 3])
        #expect(found == [
            .init(tag: 10, start: 0, end: 2),
            .init(tag: 30, start: 0, end: 3), .init(tag: 20, start: 1, end: 3), .init(tag: 40, start: 2, end: 3),
            .init(tag: 40, start: 4, end: 5),
        ].sorted { ($0.end, $0.start) < ($1.end, $1.start) } .sorted { $0.end < $1.end })
    }

    @Test func unknownWordsBreakPhrases() {
        let matcher = PhraseMatcher(patterns: [([5, 6], 1)])
        #expect(matcher.matches(in: [5, 0, 6]).isEmpty)
        #expect(matcher.matches(in: [5, 5, 6]) == [.init(tag: 1, start: 1, end: 3)])
    }

    @Test func failureLinksFindSuffixPhrases() {
        let matcher = PhraseMatcher(patterns: [([1, 2, 3, 4], 1), ([2, 3, 5], 2)])
        #expect(matcher.matches(in: [1, 2, 3, 5]) == [.init(tag: 2, start: 1, end: 4)])
    }

    @Test func stemsAndMisspellingsResolveToRuleWords() throws {
        let router = try SafetyRouter()
        #expect(router.assess("Selbstmordgedanken").rules == ["suicide.de.ideation"])
        #expect(router.assess("thinking about sucide").rules == ["suicide.ideation.thoughts"])
        #expect(router.assess("killmyself").rules == ["suicide.ideation.kill-self"])
        #expect(router.assess("iwanttodie").level == .concern)
    }

    @Test func automatonSizeGrowsWithPhrasesNotWithLines() throws {
        let extra = (0..<3000).map { n in
            SafetyRule(id: "bench.r\(n)", category: .suicide, level: .concern, phrases: ["zq\(n)a zq\(n)b"], origin: "gen")
        }
        let big = try SafetyRouter(extraRules: extra)
        #expect(big.ruleCount == SafetyLexicon.core.count + 3000)
        #expect(big.assess("zq17a zq17b").rules == ["bench.r17"])
        #expect(big.assess("I want to die").level == .concern)
        #expect(big.assess("the weather is nice").level == .none)
    }
}
