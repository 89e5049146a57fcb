import DialogueCompiler
import DialogueModel
import Safety

/// The "route, then respond" decision made on every typed line before anything else sees it: assess the
/// line with the router (with the recent conversation as context) and decide what to show. Pure apart from
/// its own memory of recent lines, so the session and `alongside test --crisis-fuzz` share exactly this path.
public struct SafetyGate: Sendable {
    /// What to do about one line.
    public struct Decision: Equatable, Sendable {
        /// How the session should answer a flagged line.
        public enum Response: Equatable, Sendable {
            /// The full crisis response, then the crisis options.
            case full
            /// A short reminder with the number (help was shown a moment ago at this level or higher).
            case reminder
            /// A possible risk no rule confirms: ask the person directly, with the help line in view.
            case askDirectly
        }

        /// The router's assessment.
        public let assessment: SafetyAssessment
        /// How to answer.
        public let response: Response
        /// The lines to show (help lines for the region included).
        public let lines: [String]
    }

    /// The router used for every line.
    public let router: SafetyRouter
    /// Who is typing.
    public let role: InputRole
    /// The region's help lines.
    public let help: RegionHelp
    private var window = ConversationWindow()
    private var detections = DetectionHistory()
    private var checkInDeclined = false

    /// A gate for one session.
    public init(router: SafetyRouter, role: InputRole, help: RegionHelp) {
        self.router = router
        self.role = role
        self.help = help
    }

    /// Who is typing, for the router: trainees play the supporter; safety-plan entries are read-backs.
    public static func role(for kind: ExerciseKind) -> InputRole {
        if kind.isPractice { return .supporter }
        if kind == .safetyPlan { return .safetyPlanEntry }
        return .person
    }

    /// Whether a level means "ask the person directly" rather than a crisis response.
    public static func asksDirectly(_ level: RiskLevel) -> Bool { level == .check }

    /// Assesses one typed line; nil when nothing needs saying.
    ///
    /// Urgent always gets the full response with the numbers, however recent the last one. A concern within
    /// four lines of an earlier detection at the same or a higher level gets a short reminder with the number.
    /// A `check` asks directly (a reminder instead when help was just shown; nothing once the person said no).
    public mutating func check(_ text: String) -> Decision? {
        let assessment = router.assess(text, role: role, window: &window)
        if Self.asksDirectly(assessment.level) && checkInDeclined {
            _ = detections.note(.none)
            return nil
        }
        guard let presentation = detections.note(assessment.level) else { return nil }
        let level = assessment.level
        if Self.asksDirectly(level) && presentation == .full {
            return Decision(assessment: assessment, response: .askDirectly, lines: CrisisResponse.checkInQuestion(help: help))
        }
        let full = presentation == .full || level == .urgent
        let lines = CrisisResponse.message(level: Self.asksDirectly(level) ? .concern : level, categories: assessment.categories,
                                           help: help, repeated: !full)
        return Decision(assessment: assessment, response: full ? .full : .reminder, lines: lines)
    }

    /// The person answered "no" when asked directly: for the rest of the session a `check` (a possible risk
    /// no rule confirms) is not asked again, so their next answers reach the exercise. Rules still respond.
    public mutating func noteCheckInDeclined() { checkInDeclined = true }

    /// The full concern response, for a person who said yes (or was unsure) when asked directly.
    public func concernResponse(categories: [RiskCategory] = []) -> [String] {
        CrisisResponse.message(level: .concern, categories: categories, help: help, repeated: false)
    }
}

extension SafetyGate {
    /// The router for a script: the built-in rules plus the user's and the script's extra rules.
    public static func router(for script: DialogueScript, userRules: [SafetyRule] = []) throws -> SafetyRouter {
        // Built as rule values (the compiler already checked every phrase with the router's parser).
        try SafetyRouter(extraRules: userRules + ScriptSafetyRules.rules(for: script))
    }
}
