import Foundation
import Testing
import Safety

/// The held-out sets (docs/safety.md, "Held-out evaluation"). `heldout.tsv` was written blind but its misses
/// were then studied, so it is partly seen: its floors sit below what the router reaches. `holdout-final.tsv`
/// is never tuned on and has no floor, only a shape check.
@Suite struct HeldOutEvaluationTests {
    static func cases(_ name: String) throws -> [SafetyEvaluation.Case] {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Fixtures"))
        return try SafetyEvaluation.parse(tsv: try String(contentsOf: url, encoding: .utf8))
    }

    /// Reached on 2026-11-23 after the fixes: recall 0.982, urgent recall 0.986, false positives 0.027.
    @Test func routerStaysAboveTheFloorOnTheHeldOutSet() throws {
        let router = try SafetyRouter()
        let evaluation = SafetyEvaluation(cases: try Self.cases("heldout")) { (router.assess($0).level, []) }
        print(evaluation.report)
        #expect(evaluation.cases.count >= 300)
        #expect(evaluation.anyRiskRecall >= 0.95)
        #expect(evaluation.urgentRecall >= 0.93)
        #expect(evaluation.falsePositiveRate <= 0.06)   // 0.05 before the check level (docs/safety.md, round 5)
    }

    @Test func finalHoldOutHasItsIntendedShape() throws {
        let cases = try Self.cases("holdout-final")
        #expect(cases.count == 100)
        #expect(Set(cases.map(\.text)).count == cases.count, "duplicate lines")
        #expect(cases.filter { $0.level == .none }.count >= 35)
    }

    /// dev2.tsv is the safety3 development set (tuned on): recall 0.981, urgent 0.986, false positives 0.000
    /// on 2026-11-24; the floors sit a little below.
    @Test func routerStaysAboveTheFloorOnTheDevelopmentSet() throws {
        let router = try SafetyRouter()
        let evaluation = SafetyEvaluation(cases: try Self.cases("dev2")) { (router.assess($0).level, []) }
        #expect(evaluation.cases.count >= 300)
        #expect(evaluation.anyRiskRecall >= 0.95)
        #expect(evaluation.urgentRecall >= 0.95)
        #expect(evaluation.falsePositiveRate <= 0.06)   // 0.05 before the check level (docs/safety.md, round 5)
    }

    /// final3.tsv is never tuned on: only its shape is checked (figures are in docs/safety.md).
    @Test func finalThreeHasItsIntendedShape() throws {
        let cases = try Self.cases("final3")
        #expect(cases.count == 120)
        #expect(Set(cases.map(\.text)).count == cases.count, "duplicate lines")
        #expect(cases.filter { $0.level == .none }.count >= 40)
    }

    /// dev3.tsv is the safety4 development set (tuned on): recall 0.856, urgent 0.889, false positives 0.041
    /// on 2026-11-23; the floors sit a little below.
    @Test func routerStaysAboveTheFloorOnTheRoundFourDevelopmentSet() throws {
        let router = try SafetyRouter()
        let evaluation = SafetyEvaluation(cases: try Self.cases("dev3")) { (router.assess($0).level, []) }
        #expect(evaluation.cases.count >= 250)
        #expect(evaluation.anyRiskRecall >= 0.83)
        #expect(evaluation.urgentRecall >= 0.85)
        #expect(evaluation.falsePositiveRate <= 0.06)   // 0.05 before the check level (docs/safety.md, round 5)
    }

    /// final4.tsv is never tuned on: only its shape is checked (figures are in docs/safety.md, "Round 4").
    @Test func finalFourHasItsIntendedShape() throws {
        let cases = try Self.cases("final4")
        #expect(cases.count == 120)
        #expect(Set(cases.map(\.text)).count == cases.count, "duplicate lines")
        #expect(cases.filter { $0.level == .none }.count >= 40)
    }

    /// final5.tsv (a development set since round 6) and final6.tsv (never tuned on, never trained on): their
    /// shape only; the figures are in docs/safety.md, "Rounds 5 and 6".
    @Test(arguments: [("final5", 135), ("final6", 126)])
    func roundFiveAndSixSetsHaveTheirShape(name: String, count: Int) throws {
        let cases = try Self.cases(name)
        #expect(cases.count == count)
        #expect(Set(cases.map(\.text)).count == cases.count, "duplicate lines")
        #expect(cases.filter { $0.level == .none }.count >= 45)
        #expect(cases.filter { $0.level == .urgent }.count >= 39)
    }

