import DialogueModel
import DialogueRuntime

/// `alongside run --trace`: the nodes entered, branch decisions and variable changes as the script runs,
/// so an author sees why the conversation went where it went. Uses the path of the engine's one run of each
/// turn (never runs a turn again); hands each line to `emit` (the shell prints it dimmed on stderr).
public final class TraceObserver: SessionObserver {
    /// The script traced.
    public let script: DialogueScript
    private let emit: (String) -> Void

    /// A tracer handing each line (already prefixed `[trace]`) to `emit`.
    public init(script: DialogueScript, emit: @escaping (String) -> Void) {
        self.script = script
        self.emit = emit
    }

    public func started(engine: DialogueEngine, state: EngineState, events: [EngineEvent], recalled: [String: Value], entered: [String]) {
        write(TraceLines.lines(script: script, entered: entered, before: [:], after: state.variables))
    }

    public func answered(_ input: String, engine: DialogueEngine, before: EngineState, after: EngineState, events: [EngineEvent], entered: [String]) {
        var lines: [String] = []
        if events.contains(where: { if case .reprompt = $0 { return true } else { return false } }) {
            lines.append("answer not accepted at '\(before.node)'; asking again")
        }
        lines += TraceLines.lines(script: script, entered: entered, before: before.variables, after: after.variables)
        write(lines)
    }

    public func finished() {}

    private func write(_ lines: [String]) {
        for line in lines { emit("  [trace] " + line) }
    }
}
