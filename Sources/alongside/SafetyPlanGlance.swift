import DialogueModel
import TranscriptStore

/// What the safety menu's "look at my safety plan" shows: who to reach and the reasons for living.
enum SafetyPlanGlance {
    /// The plan kind of the bundled safety plan.
    static let kind = "safety-plan"
    /// The sections shown in a hard moment: people to ask, professionals, reasons for living.
    static let sectionKeys = ["people", "professionals", "reasons"]

    /// The lines to show; a gentle pointer to `alongside run safety-plan` when no plan is stored.
    static func lines(_ latest: PlanVersionRecord?) -> [String] {
        guard let latest else {
            return ["You have not saved a safety plan yet. When you feel ready, `alongside run safety-plan` helps you make one."]
        }
        let content = DocumentVersioning.decode(latest.content)
        let spec = PlanDocuments.spec(kind: kind, content: content)
        var lines = ["From your safety plan:"]
        for section in spec.sections where sectionKeys.contains(section.key) {
            let entries = content[section.key] ?? []
            guard !entries.isEmpty else { continue }
            lines.append(section.title + ":")
            lines += entries.map { "  - " + TerminalText.safe($0) }
        }
        if lines.count == 1 { lines.append("  (these steps are still empty; `alongside run safety-plan` can fill them in)") }
        lines.append("The whole plan: `alongside plan show`.")
        return lines
    }
}