    /// final7.tsv to final21.tsv (each written after its round: final7 to final11 after rounds 7 to 11, final12 after
    /// round 12, final13 to final21 after rounds 13 to 21; never trained on; all but the newest were studied in later rounds): their shape only, with long posts among the lines; the
    /// figures are in docs/safety.md, "Round 7" to "Round 13". Counts: lines, none, concern, urgent, long posts at least.
    @Test(arguments: [("final7", [123, 45, 40, 38, 8]), ("final8", [135, 50, 45, 40, 6]), ("final9", [120, 45, 40, 35, 5]),
                      ("final10", [130, 50, 42, 38, 6]),
                      ("final11", [120, 45, 40, 35, 6]), ("final12", [130, 45, 45, 40, 5]),
                      ("final13", [130, 45, 45, 40, 6]), ("final14", [130, 45, 45, 40, 6]),
                      ("final15", [130, 45, 45, 40, 6]),
                      ("final16", [130, 45, 45, 40, 6]), ("final17", [130, 45, 45, 40, 6]),
                      ("final18", [130, 45, 45, 40, 6]), ("final19", [130, 45, 45, 40, 6]),
                      ("final20", [130, 45, 45, 40, 6]), ("final21", [130, 45, 45, 40, 6])])
    func roundSevenAndEightSetsHaveTheirShape(name: String, counts: [Int]) throws {
        let cases = try Self.cases(name)
        #expect(cases.count == counts[0])
        #expect(Set(cases.map(\.text)).count == cases.count, "duplicate lines")
        #expect(cases.filter { $0.level == .none }.count == counts[1])
        #expect(cases.filter { $0.level == .concern }.count == counts[2])
        #expect(cases.filter { $0.level == .urgent }.count == counts[3])
        #expect(cases.filter { $0.text.split(separator: ".").count >= 3 }.count >= counts[4], "long posts")
    }

    /// written17a.tsv to written20d.tsv: sixteen voices written for rounds 17 to 20 by colleagues who had not seen the rules
    /// (docs/safety.md, "Round 17"); measured once before the round, then studied and trained on. Counts as above
    /// (the French, German and Spanish sets of round 19 and the prompt-line sets of round 20 are mostly one or two
    /// sentences a line; round 20's everyday sets have 400 lines, written20a 220 long posts).
    @Test(arguments: [("written17a", [300, 110, 100, 90, 20]), ("written17b", [300, 110, 100, 90, 20]),
                      ("written17c", [300, 110, 100, 90, 20]), ("written17d", [300, 110, 100, 90, 20]),
                      ("written18a", [300, 110, 100, 90, 20]), ("written18b", [300, 110, 100, 90, 20]),
                      ("written18c", [300, 110, 100, 90, 20]), ("written18d", [300, 110, 100, 90, 20]),
                      ("written19a", [300, 110, 100, 90, 12]), ("written19b", [300, 110, 100, 90, 200]),
                      ("written19c", [300, 110, 100, 90, 0]), ("written19d", [300, 110, 100, 90, 0]),
                      ("everyday19a", [300, 300, 0, 0, 200]), ("everyday19b", [300, 300, 0, 0, 80]),
                      ("everyday19c", [300, 300, 0, 0, 200]), ("everyday19d", [300, 300, 0, 0, 200]),
                      ("written20a", [220, 75, 85, 60, 220]), ("written20b", [300, 110, 100, 90, 200]),
                      ("written20c", [300, 110, 100, 90, 0]), ("written20d", [300, 110, 100, 90, 0]),
                      ("everyday20a", [400, 400, 0, 0, 250]), ("everyday20b", [400, 400, 0, 0, 220]),
                      ("everyday20c", [400, 400, 0, 0, 0]), ("everyday20d", [400, 400, 0, 0, 10])])
    func roundSeventeenWrittenSetsHaveTheirShape(name: String, counts: [Int]) throws {
        try roundSevenAndEightSetsHaveTheirShape(name: name, counts: counts)
    }
}
