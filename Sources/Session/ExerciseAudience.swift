import DialogueModel

/// Who an exercise is for, as the menu and `alongside list` group them.
///
/// Derived from the script, so scripts need no extra key: practice and role-play kinds are for trainee
/// supporters; scripts whose id starts with `trainer-` are tools for trainers; everything else is self-help.
public enum ExerciseAudience: String, CaseIterable, Encodable, Sendable {
    /// Self-help exercises for the person using the app.
    case myself
    /// Listening practice and role-plays for trainee supporters.
    case supporting
    /// Material for people who train supporters.
    case trainers

    /// The audience of one script.
    public init(_ script: DialogueScript) {
        if script.id.hasPrefix("trainer-") {
            self = .trainers
        } else if script.kind.isPractice {
            self = .supporting
        } else {
            self = .myself
        }
    }

    /// The menu heading for this group.
    public var heading: String {
        switch self {
        case .myself: "For myself"
        case .supporting: "Practise supporting others"
        case .trainers: "For trainers"
        }
    }

    /// Scripts grouped by audience, in menu order; empty groups are left out, catalogue order kept inside each.
    public static func grouped(_ scripts: [DialogueScript]) -> [(audience: ExerciseAudience, scripts: [DialogueScript])] {
        allCases.compactMap { audience in
            let members = scripts.filter { ExerciseAudience($0) == audience }
            return members.isEmpty ? nil : (audience, members)
        }
    }
}
