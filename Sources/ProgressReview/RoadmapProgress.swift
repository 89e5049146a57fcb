import DialogueModel
import Foundation
import Session
import TranscriptStore

/// The recovery roadmap's line in `alongside progress`: its newest version, when it was saved, and which
/// sections hold at least one entry (pure: computed from a stored version and the document's sections).
public struct RoadmapProgress: Encodable, Equatable, Sendable {
    /// The document kind the recovery-roadmap exercise stores.
    public static let kind = "recovery-roadmap"

    /// The newest version number.
    public let version: Int
    /// The day it was saved, `2026-11-30`.
    public let savedOn: String
    /// How many sections hold at least one entry.
    public let sectionsFilled: Int
    /// How many sections the document has.
    public let sections: Int
    /// Titles of the sections with entries, in document order.
    public let filled: [String]

    /// Reads one stored version against the document's sections (titles in order).
    public init(latest: PlanVersionRecord, document: DocumentSpec) {
        let content = DocumentVersioning.decode(latest.content)
        let filledSections = document.sections.filter { !(content[$0.key] ?? []).isEmpty }
        version = latest.version
        savedOn = ProgressReport.day(latest.at)
        sectionsFilled = filledSections.count
        sections = document.sections.count
        filled = filledSections.map(\.title)
    }

    /// The lines under the "Recovery roadmap" heading (`roadmap` nil: a pointer to the exercise).
    public static func renderText(_ roadmap: RoadmapProgress?) -> [String] {
        guard let roadmap else {
            return ["  No roadmap yet. `alongside run recovery-roadmap` helps you write one, a part at a time."]
        }
        return ["  Version \(roadmap.version), saved \(roadmap.savedOn): \(roadmap.sectionsFilled) of \(roadmap.sections) parts filled in.",
                "  `alongside plan show --kind recovery-roadmap` shows it."]
    }
}
