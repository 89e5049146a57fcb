import DialogueModel
import DialogueRuntime
import Safety

/// `alongside test --crisis-fuzz`: at every free-text prompt a script can reach, types disguised crisis
/// phrases through the same `SafetyGate` the session uses, and checks the region's help line is shown.
/// In a safety plan, where entries talk about hard things on purpose, only phrases the router rates
/// urgent must interrupt (see docs/safety.md).
public enum CrisisFuzz {
    /// The phrases typed at every free-text prompt: `CrisisPhrases` (152 phrases across every category and
    /// level, direct, indirect, means-only, obfuscated and in four languages).
    public static var phrases: [String] { CrisisPhrases.all.map(\.text) }

    /// Whether a phrase must get help for this role: in a safety plan only urgent readings interrupt;
    /// otherwise every phrase the router flags for the role (the check question shows the help line too).
    static func mustGetHelp(_ phrase: String, role: InputRole, router: SafetyRouter) -> Bool {
        let level = router.assess(phrase, role: role).level
        return role == .safetyPlanEntry ? level == .urgent : level != .none
    }

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
        let candidates = CrisisPhrases.all.filter { mustGetHelp($0.text, role: role, router: router) }
        var queue: [EngineState] = [engine.start().state]
        var explored = 0
        while !queue.isEmpty, explored < Self.exploreLimit {
            let state = queue.removeFirst()
            explored += 1
            guard !state.finished, let prompt = state.awaiting, seenPrompts.insert(prompt.node).inserted else { continue }
            if PromptAnswers.isFreeText(prompt.kind) {
                outcome.prompts.append(prompt.node)
                for phrase in candidates {
                    var gate = SafetyGate(router: router, role: role, help: help)
                    let decision = gate.check(phrase.text)
                    let shown = decision?.lines.joined(separator: "\n") ?? ""
                    // A medical emergency's help is the emergency number first (a directory comes later).
                    let medical = decision?.assessment.categories.contains(.medicalEmergency) ?? false
                    let helped = shown.contains(number) || (medical && shown.contains(help.emergencyInWords))
                    if !helped { missed[phrase.text, default: []].append(prompt.node) }
                }
            }
            for answer in PromptAnswers.all(for: prompt.kind) {
                queue.append(engine.receive(answer, in: state).state)
            }
        }
        for phrase in candidates.map(\.text) {
            guard let nodes = missed[phrase] else { continue }
            outcome.failures.append("\(script.origin): typing \"\(phrase)\" showed no help line (\(number)) at "
                                    + "\(nodes.count) of \(outcome.prompts.count) prompts: \(nodes.joined(separator: ", "))")
        }
        return outcome
    }
}
