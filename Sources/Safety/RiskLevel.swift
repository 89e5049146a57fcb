/// How urgently a line of text needs a human response.
///
/// Levels are ordered: `none < check < concern < urgent`.
public enum RiskLevel: String, Sendable, Codable, Comparable, CaseIterable {
    /// Nothing in the text suggests risk (includes figurative speech and supporter questions).
    case none
    /// A possible risk that no rule confirms (the learned layer, or a weak rule, saw it): ask the person
    /// directly and kindly whether they are thinking about suicide or hurting themselves.
    case check
    /// Ideation, hopelessness, self-harm urges or an abuse disclosure without immediate danger.
    case concern
    /// Imminent risk or an act in progress: a plan, means, a time, a farewell, "took the pills".
    case urgent

    private var rank: Int {
        switch self {
        case .none: return 0
        case .check: return 1
        case .concern: return 2
        case .urgent: return 3
        }
    }

    /// Orders levels by severity.
    public static func < (lhs: RiskLevel, rhs: RiskLevel) -> Bool { lhs.rank < rhs.rank }

    /// Any level above `none` counts as a detection when a detector is scored.
    public var isDetection: Bool { self != .none }
}
