import DialogueModel

/// Something the shell shows, stores or does, emitted by the engine in order.
public enum EngineEvent: Sendable, Equatable {
    /// A line to show (already interpolated).
    case say(String, node: String)
    /// The engine now waits for input.
    case prompt(PromptSpec)
    /// The answer did not fit: kind words, then the same prompt again.
    case reprompt(String, PromptSpec)
    /// Wait (a countdown on a terminal; skipped when not interactive), then go on.
    case pause(seconds: Int, label: String?, node: String)
    /// An answer was saved into a variable.
    case saved(variable: String, value: Value)
    /// A distress (or other) rating was given, e.g. `before` = 7.
    case rating(name: String, value: Int, node: String)
    /// A fact to keep for later sessions.
    case remember(key: String, value: Value)
    /// A listen reply was classified.
    case skill(name: String, confidence: Double, text: String, node: String)
    /// The conversation finished at this node.
    case ended(node: String)
    /// The script cannot go on (missing node, loop without input); the shell exits 3.
    case failed(RuntimeFailure)
}
