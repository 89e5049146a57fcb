import DialogueModel
import Session
import TranscriptStore

/// What the safety menu's "look at my safety plan" shows: who to reach and the reasons for living.
enum SafetyPlanGlance {
    /// The plan kind of the bundled safety plan.
    static let kind = "safety-plan"
    /// The sections shown in a hard moment: people to ask, professionals, reasons for living.
    static let sectionKeys = ["people", "professionals", "reasons"]

    /// The lines to show; nil when no plan is stored (the session then offers to start one).
    static func lines(_ latest: PlanVersionRecord?) -> [String]? {
        guard let latest else { return nil }
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
