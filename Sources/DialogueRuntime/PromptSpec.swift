/// A question the engine is waiting on: where it was asked, its text and the kind of answer it accepts.
public struct PromptSpec: Sendable, Equatable, Codable {
    /// The node asking.
    public var node: String
    /// The rendered question; may be "" (e.g. a role-play turn where the persona's words are the prompt).
    public var text: String
    /// What counts as an answer.
    public var kind: PromptKind

    /// Creates a prompt.
    public init(node: String, text: String, kind: PromptKind) {
        self.node = node
        self.text = text
        self.kind = kind
    }

    /// A short hint the shell may show after the question, e.g. "(0-10)" or "(yes/no)"; "" when none fits.
    public var hint: String { kind.hint }
}
