import Foundation
import Listening
import Testing

/// External check on AnnoMI therapist utterances (evaluation only; the data is not shipped).
/// Floors sit a little below the figures reported in docs/listening.md.
struct AnnoMIEvaluationTests {
    /// `../shared/data/annomi-therapist.tsv` relative to the package root.
    static let dataURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/data/annomi-therapist.tsv").standardizedFileURL

    static var dataAvailable: Bool { FileManager.default.fileExists(atPath: dataURL.path) }

    static func load() throws -> [(text: String, skill: ListeningSkill)] {
        let text = try String(contentsOf: dataURL, encoding: .utf8)
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2, let skill = ListeningSkill(rawValue: String(fields[1])) else { return nil }
            return (String(fields[0]), skill)
        }
    }

    /// The published naive reference: a question mark or a wh-word makes a question, the rest is `other`.
    static func naive(_ text: String) -> ListeningSkill {
        let lower = text.lowercased()
        let first = lower.split(whereSeparator: { !$0.isLetter && $0 != "'" }).first.map(String.init) ?? ""
        let wh: Set<String> = ["what", "how", "why", "where", "when", "who", "which"]
        if wh.contains(first) { return .openQuestion }
        return lower.contains("?") ? .closedQuestion : .other
    }

    @Test(.enabled(if: dataAvailable, "AnnoMI data not found at ../shared/data/annomi-therapist.tsv; skipped"))
    func classifierBeatsFloorsOnAnnoMI() throws {
        let rows = try Self.load()
        #expect(rows.count == 4_882)
        let classifier = ListeningClassifier()
        let ours = CoarseAgreement(pairs: rows.map { ($0.skill, classifier.classify($0.text).skill) })
        let naive = CoarseAgreement(pairs: rows.map { ($0.skill, Self.naive($0.text)) })
        let rulesOnly = ListeningClassifier(learned: false)
        let rules = CoarseAgreement(pairs: rows.map { ($0.skill, rulesOnly.classify($0.text).skill) })

        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        print("AnnoMI (\(rows.count) therapist utterances)")
        print("  seven-label accuracy: \(f(ours.sevenLabelAccuracy))  (naive rule \(f(naive.sevenLabelAccuracy)))")
        print("  coarse accuracy:      \(f(ours.coarseAccuracy))  (naive rule \(f(naive.coarseAccuracy)))")
        print("  coarse kappa:         \(f(ours.coarseKappa))  (naive rule \(f(naive.coarseKappa)))")
        for group in CoarseAgreement.Group.allCases {
            print("  kappa \(group.rawValue): \(f(ours.kappa(for: group)))  (naive rule \(f(naive.kappa(for: group))))")
        }
        print("  question recall:      \(f(ours.questionRecall))")
        for truth in CoarseAgreement.Group.allCases {
            let row = CoarseAgreement.Group.allCases.map { predicted in
                ours.pairs.filter { CoarseAgreement.group($0.truth) == truth && CoarseAgreement.group($0.predicted) == predicted }.count
            }
            print("  confusion \(truth.rawValue) -> question/reflection/input/other: \(row)")
        }
        print("  open/closed accuracy: \(f(ours.openClosedAccuracy))  (naive rule \(f(naive.openClosedAccuracy)))")

        print("  simple/complex accuracy: \(f(ours.simpleComplexAccuracy))")
        print("  rules alone: seven-label \(f(rules.sevenLabelAccuracy)), coarse \(f(rules.coarseAccuracy)), "
              + "open/closed \(f(rules.openClosedAccuracy)), question kappa \(f(rules.kappa(for: .question)))")

        #expect(ours.coarseAccuracy >= AnnoMIFloors.coarseAccuracy)
        #expect(ours.sevenLabelAccuracy >= AnnoMIFloors.sevenLabelAccuracy)
        #expect(ours.kappa(for: .question) >= AnnoMIFloors.questionKappa)
        #expect(ours.kappa(for: .reflection) >= AnnoMIFloors.reflectionKappa)
        #expect(ours.kappa(for: .input) >= AnnoMIFloors.inputKappa)
        #expect(ours.kappa(for: .other) >= AnnoMIFloors.otherKappa)
        #expect(ours.openClosedAccuracy >= AnnoMIFloors.openClosedAccuracy)
    }
}

/// Documented floors (docs/listening.md), set a little below the achieved figures.
enum AnnoMIFloors {
    static let coarseAccuracy = 0.70
    static let sevenLabelAccuracy = 0.57
    static let questionKappa = 0.70
    static let reflectionKappa = 0.44
    static let inputKappa = 0.28
    static let otherKappa = 0.70
    static let openClosedAccuracy = 0.75
}
