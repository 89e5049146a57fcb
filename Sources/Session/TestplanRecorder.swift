import DialogueModel
import DialogueRuntime

/// `alongside run PATH --record FILE`: what was typed and shown, as a testplan, so a manual try becomes a
/// regression test. Built-ins, recalled facts, the seed and classified skills are pinned so the plan replays
/// exactly. When the session ends the text goes to `save` once (the shell writes the file).
public final class TestplanRecorder: SessionObserver {
    /// The script's file name, for the header comment.
    public let scriptName: String
    /// The plan lines after the header, so far.
    public private(set) var lines: [String] = []
    private var header: [String] = []
    private var written = false
    private let save: (_ text: String, _ answers: Int) -> Void

    /// A recorder handing the finished plan text and its number of answers to `save`.
    public init(scriptName: String, save: @escaping (_ text: String, _ answers: Int) -> Void) {
        self.scriptName = scriptName
        self.save = save
    }

    /// The whole plan so far.
    public var text: String { (header + lines).joined(separator: "\n") + "\n" }

    public func started(engine: DialogueEngine, state: EngineState, events: [EngineEvent], recalled: [String: Value], entered: [String]) {
        header = ["# \(scriptName): recorded with `alongside run --record`; edit freely, then `alongside test`.",
                  "seed: \(engine.environment.seed)"]
        for (name, value) in engine.environment.builtins.sorted(by: { $0.key < $1.key }) {
            header.append("builtin \(name) = \(Self.literal(value))")
        }
        for (name, value) in recalled.sorted(by: { $0.key < $1.key }) { header.append("recall \(name) = \(Self.literal(value))") }
        record(events)
    }

    public func answered(_ input: String, engine: DialogueEngine, before: EngineState, after: EngineState, events: [EngineEvent], entered: [String]) {
        for case .skill(let name, _, _, _) in events { lines.append("skill: \(name)") }
        lines.append(input.isEmpty ? ">" : "> " + Self.escaped(input))
        record(events)
    }

    public func finished() {
        guard !written else { return }
        written = true
        save(text, lines.filter { $0.hasPrefix(">") }.count)
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
    public static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "#", with: "\\#")
    }

    /// A value in plan notation: `7`, `true`, `null`, `"text"`, `[a, "b, c"]`.
    public static func literal(_ value: Value) -> String {
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
