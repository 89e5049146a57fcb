import BundledDialogues
import DialogueCompiler
import DialogueModel
import Foundation
import Session
import TranscriptStore

/// Finds the `document` description (section titles and order) for a stored plan kind.
public enum PlanDocuments {
    /// The document of the first bundled script (then user script) whose `document.kind` is `kind`, with that script's id.
    /// `sources` are the catalogue's exercises (nil: the bundled ones).
    public static func find(kind: String, sources: [ExerciseSource]? = nil) -> (spec: DocumentSpec, exerciseId: String)? {
        for source in sources ?? BundledDialogues.sources where source.text.contains("document:") {
            if let script = source.precompiled ?? ScriptCompiler.compile(yaml: source.text, file: source.origin).script,
               let document = script.document, document.kind == kind {
                return (document, script.id)
            }
        }
        return nil
    }

    /// The document for `kind`, or one made from the stored keys (in their stored order) when no script describes it.
    public static func spec(kind: String, content: DocumentVersioning.Content, sources: [ExerciseSource]? = nil) -> DocumentSpec {
        if let found = find(kind: kind, sources: sources) { return found.spec }
        let sections = content.keys.sorted().map { key in
            DocumentSection(key: key, title: key.replacingOccurrences(of: "_", with: " ").capitalized)
        }
        return DocumentSpec(kind: kind, title: kind.replacingOccurrences(of: "-", with: " ").capitalized, sections: sections)
    }

    /// Kinds where every version is a record of its own (one thought record, one conversation's script)
    /// rather than an edit of the same plan: `plan history` names each by its first entry.
    public static let recordKinds: Set<String> = ["thought-record", "dear-man"]

    /// Whether each version of `kind` is a separate record.
    public static func isRecordKind(_ kind: String) -> Bool { recordKinds.contains(kind) }

    /// The first entry of the first section (in the declaring script's order) of a stored version, cut to
    /// 60 characters, e.g. the situation of a thought record; nil when it is empty.
    public static func headline(_ stored: PlanVersionRecord) -> String? {
        let content = DocumentVersioning.decode(stored.content)
        guard let first = spec(kind: stored.planKind, content: content).sections.first,
              let entry = content[first.key]?.first, !entry.isEmpty else { return nil }
        return entry.count > 60 ? String(entry.prefix(59)) + "…" : entry
    }
}
