import Listening

/// Agreement figures between reference labels and predictions, in AnnoMI's coarse groups.
struct CoarseAgreement {
    /// AnnoMI's coarse behaviour groups.
    enum Group: String, CaseIterable { case question, reflection, input, other }

    /// The coarse group of a skill: summaries are reflections; affirmation, validation, judgment and
    /// self-disclosure fall under `other`, as in AnnoMI.
    static func group(_ skill: ListeningSkill) -> Group {
        switch skill {
        case .openQuestion, .closedQuestion: .question
        case .reflection, .complexReflection, .summary: .reflection
        case .information, .advice: .input
        case .affirmation, .validation, .judgment, .selfDisclosure, .other: .other
        }
    }

    /// AnnoMI's seven labels: summaries count as complex reflections, the extra skills as `other`.
    static func sevenLabel(_ skill: ListeningSkill) -> ListeningSkill {
        switch skill {
        case .summary: .complexReflection
        case .affirmation, .validation, .judgment, .selfDisclosure: .other
        default: skill
        }
    }

    let pairs: [(truth: ListeningSkill, predicted: ListeningSkill)]

    /// Share of utterances whose predicted seven-label skill equals the reference.
    var sevenLabelAccuracy: Double {
        share(pairs.filter { Self.sevenLabel($0.predicted) == $0.truth }.count, of: pairs.count)
    }

    /// Share of utterances in the right coarse group.
    var coarseAccuracy: Double {
        share(pairs.filter { Self.group($0.truth) == Self.group($0.predicted) }.count, of: pairs.count)
    }

    /// Cohen's kappa over the four coarse groups.
    var coarseKappa: Double {
        kappa(pairs.map { (Self.group($0.truth).rawValue, Self.group($0.predicted).rawValue) })
    }

    /// Cohen's kappa for one group against the rest (binary).
    func kappa(for group: Group) -> Double {
        kappa(pairs.map { (Self.group($0.truth) == group, Self.group($0.predicted) == group) })
    }

    /// Among reference questions the classifier also called questions, the share with open/closed right.
    var openClosedAccuracy: Double {
        let both = pairs.filter { $0.truth.isQuestion && $0.predicted.isQuestion }
        return share(both.filter { $0.truth == $0.predicted }.count, of: both.count)
    }

    /// Among reference reflections the classifier also called reflections, the share with simple/complex right
    /// (summaries count as complex).
    var simpleComplexAccuracy: Double {
        let both = pairs.filter { $0.truth.isReflection && $0.predicted.isReflection }
        return share(both.filter { Self.sevenLabel($0.predicted) == $0.truth }.count, of: both.count)
    }

    /// Share of reference questions the classifier called questions.
    var questionRecall: Double {
        let questions = pairs.filter { $0.truth.isQuestion }
        return share(questions.filter { $0.predicted.isQuestion }.count, of: questions.count)
    }

    private func share(_ part: Int, of whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }

    private func kappa<T: Hashable>(_ labels: [(T, T)]) -> Double {
        let n = Double(labels.count)
        guard n > 0 else { return 0 }
        let observed = Double(labels.filter { $0.0 == $0.1 }.count) / n
        var truthCounts: [T: Double] = [:]
        var predictedCounts: [T: Double] = [:]
        for (t, p) in labels {
            truthCounts[t, default: 0] += 1
            predictedCounts[p, default: 0] += 1
        }
        let expected = truthCounts.reduce(0.0) { $0 + ($1.value / n) * ((predictedCounts[$1.key] ?? 0) / n) }
        return expected >= 1 ? 0 : (observed - expected) / (1 - expected)
    }
}
