import DialogueModel
@testable import DialogueRuntime

/// A tiny test-only builder: short Swift for `DialogueScript` values (the YAML compiler is separate).
enum Build {
    static let here = SourceLocation(file: "test.yaml", line: 1, column: 1)

    /// A template from text with `{name}` placeholders.
    static func text(_ raw: String) -> TextTemplate {
        var parts: [TextTemplate.Part] = []
        var literal = ""
        var name: String?
        for character in raw {
            if character == "{", name == nil {
                if !literal.isEmpty { parts.append(.literal(literal)) }
                literal = ""
                name = ""
            } else if character == "}", let current = name {
                parts.append(.variable(current))
                name = nil
            } else if name != nil {
                name!.append(character)
            } else {
                literal.append(character)
            }
        }
        if !literal.isEmpty { parts.append(.literal(literal)) }
        return TextTemplate(raw: raw, parts: parts)
    }

    /// A node.
    static func node(_ id: String, say: [String] = [], oneOf: Bool = false, set: [(String, Expression)] = [],
                     remember: [String] = [], _ action: NodeAction) -> DialogueNode {
        DialogueNode(id: id, location: here, say: say.isEmpty ? nil : SayBlock(lines: say.map(text), oneOf: oneOf),
                     set: set.map { Assignment(variable: $0.0, expression: $0.1) }, remember: remember, action: action)
    }

    /// A script starting at its first node.
    static func script(variables: [String: Value] = [:], recall: [String] = [], _ nodes: DialogueNode...) -> DialogueScript {
        DialogueScript(id: "test", title: "Test", kind: .other, version: 1, description: "", minutes: 1,
                       start: nodes[0].id, nodes: Dictionary(uniqueKeysWithValues: nodes.map { ($0.id, $0) }),
                       nodeOrder: nodes.map(\.id), variables: variables, recall: recall, origin: "test")
    }

    static func ask(_ prompt: String, _ expect: Expectation, save: String? = nil, rating: String? = nil,
                    retry: String? = nil, next: String) -> NodeAction {
        .ask(Ask(prompt: text(prompt), expect: expect, save: save, rating: rating, retry: retry.map(text), next: next))
    }

    static func choose(_ prompt: String, _ options: [(label: String, value: String, next: String)],
                       save: String? = nil) -> NodeAction {
        .choose(Choose(prompt: text(prompt), options: options.map {
            ChoiceOption(label: $0.label, value: $0.value, next: $0.next, location: here)
        }, save: save))
    }

    static func branch(_ arms: [(Expression, String)], otherwise: String) -> NodeAction {
        .branch(arms.map { BranchArm(condition: $0.0, next: $0.1, location: here) }, otherwise: otherwise)
    }

    static func pause(_ seconds: Int, _ label: String? = nil, next: String) -> NodeAction {
        .pause(Pause(seconds: seconds, label: label.map(text), next: next))
    }

    static func listen(prompt: String? = nil, save: String? = nil, _ arms: [([String], String)],
                       otherwise: String) -> NodeAction {
        .listen(Listen(prompt: prompt.map(text), save: save,
                       onSkill: arms.map { SkillArm(skills: $0.0, next: $0.1, location: here) }, otherwise: otherwise))
    }

    // Expressions.
    static func variable(_ name: String) -> Expression { .variable(name) }
    static func int(_ number: Int) -> Expression { .literal(.int(number)) }
    static func op(_ lhs: Expression, _ op: BinaryOperator, _ rhs: Expression) -> Expression { .binary(op, lhs, rhs) }

    /// The lines said, in order.
    static func said(_ events: [EngineEvent]) -> [String] {
        events.compactMap { if case .say(let text, _) = $0 { return text } else { return nil } }
    }

    /// The last prompt emitted, if any.
    static func lastPrompt(_ events: [EngineEvent]) -> PromptSpec? {
        events.reversed().lazy.compactMap { event -> PromptSpec? in
            switch event {
            case .prompt(let spec), .reprompt(_, let spec): return spec
            default: return nil
            }
        }.first
    }
}
