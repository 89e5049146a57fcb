import Foundation
import Session
import TextEncoding
import TranscriptStore

/// The buddy check-in plan (kind `buddy-plan`, from `buddy-plan`) as shown beside the safety plan in
/// `plan show`: who the buddy is, how you check in, your words for a hard day, and what to do in danger.
public enum BuddyPlanNote {
    /// The document kind buddy-plan stores.
    public static let kind = "buddy-plan"

    /// The sections shown under the safety plan, in order, with their short labels.
    public static let shown: [(key: String, label: String)] = [
        ("buddy", "My buddy"), ("how_often", "We check in"), ("reach", "How we reach each other"),
        ("our_words", "What we say when one of us is struggling"), ("danger", "If one of us is in danger"),
    ]

    /// The lines to print after the safety plan, or none when there is no buddy plan.
    public static func lines(latest: PlanVersionRecord?) -> [String] {
        guard let latest else { return [] }
        let content = DocumentVersioning.decode(latest.content)
        let filled = shown.compactMap { item -> String? in
            guard let entries = content[item.key], !entries.isEmpty else { return nil }
            return "   \(item.label): " + entries.map(TerminalText.safe).joined(separator: "; ")
        }
        guard !filled.isEmpty else { return [] }
        return ["", "Your buddy check-in plan:"] + filled
            + ["(`alongside plan show --kind buddy-plan` shows all of it.)"]
    }
}
