import DialogueModel

/// The pure dialogue state machine: state + input → events + new state.
///
/// No I/O, no clock and no global randomness: the same script, environment and inputs always give the same
/// events and state, so a stored conversation is resumed by replaying its inputs.
public struct DialogueEngine: Sendable {
    /// The script being run.
    public let script: DialogueScript
    /// What the shell injected (seed, built-ins, classifier).
    public let environment: EngineEnvironment

    /// Creates an engine for a script.
    public init(script: DialogueScript, environment: EngineEnvironment) {
        self.script = script
        self.environment = environment
    }

    /// The kind words shown when an answer does not fit a prompt kind and the script gives no `retry`.
    public static func defaultRetry(for kind: PromptKind) -> String {
        kind.defaultRetry
    }

    /// Starts the conversation and runs until the first prompt or the end.
    ///
    /// `recalled` holds facts from earlier sessions; each key in the script's `recall:` list starts with its
    /// recalled value, or `null` when there is none.
    public func start(recalled: [String: Value] = [:]) -> (state: EngineState, events: [EngineEvent]) {
        let turn = startTurn(recalled: recalled)
        return (turn.state, turn.events)
    }

    /// Takes one answer to the waiting prompt and runs until the next prompt or the end.
    ///
    /// An answer that does not fit gives a `.reprompt` and leaves the state unchanged; input after the
    /// conversation finished gives no events.
    public func receive(_ input: String, in state: EngineState) -> (state: EngineState, events: [EngineEvent]) {
        let turn = receiveTurn(input, in: state)
        return (turn.state, turn.events)
    }

    /// Starts and feeds each input in order: how a session is resumed from its stored inputs.
    public func replay(_ inputs: [String], recalled: [String: Value] = [:]) -> (state: EngineState, events: [EngineEvent]) {
        var (state, events) = start(recalled: recalled)
        for input in inputs {
            let step = receive(input, in: state)
            state = step.state
            events += step.events
        }
        return (state, events)
    }

    /// `start`, also reporting the nodes entered (for coverage).
    func startTurn(recalled: [String: Value]) -> EngineTurn {
        var variables = script.variables
        for key in script.recall { variables[key] = recalled[key] ?? .null }
        let state = EngineState(node: script.start, variables: variables, rng: environment.seed)
        var turn = EngineTurn(script: script, environment: environment, state: state)
        turn.go(to: script.start, from: nil)
        return turn
    }

    /// `receive`, also reporting the nodes entered (for coverage).
    func receiveTurn(_ input: String, in state: EngineState) -> EngineTurn {
        var turn = EngineTurn(script: script, environment: environment, state: state)
        guard !state.finished else { return turn }
        turn.answer(input)
        return turn
    }
}
