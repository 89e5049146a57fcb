/// Who typed a line, and why; changes how the router reads it.
public enum InputRole: Sendable {
    /// The person being supported, speaking for themselves (the default).
    case person
    /// A supporter or trainee talking to someone else; questions and reflections about "you" are not risk.
    case supporter
    /// The person reading back or writing their own safety-plan entry; only explicit urgent rules count.
    case safetyPlanEntry
}
