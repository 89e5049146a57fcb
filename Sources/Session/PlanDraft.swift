import DialogueModel
import DialogueRuntime
import TranscriptStore

/// A plan that is still being made: what an unfinished session's answers so far put in its document.
public enum PlanDraft {
    /// The document content of the newest unfinished session of `script` in `store` (its stored answers
    /// replayed into the script), with the day it started; nil when there is none or it is still empty.
    public static func unfinished(script: DialogueScript, store: TranscriptStore,
                                  environment: EngineEnvironment) throws -> (content: DocumentVersioning.Content, session: SessionRecord)? {
        guard let document = script.document, let session = try store.unfinishedSession(exerciseId: script.id) else { return nil }
        let answers = try store.answers(sessionId: session.id)
        let latest = try store.latestPlan(kind: document.kind)
        let recalled = DocumentVersioning.recalled(document, stored: latest?.content)
        let (state, _) = DialogueEngine(script: script, environment: environment).replay(answers, recalled: recalled)
        let content = DocumentVersioning.content(of: document, variables: state.variables)
        return content.values.allSatisfy(\.isEmpty) ? nil : (content, session)
    }
}
