import Foundation
import Testing
@testable import Safety

/// One fresh compile of the core lexicon, shared by the tests below (a debug compile of the whole lexicon takes
/// tens of seconds, so the suite compiles twice in all: here and in `compilingTwiceGivesTheSameBytes`).
private let freshImage = SafetyTables.freshCoreImage()

@Suite struct RouterImageTests {
    @Test func theEmbeddedImageIsCurrent() {
        // Fails after an edit to the lexicon or the phrase compiler: run scripts/gen-router-image.
        #expect(SafetyTables.embeddedImageIsCurrent, "Sources/SafetyImage/router.bin is stale: run scripts/gen-router-image")
        #expect(Array(CompiledRules.embeddedBytes) == freshImage,
                "the embedded image differs from a fresh compile: run scripts/gen-router-image")
    }

    @Test func compilingTwiceGivesTheSameBytes() {
        #expect(SafetyTables.freshCoreImage() == freshImage)
    }

    @Test func anImageOfAnotherFormatOrTruncatedIsRefused() {
        var bytes = Array(CompiledRules.embeddedBytes)
        bytes.withUnsafeBytes { #expect(RouterImage(bytes: UnsafeRawBufferPointer(rebasing: $0[0..<100]), owner: nil) == nil) }
        bytes[4] = 99   // format version
        #expect(RouterImage.owning(bytes) == nil)
    }

    @Test func theCoreAutomatonIsStoredInNineBytesAState() throws {
        let image = try #require(CompiledRules.embeddedImage)
        // Label, output list and state bits as wide as the core needs (rounds 19 and 20: 13, 14, 21); the record
        // (label + list + first child + failure) still fits in 9 bytes.
        let shape = Array(image.array(.stateShape, of: UInt32.self))
        #expect(shape == [13, 14, 21])
        #expect(shape[0] + shape[1] + 2 * shape[2] <= 72)
        let states = PackedStates(image)
        #expect(image.array(.states, of: UInt8.self).count == (states.count + 1) * 9 + 8)
        #expect(states.label(0) == 0 && states.list(0) == 0 && states.firstChild(0) == 1)
    }

    @Test func recordsWidenForLargeWordIDsAndManyOutputLists() {
        // Word ids past 16 bits and a few hundred distinct output lists: every field wider than in the core.
        let high: Int32 = 1 << 20
        var patterns: [(ids: [Int32], tag: Int32)] = []
        for n in Int32(0)..<600 { patterns.append(([70_000 + n % 7, high + n], n)) }
        patterns.append(([high + 5], 9_999))
        let matcher = PhraseMatcher(patterns: patterns)
        #expect(matcher.matches(in: [70_003, high + 598]) == [.init(tag: 598, start: 0, end: 2)])
        #expect(matcher.matches(in: [70_005, high + 5]) == [.init(tag: 5, start: 0, end: 2), .init(tag: 9_999, start: 1, end: 2)])
        #expect(matcher.matches(in: [70_004, high + 5]) == [.init(tag: 9_999, start: 1, end: 2)])
    }

    @Test func rulesAddedAtRunTimeReadLikeTheCore() throws {
        let extra = try SafetyLexicon.parse("test.extra.phrase\tsuicide\tconcern\tlong walk off a short pier\n", origin: "extra.tsv")
        let withExtra = try SafetyRouter(extraRules: extra)
        let core = try SafetyRouter()
        for line in ["I want to kill myself tonight", "i want to kms", "I'm going to take all my pills", "lovely weather today",
                     "I don't want to die", "my friend said she wants to die"] {
            #expect(withExtra.assess(line) == core.assess(line), "\(line)")
        }
        #expect(withExtra.assess("i might take a long walk off a short pier").rules.contains("test.extra.phrase"))
        #expect(core.assess("i might take a long walk off a short pier").rules.contains("test.extra.phrase") == false)
    }

    /// Extra rules mixing core words, new words and a stem: matched by their own layer, and every other line
    /// of every fixture set reads exactly as it does with the core alone.
    @Test func extraRulesAddTheirPhrasesAndChangeNothingElse() throws {
        let extra = try SafetyLexicon.parse("""
            test.mixed\tsuicide\turgent\tswallow the zorblax pills
            test.stem\tself_harm\tconcern\tflurb* myself
            test.core-words\tharm_to_others\tconcern\tteach the quibbly neighbour
            """, origin: "extra.tsv")
        let withExtra = try SafetyRouter(extraRules: extra)
        let core = try SafetyRouter()
        #expect(withExtra.assess("tonight i will swallow the zorblax pills").rules.contains("test.mixed"))
        #expect(withExtra.assess("tonight i will swallow the zorblaaax pills").rules.contains("test.mixed"))
        #expect(withExtra.assess("i keep flurbing myself").level == .concern)
        #expect(withExtra.assess("i'm going to teach the quibbly neighbour").rules.contains("test.core-words"))
        #expect(withExtra.assess("i will not swallow the zorblax pills").rules.contains("test.mixed") == false)
        var compared = 0
        for name in ["labeled", "dev2", "dev3", "router-cases"] {
            let url = try #require(Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Fixtures"))
            for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
                let text = String(line.split(separator: "\t").last ?? "")
                #expect(withExtra.assess(text) == core.assess(text), "\(text)")
                compared += 1
            }
        }
        #expect(compared > 500)
    }
}
