import DialogueModel

/// What the compiler produced: a script when there were no errors, and every diagnostic found.
public struct CompileResult: Sendable {
    /// The compiled script; nil when any diagnostic is an error.
    public let script: DialogueScript?
    /// All findings, sorted by line then column.
    public let diagnostics: [Diagnostic]

    /// Everything that could be read, even with errors (broken links point nowhere); for drawing graphs.
    public let draft: DialogueScript?

    /// Creates a result.
    public init(script: DialogueScript?, diagnostics: [Diagnostic], draft: DialogueScript? = nil) {
        self.script = script
        self.diagnostics = diagnostics
        self.draft = draft ?? script
    }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The error diagnostics only.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    /// The warning diagnostics only.
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}
