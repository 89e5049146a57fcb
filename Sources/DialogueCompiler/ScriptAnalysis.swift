import DialogueModel
import Yams

extension ScriptReader {
    /// Longest text (in characters) before AL0042 warns.
    static let maxTextLength = 400

    /// Checks that need the whole script: constant and mistyped conditions, values never read, values read
    /// before any path gives them one, and arms that can never be taken.
    func analyse(_ script: DialogueScript) {
        let typing = ExpressionTyping(variables: variableTypes(script))
        for site in facts.expressions {
            if site.isCondition, let value = ExpressionTyping.constant(site.expression) {
                report(.constantCondition, "the condition '\(site.raw)' is always \(value.isTruthy ? "true" : "false"), "
                       + "whatever the answers; \(value.isTruthy ? "the arms after it are never tried" : "its arm is never taken")",
                       at: site.location)
            }
            if let found = typing.mismatch(in: site.expression) {
                report(.typeMismatch, "'\(site.raw)' compares \(found.lhs.phrase) with \(found.rhs.phrase) using "
                       + "'\(found.op.rawValue)', which \(Self.mismatchConsequence(found.op))", at: site.location)
            }
        }
        checkNeverTakenArms(script)
        checkUnusedValues()
        checkReadsBeforeValues(script)
    }

    /// AL0042 for a very long text.
    func checkLength(_ raw: String, what: String, at node: Node) {
        // A text has at least as many UTF-8 bytes as characters, so most texts need no character count.
        guard raw.utf8.count > Self.maxTextLength, raw.count > Self.maxTextLength else { return }
        report(.longText, "\(what) is \(raw.count) characters long (more than \(Self.maxTextLength)); "
               + "split it into several shorter lines so it is easy to read", at: node)
    }

    static func mismatchConsequence(_ op: BinaryOperator) -> String {
        switch op {
        case .equal: return "is never true"
        case .notEqual: return "is always true"
        default: return "is always false"
        }
    }

    /// Types of variables that only ever hold one kind of value.
    func variableTypes(_ script: DialogueScript) -> [String: ValueType] {
        var seen: [String: ValueType?] = [:]
        func note(_ name: String, _ type: ValueType?) {
            if let previous = seen[name] { seen[name] = previous == type ? type : .some(nil) } else { seen[name] = type }
        }
        for (name, value) in script.variables where value != .null { note(name, ValueType(value)) }
        for name in script.recall { note(name, nil) }
        for name in facts.untyped { note(name, nil) }
        var assignments: [Assignment] = []
        for node in nodesInOrder {
            switch node.action {
            case .ask(let ask): if let save = ask.save { note(save, ValueType(ask.expect)) }
            case .choose(let choose): if let save = choose.save { note(save, .text) }
            case .listen(let listen): if let save = listen.save { note(save, .text) }
            default: break
            }
            assignments += node.set
        }
        // Assignments may depend on each other: type them against what is known without them first.
        let base = seen.compactMapValues { $0 }
        for assignment in assignments {
            note(assignment.variable, ExpressionTyping(variables: base).type(of: assignment.expression))
        }
        return seen.compactMapValues { $0 }
    }

    /// AL0041: arms after an always-true condition.
    func checkNeverTakenArms(_ script: DialogueScript) {
        for node in nodesInOrder {
            guard case .branch(let arms, _) = node.action,
                  let first = arms.firstIndex(where: { ExpressionTyping.constant($0.condition)?.isTruthy == true }) else { continue }
            for arm in arms[(first + 1)...] {
                report(.armNeverTaken, "this arm of '\(node.id)' is never tried: the condition at line "
                       + "\(arms[first].location.line) is always true", at: arm.location)
            }
        }
    }

    /// AL0038: variables declared or set that nothing ever reads.
    func checkUnusedValues() {
        let read = Set(uses.map(\.name))
        var reported = Set<String>()
        for definition in facts.definitions where definition.kind != .saved && !read.contains(definition.name) {
            guard reported.insert(definition.name).inserted else { continue }
            let how = definition.kind == .declared ? "is declared" : "is given a value"
            report(.unusedVariable, "variable '\(definition.name)' \(how) but never read (in a text, a condition, "
                   + "a set or remember); remove it or use it", at: definition.location)
        }
    }
}
