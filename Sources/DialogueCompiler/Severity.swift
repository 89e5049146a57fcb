/// How serious a diagnostic is.
public enum Severity: String, Sendable, Equatable, Codable, CaseIterable {
    /// The script cannot be used.
    case error
    /// The script works but probably not as meant.
    case warning
    /// Extra information attached to another finding.
    case note
}
