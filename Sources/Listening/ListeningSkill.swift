/// One listening behaviour a supporter can use in a single turn.
///
/// Raw values are part of the command-line contract (`alongside skills classify`) and must not change.
public enum ListeningSkill: String, Sendable, Codable, CaseIterable, CodingKeyRepresentable {
    /// A question that invites a story ("What was that like?").
    case openQuestion = "open_question"
    /// A question answered with yes, no or a number ("Did you sleep?").
    case closedQuestion = "closed_question"
    /// A statement that mirrors what the person said ("It sounds like work has been busy.").
    case reflection
    /// A reflection that adds meaning or feeling beyond the person's words ("Part of you wants to stay.").
    case complexReflection = "complex_reflection"
    /// A reflection that gathers several things the person said.
    case summary
    /// Recognition of a genuine strength or effort ("It took courage to say that.").
    case affirmation
    /// Saying that a feeling or reaction makes sense ("Anyone would feel hurt by that.").
    case validation
    /// Telling the person what to do, even phrased as a question ("Have you tried...?").
    case advice
    /// Facts or resources ("Many people find...", a help-line number).
    case information
    /// Moralising, minimising or dismissing ("You're overreacting.").
    case judgment
    /// The supporter talking about their own experience ("When I went through...").
    case selfDisclosure = "self_disclosure"
    /// Anything else: greetings, agenda, backchannel ("Mm-hmm.").
    case other

    /// Whether this is an open or closed question.
    public var isQuestion: Bool { self == .openQuestion || self == .closedQuestion }

    /// Whether this is a simple reflection, a complex reflection or a summary.
    public var isReflection: Bool { self == .reflection || self == .complexReflection || self == .summary }

    /// Whether this is a "fixing" move (the righting reflex): advice or judgment.
    public var isFixing: Bool { self == .advice || self == .judgment }

    /// A short lower-case name for feedback text ("open question").
    public var displayName: String {
        switch self {
        case .openQuestion: "open question"
        case .closedQuestion: "closed question"
        case .reflection: "reflection"
        case .complexReflection: "complex reflection"
        case .summary: "summary"
        case .affirmation: "affirmation"
        case .validation: "validation"
        case .advice: "advice"
        case .information: "information"
        case .judgment: "judgment"
        case .selfDisclosure: "self-disclosure"
        case .other: "other"
        }
    }
}
