import DialogueModel

/// One located finding about a script: a stable code, a severity and a message.
public struct Diagnostic: Sendable, Equatable, Codable {
    /// The stable code (raw value `AL0001`...).
    public let code: DiagnosticCode
    /// How serious the finding is.
    public let severity: Severity
    /// What is wrong, in plain words, with a hint when one helps.
    public let message: String
    /// Where the problem was found.
    public let location: SourceLocation
    /// A mechanical repair `alongside lint --fix` can apply, when there is one.
    public let fix: FixIt?

    /// Creates a diagnostic; the severity defaults to the code's usual severity.
    public init(code: DiagnosticCode, severity: Severity? = nil, message: String, location: SourceLocation,
                fix: FixIt? = nil) {
        self.code = code
        self.severity = severity ?? code.defaultSeverity
        self.message = message
        self.location = location
        self.fix = fix
    }

    /// `file:line:col: error: AL0003 message`, the form printed by `alongside lint`.
    public var formatted: String {
        "\(location.file):\(location.line):\(location.column): \(severity.rawValue): \(code.rawValue) \(message)"
    }
}
