import BundledDialogues
import DialogueCompiler
import DialogueModel
import Foundation
import Session

/// Finds the `document` description (section titles and order) for a stored plan kind.
enum PlanDocuments {
    /// The document of the first bundled script (then user script) whose `document.kind` is `kind`, with that script's id.
    static func find(kind: String, catalog: ExerciseCatalog? = nil) -> (spec: DocumentSpec, exerciseId: String)? {
        let sources = catalog?.sources
            ?? BundledDialogues.all.map { ExerciseSource(id: $0.name, origin: "bundled:\($0.name)", text: $0.source) }
        for source in sources where source.text.contains("document:") {
            if let script = ScriptCompiler.compile(yaml: source.text, file: source.origin).script,
               let document = script.document, document.kind == kind {
                return (document, script.id)
            }
        }
        return nil
    }

    /// The document for `kind`, or one made from the stored keys (in their stored order) when no script describes it.
    static func spec(kind: String, content: DocumentVersioning.Content, catalog: ExerciseCatalog? = nil) -> DocumentSpec {
        if let found = find(kind: kind, catalog: catalog) { return found.spec }
        let sections = content.keys.sorted().map { key in
            DocumentSection(key: key, title: key.replacingOccurrences(of: "_", with: " ").capitalized)
        }
        return DocumentSpec(kind: kind, title: kind.replacingOccurrences(of: "-", with: " ").capitalized, sections: sections)
    }
}
