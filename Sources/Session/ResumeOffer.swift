import Foundation
import TranscriptStore

/// Picking up an unfinished session: whether its stored answers may be replayed, how to ask, how a reply reads.
public enum ResumeOffer {
    /// What the person (or the stored state) decided.
    public enum Decision: Equatable, Sendable {
        /// Replay the stored answers.
        case resume
        /// Start a new session; the unfinished one is closed.
        case fresh
    }

    /// Whether `session` can be resumed with `scriptHash` (the hash of the script as it is now).
    public static func canResume(_ session: SessionRecord, scriptHash: String) -> Bool {
        session.scriptHash == scriptHash
    }

    /// The question asked before resuming.
    public static func question(title: String, since: String) -> String {
        "You have an unfinished \"\(title)\" from \(since). Pick up where you left off? (yes/no)"
    }

    /// The refusal when the script changed since the session began (with the `--fresh` hint).
    public static func changedMessage(exerciseId: String) -> String {
        "alongside: \"\(exerciseId)\" has changed since your unfinished session began, so your answers cannot be replayed into it. "
            + "Run `alongside run \(exerciseId) --fresh` to start again (the earlier session stays in your transcripts)."
    }

    /// Asked instead of the question at a prompt when the script changed: start afresh now?
    public static func changedQuestion(exerciseId: String) -> String {
        "\"\(exerciseId)\" has changed since your unfinished session began, so it cannot pick up where you left off. "
            + "Start afresh now? (yes/no; the earlier session stays in your transcripts)"
    }

    /// A reply to the question: no (or "fresh") starts afresh; anything else resumes.
    public static func decision(_ reply: String) -> Decision {
        ["n", "no", "nope", "fresh", "start afresh", "new"].contains(reply.trimmingCharacters(in: .whitespaces).lowercased()) ? .fresh : .resume
    }
}
