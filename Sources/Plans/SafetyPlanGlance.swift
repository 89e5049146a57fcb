import DialogueModel
import Session
import TextEncoding
import TranscriptStore

/// What the safety menu's "look at my safety plan" shows: who to reach and the reasons for living.
public enum SafetyPlanGlance {
    /// The plan kind of the bundled safety plan.
    public static let kind = "safety-plan"
    /// The sections shown in a hard moment: people to ask, professionals, reasons for living.
    public static let sectionKeys = ["people", "professionals", "reasons"]

    /// The lines to show; nil when no plan is stored (the session then offers to start one).
    public static func lines(_ latest: PlanVersionRecord?) -> [String]? {
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
