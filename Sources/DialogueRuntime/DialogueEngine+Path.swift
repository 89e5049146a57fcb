import DialogueModel

extension DialogueEngine {
    /// `start`, also returning the node ids entered in order (for `alongside run --trace`).
    public func startWithPath(recalled: [String: Value] = [:]) -> (state: EngineState, events: [EngineEvent], entered: [String]) {
        let turn = startTurn(recalled: recalled)
        return (turn.state, turn.events, turn.entered)
    }

    /// `receive`, also returning the node ids entered in order (for `alongside run --trace`).
    public func receiveWithPath(_ input: String, in state: EngineState) -> (state: EngineState, events: [EngineEvent], entered: [String]) {
        let turn = receiveTurn(input, in: state)
        return (turn.state, turn.events, turn.entered)
    }
}
