import DialogueCompiler
import DialogueModel

/// The trace lines for one turn: the path, branch decisions and variable changes. Pure.
public enum TraceLines {
    /// Lines for a turn that entered `entered` and changed `before` into `after`. In the order things
    /// happened: the path, then what the answer saved, then for each node entered its `set` changes before
    /// the decision it made (so a branch never shows before the value it tested).
    public static func lines(script: DialogueScript, entered: [String], before: [String: Value], after: [String: Value]) -> [String] {
        var lines: [String] = []
        if !entered.isEmpty { lines.append("→ " + entered.joined(separator: " → ")) }
        let changed = Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }
        // Each changed variable is shown once, at the last entered node whose `set` gives it a value.
        var setAt: [String: Int] = [:]
        for (index, id) in entered.enumerated() {
            for assignment in script.nodes[id]?.set ?? [] where changed.contains(assignment.variable) {
                setAt[assignment.variable] = index
            }
        }
        func change(_ name: String) -> String { "set \(name): \(describe(before[name])) → \(describe(after[name]))" }
        for name in changed.sorted() where setAt[name] == nil { lines.append(change(name)) }
        for (index, id) in entered.enumerated() {
            for name in changed.sorted() where setAt[name] == index { lines.append(change(name)) }
            guard let node = script.nodes[id], index + 1 < entered.count else { continue }
            let next = entered[index + 1]
            switch node.action {
            case .branch(let arms, let otherwise):
                if let arm = arms.first(where: { $0.next == next }) {
                    lines.append("branch '\(id)': \(ExpressionText.written(arm.condition)) holds → \(next)")
                } else if otherwise == next {
                    lines.append("branch '\(id)': no condition holds → else \(next)")
                }
            case .listen(let listen):
                let arm = listen.onSkill.first { $0.next == next }
                lines.append("listen '\(id)': " + (arm.map { "skill \($0.skills.joined(separator: "/")) → \(next)" } ?? "default → \(next)"))
            default: break
            }
        }
        return lines
    }

    /// A value in plan notation, "(none)" when unset.
    public static func describe(_ value: Value?) -> String {
        guard let value else { return "(none)" }
        return TestplanRecorder.literal(value)
    }
}
