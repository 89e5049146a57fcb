import DialogueModel

/// Runs testplans against scripts: feeds the plan's inputs to the engine and checks the expected lines.
///
/// Expectations between two `>` lines must appear, in order, in what the engine showed between those two
/// inputs (before the first input: what it showed at the start; after the last: what followed it).
/// Other shown lines may come in between, so a plan only pins what matters.
public enum TestplanRunner {
    /// Runs a plan; never throws: every problem becomes a readable failure.
    public static func run(_ plan: Testplan, script: DialogueScript, environment: EngineEnvironment) -> TestplanResult {
        var environment = environment
        if let seed = plan.seed { environment.seed = seed }
        environment.builtins.merge(plan.builtins) { _, planned in planned }
        let engine = DialogueEngine(script: script, environment: environment)

        var transcript = Transcript()
        var failures: [String] = []
        var path: [String] = []
        let first = engine.startTurn(recalled: plan.recalled)
        var state = first.state
        path += first.entered
        transcript.record(first.events)

        for case .input(let text, let skill, let line) in plan.steps {
            if state.finished {
                failures.append("\(plan.file):\(line): the plan types \"\(text)\", but the conversation had already "
                                + "\(transcript.entries.last?.kind == .failed ? "failed" : "ended at '\(state.node)'")")
                break
            }
            transcript.recordInput(text, planLine: line)
            var turnEngine = engine
            if let skill {
                var fixed = environment
                fixed.classify = { _ in (skill, 1.0) }
                turnEngine = DialogueEngine(script: script, environment: fixed)
            }
            let turn = turnEngine.receiveTurn(text, in: state)
            state = turn.state
            path += turn.entered
            transcript.record(turn.events)
        }

        failures += expectations(plan, transcript: transcript)
        failures += endings(plan, state: state, transcript: transcript)
        let edges = zip(path, path.dropFirst()).map { "\($0)->\($1)" }
        return TestplanResult(failures: failures, visitedNodes: Set(path), takenEdges: Set(edges),
                              transcript: transcript.entries.map(\.rendered))
    }

    /// Checks `?`, `=` and `~` lines in order, each within its segment between inputs.
    static func expectations(_ plan: Testplan, transcript: Transcript) -> [String] {
        var failures: [String] = []
        var cursor = 0
        var after = "at the start"
        for step in plan.steps {
            let segmentEnd = transcript.nextInput(from: cursor)
            let (wanted, matches): (String, (Transcript.Entry) -> Bool)
            switch step {
            case .input(let text, _, let line):
                cursor = min(segmentEnd + 1, transcript.entries.count)
                after = "after line \(line) (> \(text))"
                continue
            case .prompt(let pattern, _):
                let glob = Glob(pattern)
                wanted = "a prompt matching \"\(pattern)\""
                matches = { $0.kind == .prompt && glob.matches($0.text) }
            case .exact(let text, _):
                wanted = "the line \"\(text)\""
                matches = { $0.isShownLine && $0.text.trimmingWhitespace() == text }
            case .contains(let text, _):
                wanted = "a line containing \"\(text)\""
                matches = { $0.isShownLine && $0.text.contains(text) }
            }
            if let found = transcript.entries[cursor..<segmentEnd].firstIndex(where: matches) {
                cursor = found + 1
            } else {
                let shown = transcript.excerpt(cursor..<segmentEnd)
                failures.append("\(plan.file):\(step.line): expected \(wanted) \(after)\n  but got:\n\(shown)")
            }
        }
        return failures
    }

    /// Checks a run-time failure, the `end:` node and the `var` values.
    static func endings(_ plan: Testplan, state: EngineState, transcript: Transcript) -> [String] {
        var failures: [String] = []
        let failure = transcript.entries.last { $0.kind == .failed }
        if let failure {
            failures.append("\(plan.file): the script failed at run time: \(failure.text)\n  last shown:\n"
                            + transcript.excerpt(max(0, transcript.entries.count - 6)..<transcript.entries.count))
        }
        if let end = plan.end, failure == nil {
            let ended = transcript.entries.last { $0.kind == .ended }
            if let ended, ended.text != end.node {
                failures.append("\(plan.file):\(end.line): expected the conversation to end at '\(end.node)', "
                                + "but it ended at '\(ended.text)'")
            } else if ended == nil {
                let waiting = state.awaiting.map { " for an answer to \"\($0.text)\"" } ?? ""
                failures.append("\(plan.file):\(end.line): expected the conversation to end at '\(end.node)', "
                                + "but it is still waiting at '\(state.node)'\(waiting)")
            }
        }
        for expected in plan.variables {
            let actual = state.variables[expected.name] ?? .null
            guard actual != expected.value else { continue }
            var got = ValueLiteral.written(actual)
            if ValueLiteral.written(expected.value) == got || actual.description == expected.value.description {
                got += " (\(actual.typeName), expected \(expected.value.typeName))"
            }
            failures.append("\(plan.file):\(expected.line): expected variable \(expected.name) = "
                            + "\(ValueLiteral.written(expected.value)), but it is \(got)")
        }
        return failures
    }
}
