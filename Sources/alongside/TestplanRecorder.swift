import DialogueModel
import DialogueRuntime
import Foundation

/// `alongside run PATH --record FILE`: writes what was typed and shown as a testplan, so a manual try
/// becomes a regression test. Built-ins, recalled facts, the seed and classified skills are pinned so the
/// plan replays exactly.
final class TestplanRecorder: SessionObserver {
    let path: String
    let scriptName: String
    private(set) var lines: [String] = []
    private var header: [String] = []
    private var written = false

    init(path: String, scriptName: String) {
        self.path = path
        self.scriptName = scriptName
    }

    func started(engine: DialogueEngine, state: EngineState, events: [EngineEvent], recalled: [String: Value]) {
        header = ["# \(scriptName): recorded with `alongside run --record`; edit freely, then `alongside test`.",
                  "seed: \(engine.environment.seed)"]
        for (name, value) in engine.environment.builtins.sorted(by: { $0.key < $1.key }) {
            header.append("builtin \(name) = \(Self.literal(value))")
        }
        for (name, value) in recalled.sorted(by: { $0.key < $1.key }) { header.append("recall \(name) = \(Self.literal(value))") }
        record(events)
    }

    func answered(_ input: String, engine: DialogueEngine, before: EngineState, after: EngineState, events: [EngineEvent]) {
        for case .skill(let name, _, _, _) in events { lines.append("skill: \(name)") }
        lines.append(input.isEmpty ? ">" : "> " + Self.escaped(input))
        record(events)
    }

    func finished() {
        guard !written else { return }
        written = true
        let text = (header + lines).joined(separator: "\n") + "\n"
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            Console.standardError("alongside: recorded \(lines.filter { $0.hasPrefix(">") }.count) answers to \(path); run `alongside test \(path)`.")
        } catch {
            Console.standardError("alongside: could not write the testplan to \(path): \(error.localizedDescription)")
        }
    }

    /// Shown lines become `=` expectations; the end becomes `end:`.
    private func record(_ events: [EngineEvent]) {
        for event in events {
            switch event {
            case .say(let text, _): shown(text)
            case .prompt(let spec): prompt(spec)
            case .reprompt(let words, let spec): shown(words); prompt(spec)
            case .pause(_, let label, _): if let label { shown(label) }
            case .ended(let node): lines.append("end: \(node)")
            case .saved, .rating, .remember, .skill, .failed: break
            }
        }
    }

    private func prompt(_ spec: PromptSpec) {
        shown(spec.text)
        if case .choice(let labels) = spec.kind {
            for (index, label) in labels.enumerated() { shown("\(index + 1). \(label)") }
        }
    }

    private func shown(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.contains("\n") else { return }
        lines.append("= " + Self.escaped(trimmed))
    }

    /// A plan line reads `\x` as `x` and `#` after a space as a comment, so both are escaped.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "#", with: "\\#")
    }

    /// A value in plan notation: `7`, `true`, `null`, `"text"`, `[a, "b, c"]`.
    static func literal(_ value: Value) -> String {
        func quoted(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .string(let s): return escaped(quoted(s))
        case .list(let items): return "[" + items.map { escaped(quoted($0)) }.joined(separator: ", ") + "]"
        }
    }
}
