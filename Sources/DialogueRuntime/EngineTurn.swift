import DialogueModel

/// One turn of the engine: from an input (or the start) to the next prompt or the end.
///
/// A working copy of the state that collects events and the nodes entered along the way.
struct EngineTurn {
    /// The script being run.
    let script: DialogueScript
    /// The injected environment.
    let environment: EngineEnvironment
    /// The state being advanced.
    var state: EngineState
    /// Events emitted so far, in order.
    var events: [EngineEvent] = []
    /// Node ids entered during this turn, in order.
    var entered: [String] = []

    /// Variables as templates and conditions see them: script variables overlaid by the built-ins.
    var scope: [String: Value] {
        state.variables.merging(environment.builtins) { _, builtin in builtin }
    }

    /// Handles an answer to the waiting prompt.
    mutating func answer(_ input: String) {
        guard let spec = state.awaiting, let node = script.nodes[state.node] else {
            return fail(.notAwaitingInput(node: state.node))
        }
        switch node.action {
        case .ask(let ask):
            switch spec.kind.check(input) {
            case .accepted(let value):
                save(value, into: ask.save)
                if let rating = ask.rating, case .int(let number) = value {
                    events.append(.rating(name: rating, value: number, node: node.id))
                }
                go(to: ask.next, from: node.id)
            case .rejected(let words):
                events.append(.reprompt(ask.retry?.render(scope) ?? words, spec))
            }
        case .choose(let choose):
            let labels = choose.options.map(\.label)
            let values = choose.options.map(\.value)
            guard let index = AnswerReading.choice(input.trimmingWhitespace(), labels: labels, values: values) else {
                return events.append(.reprompt(PromptKind.choice(labels).defaultRetry, spec))
            }
            let option = choose.options[index]
            save(.string(option.value), into: choose.save)
            go(to: option.next, from: node.id)
        case .listen(let listen):
            let reply = input.trimmingWhitespace()
            guard !reply.isEmpty else { return events.append(.reprompt(PromptKind.listen.defaultRetry, spec)) }
            let (skill, confidence) = environment.classify(reply)
            events.append(.skill(name: skill, confidence: confidence, text: reply, node: node.id))
            state.variables["last_skill"] = .string(skill)
            state.variables["last_skill_name"] = .string(String(skill.map { $0 == "_" ? " " : $0 }))
            state.variables["last_topic"] = .string(environment.topic(reply))
            save(.string(reply), into: listen.save)
            let next = listen.onSkill.first { $0.skills.contains(skill) }?.next ?? listen.otherwise
            go(to: next, from: node.id)
        case .next, .branch, .pause, .end:
            fail(.notAwaitingInput(node: node.id))
        }
    }

    /// Enters `id` and keeps going until a prompt, the end or a failure.
    mutating func go(to id: String, from source: String?) {
        state.awaiting = nil
        var target = id
        var previous = source
        var entries = 0
        while true {
            guard let node = script.nodes[target] else { return fail(.missingNode(target, from: previous)) }
            entries += 1
            guard entries <= environment.stepLimit else {
                return fail(.stepLimitExceeded(node: target, limit: environment.stepLimit))
            }
            state.node = target
            state.steps += 1
            entered.append(target)
            speak(node)
            for assignment in node.set {
                state.variables[assignment.variable] = assignment.expression.evaluate(scope)
            }
            for key in node.remember {
                events.append(.remember(key: key, value: scope[key] ?? .null))
            }
            previous = target
            switch node.action {
            case .next(let next):
                target = next
            case .ask(let ask):
                return wait(PromptSpec(node: node.id, text: ask.prompt.render(scope), kind: ask.expect.promptKind))
            case .choose(let choose):
                let kind = PromptKind.choice(choose.options.map(\.label))
                return wait(PromptSpec(node: node.id, text: choose.prompt.render(scope), kind: kind))
            case .branch(let arms, let otherwise):
                let values = scope
                target = arms.first { $0.condition.evaluate(values).isTruthy }?.next ?? otherwise
            case .pause(let pause):
                events.append(.pause(seconds: pause.seconds, label: pause.label?.render(scope), node: node.id))
                target = pause.next
            case .listen(let listen):
                return wait(PromptSpec(node: node.id, text: listen.prompt?.render(scope) ?? "", kind: .listen))
            case .end:
                state.finished = true
                return events.append(.ended(node: node.id))
            }
        }
    }

    /// Emits the node's lines: all of them, or one variant picked with the state's generator.
    mutating func speak(_ node: DialogueNode) {
        guard let say = node.say, !say.lines.isEmpty else { return }
        if say.oneOf {
            var generator = SplitMix64(seed: state.rng)
            let line = say.lines[generator.index(below: say.lines.count)]
            state.rng = generator.state
            events.append(.say(line.render(scope), node: node.id))
        } else {
            let values = scope
            for line in say.lines { events.append(.say(line.render(values), node: node.id)) }
        }
    }

    /// Saves an answer when the step names a variable.
    mutating func save(_ value: Value, into variable: String?) {
        guard let variable else { return }
        state.variables[variable] = value
        events.append(.saved(variable: variable, value: value))
    }

    /// Waits for an answer to `spec`.
    mutating func wait(_ spec: PromptSpec) {
        state.awaiting = spec
        events.append(.prompt(spec))
    }

    /// Stops the conversation with a failure.
    mutating func fail(_ failure: RuntimeFailure) {
        state.finished = true
        state.awaiting = nil
        events.append(.failed(failure))
    }
}

extension Expectation {
    /// The prompt kind that checks answers for this expectation.
    var promptKind: PromptKind {
        switch self {
        case .text: return .text
        case .nonEmpty: return .nonEmpty
        case .integer(let min, let max): return .integer(min: min, max: max)
        case .yesNo: return .yesNo
        case .list(let min, let max): return .list(min: min, max: max)
        }
    }
}
