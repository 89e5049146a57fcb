import DialogueModel

/// What a self-help exercise is for, as the menu and `alongside list` sub-group the "for myself" exercises.
///
/// Bundled exercises have a fixed topic; a user's own script gets one from its kind, so scripts need no
/// extra key (grounding and breathing: calm; safety plans and goals: plans; reflection: skills; other: learn).
public enum ExerciseTopic: String, CaseIterable, Encodable, Sendable {
    /// Quick skills for a hard moment.
    case calm
    /// CBT and DBT skills and daily reflection: thoughts, feelings, other people.
    case skills
    /// Plans and goals that are kept and reviewed.
    case plans
    /// Explanations, looking back and finding support.
    case learn

    /// Topics of the bundled self-help exercises by id.
    private static let bundled: [String: ExerciseTopic] = [
        "grounding-54321": .calm, "box-breathing": .calm, "stop-skill": .calm, "tipp": .calm, "coping-toolbox": .calm,
        "thought-record": .skills, "opposite-action": .skills, "wise-mind": .skills, "dear-man": .skills, "journal": .skills,
        "safety-plan": .plans, "buddy-plan": .plans, "recovery-roadmap": .plans, "smart-goal": .plans, "weekly-review": .plans,
        "understanding-anxiety": .learn, "understanding-low-mood": .learn, "life-timeline": .learn,
        "strengths-inventory": .learn, "finding-support": .learn,
    ]

    /// The topic of one self-help script.
    public init(_ script: DialogueScript) {
        if let topic = Self.bundled[script.id] {
            self = topic
            return
        }
        switch script.kind {
        case .grounding, .breathing: self = .calm
        case .safetyPlan, .goal: self = .plans
        case .reflection: self = .skills
        default: self = .learn
        }
    }

    /// The sub-heading for this topic.
    public var heading: String {
        switch self {
        case .calm: "Calm a hard moment"
        case .skills: "Thoughts, feelings and other people"
        case .plans: "Plans and goals"
        case .learn: "Understand and look back"
        }
    }

    /// One audience group as shown: "for myself" split by topic in menu order (with sub-headings, empty topics
    /// left out), any other group as one part without a sub-heading.
    public static func parts(of group: (audience: ExerciseAudience, scripts: [DialogueScript])) -> [(heading: String?, scripts: [DialogueScript])] {
        guard group.audience == .myself else { return [(nil, group.scripts)] }
        let byTopic = Dictionary(grouping: group.scripts, by: ExerciseTopic.init)   // keeps catalogue order inside a topic
        return allCases.compactMap { topic in byTopic[topic].map { (heading: topic.heading, scripts: $0) } }
    }
}
