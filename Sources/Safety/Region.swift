/// A country or territory the app knows an emergency number for.
public struct Region: Sendable, Equatable {
    /// ISO 3166-1 alpha-2 code, uppercased, e.g. "GB".
    public let code: String
    /// English name, e.g. "United Kingdom".
    public let name: String
    /// The emergency number(s) as a person would dial them, e.g. "999" or "112 or 999".
    public let emergency: String
    /// Where and when `emergency` was checked; never shown to a person in distress.
    public let check: EmergencyCheck

    /// Creates a region entry.
    public init(code: String, name: String, emergency: String, check: EmergencyCheck = .notChecked) {
        self.code = code
        self.name = name
        self.emergency = emergency
        self.check = check
    }
}
