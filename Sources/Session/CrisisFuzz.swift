import DialogueModel
import DialogueRuntime
import Safety

/// `alongside test --crisis-fuzz`: at every free-text prompt a script can reach, types disguised crisis
/// phrases through the same `SafetyGate` the session uses, and checks the region's help line is shown.
/// In a safety plan, where entries talk about hard things on purpose, only phrases the router rates
/// urgent must interrupt (see docs/safety.md).
public enum CrisisFuzz {
    /// Disguised ways people write about wanting to die (leetspeak, spacing, slang, other languages).
    public static let phrases = [
        "i w4nt to d1e",
        "k i l l myself tonight",
        "kms fr",
        "im going to end it all",
        "je veux mourir",
        "quiero morir",
        "im g0nna k1ll myself tonight",
        "i just took all my pills",
    ]
    /// Most prompt states explored per script.
    public static let exploreLimit = 400

    /// What the fuzz found: prompts tried and one message per phrase that got no help lines.
    public struct Outcome {
        public var prompts: [String] = []
        public var failures: [String] = []
    }

    /// Explores the script's prompts (trying every choice and both yes and no), fuzzing each free-text
    /// prompt node once, on the first way that reaches it.
    public static func run(script: DialogueScript, router: SafetyRouter, help: RegionHelp, environment: EngineEnvironment) -> Outcome {
        var outcome = Outcome()
        let engine = DialogueEngine(script: script, environment: environment)
        let role = SafetyGate.role(for: script.kind)
        let number = help.primaryLine?.phone ?? help.primaryLine?.contact ?? help.emergencyInWords
        var seenPrompts = Set<String>()
        var missed: [String: [String]] = [:]   // phrase -> prompt nodes where no help line was shown
        var queue: [EngineState] = [engine.start().state]
        var explored = 0
        while !queue.isEmpty, explored < Self.exploreLimit {
            let state = queue.removeFirst()
            explored += 1
            guard !state.finished, let prompt = state.awaiting, seenPrompts.insert(prompt.node).inserted else { continue }
            if PromptAnswers.isFreeText(prompt.kind) {
                outcome.prompts.append(prompt.node)
                for phrase in Self.phrases where role != .safetyPlanEntry || router.assess(phrase).level == .urgent {
                    var gate = SafetyGate(router: router, role: role, help: help)
                    let shown = gate.check(phrase)?.lines.joined(separator: "\n") ?? ""
                    if !shown.contains(number) { missed[phrase, default: []].append(prompt.node) }
                }
            }
            for answer in PromptAnswers.all(for: prompt.kind) {
                queue.append(engine.receive(answer, in: state).state)
            }
        }
        for phrase in Self.phrases {
            guard let nodes = missed[phrase] else { continue }
            outcome.failures.append("\(script.origin): typing \"\(phrase)\" showed no help line (\(number)) at "
                                    + "\(nodes.count) of \(outcome.prompts.count) prompts: \(nodes.joined(separator: ", "))")
        }
        return outcome
    }
}
