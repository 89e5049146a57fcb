/// How urgently a line of text needs a human response.
///
/// Levels are ordered: `none < concern < urgent`.
public enum RiskLevel: String, Sendable, Codable, Comparable, CaseIterable {
    /// Nothing in the text suggests risk (includes figurative speech and supporter questions).
    case none
    /// Ideation, hopelessness, self-harm urges or an abuse disclosure without immediate danger.
    case concern
    /// Imminent risk or an act in progress: a plan, means, a time, a farewell, "took the pills".
    case urgent

    private var rank: Int {
        switch self {
        case .none: return 0
        case .concern: return 1
        case .urgent: return 2
        }
    }

    /// Orders levels by severity.
    public static func < (lhs: RiskLevel, rhs: RiskLevel) -> Bool { lhs.rank < rhs.rank }
}
