import Listening
import Testing

/// Accuracy in the seven coarse groups trainees are coached on, over every hand-labelled set we wrote
/// (at least 300 supporter utterances), and open-vs-closed accuracy on questions.
struct CoarseSkillGroupTests {
    /// The coarse groups: what kind of move a reply was, whatever its exact skill.
    enum Group: String { case question, reflection, support, fixing, information, disclosure, other }

    static func group(_ skill: ListeningSkill) -> Group {
        switch skill {
        case .openQuestion, .closedQuestion: .question
        case .reflection, .complexReflection, .summary: .reflection
        case .affirmation, .validation: .support
        case .advice, .judgment: .fixing
        case .information: .information
        case .selfDisclosure: .disclosure
        case .other: .other
        }
    }

    /// Every own labelled utterance: tuned-on sets and held-out sets together.
    static let everything = SkillExamples.all + HeldOutExamples.all + RoleplayExamples.tuning + RoleplayExamples.heldOut
    /// Only the sets never tuned on.
    static let heldOut = HeldOutExamples.all + RoleplayExamples.heldOut

    /// Documented floors (docs/listening.md).
    static let coarseFloor = 0.90
    static let openClosedFloor = 0.90
    static let heldOutCoarseFloor = 0.75

    static func coarseAccuracy(_ set: [(text: String, skill: ListeningSkill)], label: String) -> Double {
        let classifier = ListeningClassifier()
        var misses: [String] = []
        for (text, skill) in set {
            let got = classifier.classify(text).skill
            if group(got) != group(skill) { misses.append("  \(group(skill).rawValue) <- \(group(got).rawValue) (\(got.rawValue)): \(text)") }
        }
        let accuracy = 1 - Double(misses.count) / Double(set.count)
        print("\(label): coarse accuracy \(accuracy) (\(set.count - misses.count)/\(set.count))")
        misses.forEach { print($0) }
        return accuracy
    }

    @Test func theLabelledSetIsLargeAndCoversEverySkill() {
        #expect(Self.everything.count >= 300)
        for skill in ListeningSkill.allCases {
            #expect(Self.everything.contains { $0.skill == skill }, "no example of \(skill)")
        }
        let texts = Self.everything.map { $0.text.lowercased() }
        #expect(Set(texts).count == texts.count, "duplicate examples")
    }

    @Test func coarseAccuracyIsAboveFloor() {
        #expect(Self.coarseAccuracy(Self.everything, label: "all own examples") >= Self.coarseFloor)
    }

    @Test func heldOutCoarseAccuracyIsAboveFloor() {
        #expect(Self.coarseAccuracy(Self.heldOut, label: "held-out examples") >= Self.heldOutCoarseFloor)
    }

    @Test func openVersusClosedIsAboveFloor() {
        let classifier = ListeningClassifier()
        let questions = Self.everything.filter { $0.skill.isQuestion }
        var right = 0
        for (text, skill) in questions where classifier.classify(text).skill == skill { right += 1 }
        let accuracy = Double(right) / Double(questions.count)
        print("open vs closed: \(accuracy) (\(right)/\(questions.count))")
        #expect(accuracy >= Self.openClosedFloor)
    }
}
