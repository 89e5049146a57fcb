import DialogueModel
import DialogueRuntime

/// How far the answers given so far still fit a new version of a script (`run --watch`): each answer must
/// arrive at a question and be accepted there. Pure.
public struct ReplayFit: Equatable, Sendable {
    /// The leading answers that fit, in order.
    public let fitting: [String]
    /// Why the next answer does not fit, in plain words; nil when they all do.
    public let problem: String?

    /// A fit as given (for comparisons).
    public init(fitting: [String], problem: String?) {
        self.fitting = fitting
        self.problem = problem
    }

    /// Replays `answers` into `engine` from its start.
    public init(_ answers: [String], engine: DialogueEngine) {
        var state = engine.start().state
        for (index, answer) in answers.enumerated() {
            let number = "answer \(index + 1) (\"\(Self.short(answer))\")"
            guard !state.finished, let prompt = state.awaiting else {
                fitting = Array(answers[..<index])
                problem = "the new version ends before \(number)"
                return
            }
            let step = engine.receive(answer, in: state)
            if step.events.contains(where: { if case .reprompt = $0 { return true } else { return false } }) {
                fitting = Array(answers[..<index])
                problem = "\(number) no longer fits the question at '\(prompt.node)'"
                return
            }
            state = step.state
        }
        fitting = answers
        problem = nil
    }

    /// The answer shortened for a message.
    public static func short(_ text: String) -> String {
        text.count > 30 ? String(text.prefix(29)) + "…" : text
    }
}
