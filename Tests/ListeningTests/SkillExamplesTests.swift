import Listening
import Testing

/// Accuracy on Alongside's own hand-labelled examples (every skill covered).
struct SkillExamplesTests {
    /// The documented floor for exact-skill accuracy on `SkillExamples.all`.
    static let accuracyFloor = 0.0

    @Test func examplesCoverEverySkill() {
        #expect(SkillExamples.all.count >= 150)
        for skill in ListeningSkill.allCases {
            #expect(SkillExamples.all.filter { $0.skill == skill }.count >= 10, "too few examples of \(skill)")
        }
    }

    @Test func accuracyOnOwnExamplesIsAboveFloor() {
        let classifier = ListeningClassifier()
        var misses: [String] = []
        for (text, skill) in SkillExamples.all {
            let got = classifier.classify(text)
            if got.skill != skill { misses.append("  \(skill.rawValue) <- \(got.skill.rawValue) \(got.cues): \(text)") }
        }
        let accuracy = 1 - Double(misses.count) / Double(SkillExamples.all.count)
        print("own examples: accuracy \(accuracy) (\(SkillExamples.all.count - misses.count)/\(SkillExamples.all.count))")
        misses.forEach { print($0) }
        #expect(accuracy >= Self.accuracyFloor)
    }
}
