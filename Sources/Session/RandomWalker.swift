import DialogueModel
import DialogueRuntime

/// `alongside test --random N`: walks a script N times with random valid answers, failing on a run-time
/// failure, a walk longer than the step bound, or a state where the conversation cannot go on.
public struct RandomWalker {
    /// Most answers in one walk before it counts as endless.
    public static let answerLimit = 500

    public let script: DialogueScript
    public let environment: EngineEnvironment

    /// A walker over one script.
    public init(script: DialogueScript, environment: EngineEnvironment) {
        self.script = script
        self.environment = environment
    }

    /// One message per failed walk (with the answers that led there, to replay by hand).
    public func run(walks: Int, seed: UInt64) -> [String] {
        var failures: [String] = []
        var random = SplitMix64(seed: seed)
        for walk in 0..<walks {
            var environment = environment
            environment.seed = random.next()
            let engine = DialogueEngine(script: script, environment: environment)
            var (state, events) = engine.start()
            var answers: [String] = []
            func fail(_ why: String) {
                let typed = answers.suffix(12).map { "> \($0)" }.joined(separator: "\n    ")
                failures.append("\(script.origin): walk \(walk + 1) (seed \(seed)): \(why)\n  last answers:\n    \(typed)")
            }
            while true {
                if let failure = events.compactMap({ if case .failed(let f) = $0 { return f } else { return nil } }).first {
                    fail("the script failed at run time: \(failure)"); break
                }
                if state.finished { break }
                guard let prompt = state.awaiting else {
                    fail("stuck at '\(state.node)': not finished and not waiting for an answer"); break
                }
                if answers.count >= Self.answerLimit {
                    fail("no end after \(Self.answerLimit) answers (last at '\(prompt.node)')"); break
                }
                let answer = PromptAnswers.random(for: prompt.kind, &random)
                answers.append(answer)
                (state, events) = engine.receive(answer, in: state)
                if events.contains(where: { if case .reprompt = $0 { return true } else { return false } }) {
                    fail("stuck at '\(prompt.node)': the valid answer \"\(answer)\" was not accepted"); break
                }
            }
        }
        return failures
    }
}
