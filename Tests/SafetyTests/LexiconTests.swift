import Testing
import TextEncoding
@testable import Safety

@Suite struct LexiconTests {
    /// Start-up reads the core without expanding its phrases; here it gets the full check (braces, no empty phrase).
    @Test func coreLexiconPassesTheFullPhraseCheck() throws {
        let text = String(decoding: EmbeddedText.core("lexicon.tsv"), as: UTF8.self)
        let checked = try SafetyLexicon.parse(text, origin: "core")
        #expect(checked.map(\.id) == SafetyLexicon.core.map(\.id))
        #expect(checked.map(\.phrases) == SafetyLexicon.core.map(\.phrases))
    }

    /// The structure the router reads from the embedded image at start (no phrases) is the full parse's, rule for rule.
    @Test func coreStructureMatchesTheFullParse() throws {
        let structure = try #require(CompiledRules.coreStructure, "router.bin is stale: run scripts/gen-router-image")
        let core = SafetyLexicon.core
        #expect(structure.map(\.id) == core.map(\.id))
        #expect(structure.map(\.category) == core.map(\.category))
        #expect(structure.map(\.level) == core.map(\.level))
        #expect(structure.map(\.effect) == core.map(\.effect))
        #expect(structure.map(\.line) == core.map(\.line))
        #expect(structure.allSatisfy { $0.phrases.isEmpty && $0.examples.isEmpty })
    }

    @Test func coreCoversEveryCategoryAndLanguage() {
        let core = SafetyLexicon.core
        #expect(core.count >= 40)
        for category in RiskCategory.allCases {
            #expect(core.contains { $0.category == category && $0.effect == .raise }, "\(category)")
        }
        #expect(Set(core.map(\.id)).count == core.count)
        #expect(core.allSatisfy { $0.origin == "core" && $0.line > 0 })
        let urgent = core.filter { $0.level == .urgent }.map(\.id)
        #expect(urgent.contains("suicide.intent.kill-self"))
    }

    @Test func parsesTheLineFormat() throws {
        let text = """
        # my rules
        # reviewed: 2026-11-23

        local.gaming.unalive\tsuicide\tconcern\tgonna {yeet,delete} myself|log off forever\tI'm gonna yeet myself
        local.means.cue\tsuicide\tmeans\tcar keys
        """
        let rules = try SafetyLexicon.parse(text, origin: "extra.tsv")
        #expect(rules.count == 2)
        #expect(rules[0] == SafetyRule(id: "local.gaming.unalive", category: .suicide, level: .concern,
                                       phrases: ["gonna {yeet,delete} myself", "log off forever"],
                                       examples: ["I'm gonna yeet myself"], origin: "extra.tsv", line: 4))
        #expect(rules[0].expandedPhrases == ["gonna yeet myself", "gonna delete myself", "log off forever"])
        #expect(rules[1].effect == .means)
        #expect(rules[1].level == .none)
    }

    @Test func errorsCarryLineNumberAndMessage() {
        func error(_ text: String) -> LexiconError? {
            do { _ = try SafetyLexicon.parse(text, origin: "x.tsv"); return nil } catch { return error as? LexiconError }
        }
        #expect(error("# c\na.b\tsuicide\tconcern\n")?.reason == .wrongColumnCount(3))
        #expect(error("\n\nA.B\tsuicide\tconcern\tx")?.description == "x.tsv:3: invalid rule id 'A.B': use lowercase dotted words like 'suicide.intent.kill-self'")
        #expect(error("a.b\tsuicidal\tconcern\tx")?.description.hasPrefix("x.tsv:1: unknown category 'suicidal'") == true)
        #expect(error("a.b\tsuicide\thigh\tx")?.description == "x.tsv:1: unknown level 'high' (expected one of: urgent, concern, check, intent, means, time, clock, past, exempt, readback, place, scene, topic, wish)")
        #expect(error("a.b\tsuicide\tconcern\tx||y")?.reason == .emptyPhrase)
        #expect(error("a.b\tsuicide\tconcern\t!!!")?.reason == .emptyPhrase)
        #expect(error("a.b\tsuicide\tconcern\t{a,b")?.reason == .badPattern("{a,b"))
        #expect(error("a.b\tsuicide\tconcern\tx\na.b\tsuicide\tconcern\ty")?.description == "x.tsv:2: duplicate rule id 'a.b'")
    }

    @Test func extraRulesAddButNeverReplaceCoreRules() throws {
        let extra = try SafetyLexicon.parse("local.yeet\tsuicide\tconcern\tyeet myself", origin: "extra.tsv")
        let router = try SafetyRouter(extraRules: extra)
        #expect(router.ruleCount == SafetyLexicon.core.count + 1)
        #expect(router.assess("gonna yeet myself").rules == ["local.yeet"])
        #expect(router.assess("I want to die").level == .concern)

        let clash = try SafetyLexicon.parse("suicide.intent.kill-self\tsuicide\tconcern\tnothing", origin: "extra.tsv")
        #expect(throws: LexiconError(origin: "extra.tsv", line: 1, reason: .coreIDReused("suicide.intent.kill-self"))) {
            try SafetyRouter(extraRules: clash)
        }
    }

    /// Round 19: a long word the core does not know used to be split into core words before the extra rules saw it
    /// ("permission" read as "per mission"), so an extra rule naming it never matched.
    @Test func extraRulesMatchTheirOwnLongWordsAsWritten() throws {
        let extra = try SafetyLexicon.parse("local.permission\tabuse_or_violence\tconcern\tmakes me ask permission",
                                            origin: "extra.tsv")
        let router = try SafetyRouter(extraRules: extra)
        #expect(router.assess("he makes me ask permission to see my sister").rules == ["local.permission"])
        #expect(router.assess("I want to die").level == .concern)
    }

    @Test func extraRulesCannotDisableCoreRulesWithExemptions() throws {
        let extra = try SafetyLexicon.parse("local.hide\tsuicide\texempt\tlol", origin: "extra.tsv")
        let router = try SafetyRouter(extraRules: extra)
        // An extra exemption only covers the words it matches; it cannot reach a core phrase elsewhere.
        #expect(router.assess("lol I want to die").level == .concern)
    }

    @Test func patternsExpandAlternativesAndOptionalParts() throws {
        #expect(try PhrasePattern.expand("{a,b} c {d,}") == ["a c d", "a c ", "b c d", "b c "])
        #expect(throws: PhrasePattern.PatternFailure.self) { try PhrasePattern.expand("{a,{b}}") }
        #expect(throws: PhrasePattern.PatternFailure.self) { try PhrasePattern.expand("a}") }
    }
}
