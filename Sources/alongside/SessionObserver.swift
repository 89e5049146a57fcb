import DialogueModel
import DialogueRuntime

/// Watches a session from the side (recording a testplan, tracing): told what the engine showed at the
/// start and after each answer. Never changes the session.
protocol SessionObserver: AnyObject {
    /// The conversation started (or resumed) and showed `events`.
    func started(engine: DialogueEngine, state: EngineState, events: [EngineEvent], recalled: [String: Value])
    /// `input` was answered in `before`, giving `after` and `events`.
    func answered(_ input: String, engine: DialogueEngine, before: EngineState, after: EngineState, events: [EngineEvent])
    /// The session is over, however it ended.
    func finished()
}

/// Several observers as one.
final class SessionObservers: SessionObserver {
    let all: [SessionObserver]

    init(_ all: [SessionObserver]) { self.all = all }

    func started(engine: DialogueEngine, state: EngineState, events: [EngineEvent], recalled: [String: Value]) {
        for observer in all { observer.started(engine: engine, state: state, events: events, recalled: recalled) }
    }

    func answered(_ input: String, engine: DialogueEngine, before: EngineState, after: EngineState, events: [EngineEvent]) {
        for observer in all { observer.answered(input, engine: engine, before: before, after: after, events: events) }
    }

    func finished() { for observer in all { observer.finished() } }
}
