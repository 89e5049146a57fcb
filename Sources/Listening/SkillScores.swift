/// Evidence for each skill: a score and, when collecting, the cues behind it.
///
/// Scores live in a fixed-size vector (no allocation); cue labels are only built and kept when
/// `collectsCues` is true, because only explanations need them (see `SkillClassification.cues`).
struct SkillScores: Sendable {
    private(set) var values = SIMD16<Double>(repeating: 0)
    private(set) var cues: [[String]]?

    /// Empty evidence; `collectingCues` keeps the reasons for `cues(for:)`.
    init(collectingCues: Bool = true) {
        if collectingCues { cues = [[String]](repeating: [], count: ListeningSkill.allCases.count) }
    }

    /// Whether cue labels are recorded.
    var collectsCues: Bool { cues != nil }

    /// The score for `skill`.
    subscript(skill: ListeningSkill) -> Double {
        get { values[skill.slot] }
        set { values[skill.slot] = newValue }
    }

    /// Adds `weight` to `skill`, remembering `cue` as a reason (the label is only built when collecting).
    mutating func add(_ weight: Double, to skill: ListeningSkill, cue: @autoclosure () -> String) {
        values[skill.slot] += weight
        guard cues != nil else { return }
        let label = cue()
        if !cues![skill.slot].contains(label) { cues![skill.slot].append(label) }
    }

    /// The cues recorded for `skill` (empty when not collecting).
    func cues(for skill: ListeningSkill) -> [String] { cues?[skill.slot] ?? [] }

    /// Moves all evidence of `from` onto `to` (used when a reflection turns out to be complex).
    mutating func move(_ from: ListeningSkill, to: ListeningSkill, bonus: Double) {
        values[to.slot] += values[from.slot] + bonus
        values[from.slot] = 0
        guard cues != nil else { return }
        for cue in cues![from.slot] where !cues![to.slot].contains(cue) { cues![to.slot].append(cue) }
        cues![from.slot] = []
    }

    /// Adds `other` scaled by `factor`.
    mutating func accumulate(_ other: SkillScores, factor: Double, for skills: [ListeningSkill]) {
        for skill in skills where other[skill] > 0 {
            values[skill.slot] += other[skill] * factor
            guard cues != nil else { continue }
            for cue in other.cues(for: skill) where !cues![skill.slot].contains(cue) { cues![skill.slot].append(cue) }
        }
    }

    /// The two best skills, ties broken by `ListeningSkill.tieBreakOrder`.
    func ranked() -> (best: ListeningSkill, bestScore: Double, runnerUpScore: Double) {
        var best = ListeningSkill.other
        var bestScore = -1.0
        var second = 0.0
        for skill in ListeningSkill.tieBreakOrder {
            let v = values[skill.slot]
            if v > bestScore {
                second = max(second, bestScore)
                best = skill
                bestScore = v
            } else {
                second = max(second, v)
            }
        }
        return (best, max(bestScore, 0), max(second, 0))
    }
}

extension ListeningSkill {
    /// The position of the skill in `allCases`.
    var slot: Int {
        switch self {
        case .openQuestion: 0
        case .closedQuestion: 1
        case .reflection: 2
        case .complexReflection: 3
        case .summary: 4
        case .affirmation: 5
        case .validation: 6
        case .advice: 7
        case .information: 8
        case .judgment: 9
        case .selfDisclosure: 10
        case .other: 11
        }
    }

    /// Which skill wins a tie: fixing moves first (feedback must not miss them), then the listening skills.
    static let tieBreakOrder: [ListeningSkill] = [
        .judgment, .advice, .summary, .complexReflection, .reflection, .openQuestion, .closedQuestion,
        .validation, .affirmation, .selfDisclosure, .information, .other,
    ]
}
