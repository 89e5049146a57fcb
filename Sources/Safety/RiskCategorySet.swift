/// A set of risk categories kept as bits: what a line's reading collects, with no hashing and no allocation.
struct RiskCategorySet {
    private var bits: UInt8 = 0

    /// A set holding `categories`.
    init<Categories: Sequence>(_ categories: Categories) where Categories.Element == RiskCategory {
        for category in categories { insert(category) }
    }

    /// Adds `category`.
    mutating func insert(_ category: RiskCategory) { bits |= RiskCategorySet.bit(category) }

    /// Whether `category` is in the set.
    func contains(_ category: RiskCategory) -> Bool { bits & RiskCategorySet.bit(category) != 0 }

    private static func bit(_ category: RiskCategory) -> UInt8 {
        switch category {
        case .suicide: return 1
        case .selfHarm: return 2
        case .harmToOthers: return 4
        case .abuseOrViolence: return 8
        case .medicalEmergency: return 16
        }
    }
}
