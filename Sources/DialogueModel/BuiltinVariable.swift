/// Variables every script may read without declaring them; the shell supplies their values at run time.
public enum BuiltinVariable: String, Sendable, Equatable, Codable, CaseIterable {
    /// The main crisis line for the user's region (name and number).
    case helplineCrisis = "helpline.crisis"
    /// The name of the region's main crisis line (without its number).
    case helplineName = "helpline.name"
    /// The emergency number for the user's region.
    case helplineEmergency = "helpline.emergency"
    /// A text or chat line for the user's region.
    case helplineText = "helpline.text"
    /// The region code in use (ISO 3166 alpha-2, or `international`).
    case region
    /// Today's date as the shell formats it.
    case today
    /// How many sessions of this exercise the user has started, this one included.
    case sessionCount = "session.count"

    /// Every built-in name, as written in scripts.
    public static let names: Set<String> = Set(allCases.map(\.rawValue))
}
