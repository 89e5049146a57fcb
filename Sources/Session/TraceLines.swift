import DialogueCompiler
import DialogueModel

/// The trace lines for one turn: the path, branch decisions and variable changes. Pure.
public enum TraceLines {
    /// Lines for a turn that entered `entered` and changed `before` into `after`.
    public static func lines(script: DialogueScript, entered: [String], before: [String: Value], after: [String: Value]) -> [String] {
        var lines: [String] = []
        if !entered.isEmpty { lines.append("→ " + entered.joined(separator: " → ")) }
        for (index, id) in entered.enumerated() {
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
        for name in Set(before.keys).union(after.keys).sorted() where before[name] != after[name] {
            lines.append("set \(name): \(describe(before[name])) → \(describe(after[name]))")
        }
        return lines
    }

    /// A value in plan notation, "(none)" when unset.
    public static func describe(_ value: Value?) -> String {
        guard let value else { return "(none)" }
        return TestplanRecorder.literal(value)
    }
}
