import Foundation
import Listening
import Testing

/// The final held-out sets of issue 17 (`Fixtures/final-2.tsv` to `final-6.tsv`), each written after every
/// change to the rules, the learned model's training data and its thresholds of its round, and never trained or tuned
/// on. Prints the figures of the rules alone and of rules plus model, per skill, for docs/listening.md. (`final-1.tsv`
/// was measured once with the first model, then became a development fold and training data of
/// `scripts/skills-model/train`.) final-3 was written after the spoken multi-move round and measured once; then a design
/// floor on the model's judgment bar changed two of its verdicts, so final-4 was
/// written. Part 4 (AnnoMI error classes) re-measured final-2 to final-4 while choosing between model states, so
/// final-5, written after part 4 by someone who had not seen the classifier, is the honest figure; part 5 measured
/// final-2 to final-4 again as development figures and final-5 once, at its end; final-6, written after part 5 by
/// someone who had not seen the classifier, is its honest figure.
struct FinalHeldOutTests {
    /// A fixture next to this file.
    static func dataURL(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name).tsv")
    }

    /// Per set: line count and floors a little below the figures documented in docs/listening.md.
    static let sets: [(name: String, lines: Int, exactFloor: Double, coarseFloor: Double)] = [
        ("final-2", 122, 0.88, 0.90),   // documented 0.902 / 0.926 (part 5)
        ("final-3", 150, 0.93, 0.95),   // documented 0.960 / 0.980 (part 5; 0.927 / 0.953 at its one planned measurement)
        ("final-4", 150, 0.91, 0.93),   // documented 0.940 / 0.953 (part 5; 0.893 / 0.913 at its one planned measurement)
        ("final-5", 150, 0.90, 0.94),   // documented 0.913 / 0.953 at its one measurement (after part 4)
        ("final-6", 150, 0.92, 0.95),   // documented 0.940 / 0.967 at its one measurement (after part 5)
    ]

    static func load(_ name: String) throws -> [(text: String, skill: ListeningSkill)] {
        try String(contentsOf: dataURL(name), encoding: .utf8).split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t", maxSplits: 1)
            guard fields.count == 2, let skill = ListeningSkill(rawValue: String(fields[0])) else { return nil }
            return (String(fields[1]), skill)
        }
    }

    @Test(arguments: 0..<5)
    func finalSetIsLabelledForEverySkill(index: Int) throws {
        let entry = Self.sets[index]
        let rows = try Self.load(entry.name)
        #expect(rows.count == entry.lines)
        #expect(Set(rows.map(\.skill)) == Set(ListeningSkill.allCases))
    }

    @Test(arguments: 0..<5)
    func rulesAloneOnTheFinalSet(index: Int) throws {
        let name = Self.sets[index].name
        _ = NeverTunedExamplesTests.measure("\(name), rules alone", try Self.load(name),
                                            classifier: ListeningClassifier(learned: false))
    }

    @Test(arguments: 0..<5)
    func rulesAndModelReachTheirFloorsOnTheFinalSet(index: Int) throws {
        let entry = Self.sets[index]
        let figures = NeverTunedExamplesTests.measure("\(entry.name), rules and learned model", try Self.load(entry.name))
        #expect(figures.exact >= entry.exactFloor)
        #expect(figures.coarse >= entry.coarseFloor)
    }
}
