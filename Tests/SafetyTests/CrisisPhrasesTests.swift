import Testing
import Safety

/// The crisis-fuzz phrases: enough of them, every category and level, and the router meets each one's level.
struct CrisisPhrasesTests {
    @Test func thereAreEnoughAcrossEveryCategoryAndLevel() {
        let phrases = CrisisPhrases.all
        #expect(phrases.count >= 150)
        for category in RiskCategory.allCases {
            #expect(phrases.contains { $0.category == category }, "no phrase for \(category)")
        }
        for level in [RiskLevel.check, .concern, .urgent] {
            #expect(phrases.contains { $0.level == level }, "no phrase at \(level)")
        }
        #expect(Set(phrases.map(\.text)).count == phrases.count)
    }

    @Test func theRouterGivesEachPhraseAtLeastItsLevel() throws {
        let router = try SafetyRouter()
        let misses = CrisisPhrases.all.compactMap { phrase -> String? in
            let result = router.assess(phrase.text)
            return result.level >= phrase.level ? nil : "\(phrase.level.rawValue) expected: \(result.jsonLine)"
        }
        #expect(misses.isEmpty, "\(misses.joined(separator: "\n"))")
    }
}
