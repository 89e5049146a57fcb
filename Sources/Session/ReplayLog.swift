import DialogueModel
import DialogueRuntime

/// Keeps the answers the engine accepted (those it re-asked are left out), passing everything on to `inner`.
/// `run --watch` replays them into a reloaded script.
public final class ReplayLog: SessionObserver {
    /// The observer told everything as well (tracing, recording), if any.
    public let inner: SessionObserver?
    /// The accepted answers, in order.
    public private(set) var answers: [String] = []

    /// A log that passes everything on to `inner`.
    public init(inner: SessionObserver?) { self.inner = inner }

    /// Passes the start on.
    public func started(engine: DialogueEngine, state: EngineState, events: [EngineEvent], recalled: [String: Value], entered: [String]) {
        inner?.started(engine: engine, state: state, events: events, recalled: recalled, entered: entered)
    }

    /// Keeps `input` unless the engine asked again, and passes it on.
    public func answered(_ input: String, engine: DialogueEngine, before: EngineState, after: EngineState, events: [EngineEvent], entered: [String]) {
        if !events.contains(where: { if case .reprompt = $0 { return true } else { return false } }) { answers.append(input) }
        inner?.answered(input, engine: engine, before: before, after: after, events: events, entered: entered)
    }

    /// Passes the end on.
    public func finished() { inner?.finished() }
}
