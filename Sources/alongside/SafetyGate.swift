import DialogueCompiler
import DialogueModel
import Safety

/// The "route, then respond" decision made on every typed line before the engine sees it: assess the line
/// with the router (with the recent conversation as context) and decide what to show. Pure apart from its
/// own memory of recent turns, so `SessionRunner` and `alongside test --crisis-fuzz` share exactly this path.
struct SafetyGate {
    /// What to do about one line.
    struct Decision {
        /// The router's assessment.
        let assessment: SafetyAssessment
        /// The crisis response to show (help lines for the region).
        let lines: [String]
        /// Whether to offer the urgent menu (talk to someone, ground, plan, continue) after the lines.
        let offersMenu: Bool
    }

    let router: SafetyRouter
    let role: InputRole
    let help: RegionHelp
    private var window = ConversationWindow()
    private var detections = DetectionHistory()

    /// A gate for one session.
    init(router: SafetyRouter, role: InputRole, help: RegionHelp) {
        self.router = router
        self.role = role
        self.help = help
    }

    /// Who is typing, for the router: trainees play the supporter; safety-plan entries are read-backs.
    static func role(for kind: ExerciseKind) -> InputRole {
        if kind.isPractice { return .supporter }
        if kind == .safetyPlan { return .safetyPlanEntry }
        return .person
    }

    /// Assesses one typed line; nil when nothing needs saying. A detection within four lines of the last
    /// one, at the same or a lower level, gives the short reminder and no menu; a rise in level (concern,
    /// then urgent) gives the full response and its menu.
    mutating func check(_ text: String) -> Decision? {
        let assessment = router.assess(text, role: role, window: &window)
        guard let presentation = detections.note(assessment.level) else { return nil }
        let repeated = presentation == .reminder
        let lines = CrisisResponse.message(level: assessment.level, categories: assessment.categories, help: help, repeated: repeated)
        return Decision(assessment: assessment, lines: lines, offersMenu: assessment.level == .urgent && !repeated)
    }

    /// Assesses a line typed in the urgent menu (kept in the context window, no response shown).
    mutating func assessOnly(_ text: String) -> SafetyAssessment {
        let assessment = router.assess(text, role: role, window: &window)
        _ = detections.note(assessment.level)
        return assessment
    }
}

extension SafetyGate {
    /// The router for a script: the built-in rules plus the user's and the script's extra rules.
    static func router(for script: DialogueScript, userRules: () throws -> [SafetyRule] = { [] }) throws -> SafetyRouter {
        do {
            // Built as rule values (the compiler already checked every phrase with the router's parser).
            return try SafetyRouter(extraRules: try userRules() + ScriptSafetyRules.rules(for: script))
        } catch let error as AlongsideError {
            throw error
        } catch {
            throw AlongsideError.script("alongside: \(script.origin): invalid safety rules: \(error)")
        }
    }
}
