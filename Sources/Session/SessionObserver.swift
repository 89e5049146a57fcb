import DialogueModel
import DialogueRuntime

/// Watches a session from the side (recording a testplan, tracing): told what the engine showed at the
/// start and after each answer, with the nodes it entered. Never changes the session.
public protocol SessionObserver: AnyObject {
    /// The conversation started (or resumed: `entered` is then empty) and showed `events`.
    func started(engine: DialogueEngine, state: EngineState, events: [EngineEvent], recalled: [String: Value], entered: [String])
    /// `input` was answered in `before`, giving `after` and `events` through the nodes `entered`.
    func answered(_ input: String, engine: DialogueEngine, before: EngineState, after: EngineState, events: [EngineEvent], entered: [String])
    /// The session is over, however it ended.
    func finished()
}

/// Several observers as one.
public final class SessionObservers: SessionObserver {
    /// The observers, told in order.
    public let all: [SessionObserver]

    /// Groups observers.
    public init(_ all: [SessionObserver]) { self.all = all }

    public func started(engine: DialogueEngine, state: EngineState, events: [EngineEvent], recalled: [String: Value], entered: [String]) {
        for observer in all { observer.started(engine: engine, state: state, events: events, recalled: recalled, entered: entered) }
    }

    public func answered(_ input: String, engine: DialogueEngine, before: EngineState, after: EngineState, events: [EngineEvent], entered: [String]) {
        for observer in all { observer.answered(input, engine: engine, before: before, after: after, events: events, entered: entered) }
    }

    public func finished() { for observer in all { observer.finished() } }
}
