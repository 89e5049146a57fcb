/// Where a region's emergency number was checked, when, and what the check found.
///
/// For maintainers and `alongside helplines --format json` only; a person in distress never reads it.
public struct EmergencyCheck: Sendable, Equatable {
    /// The address checked (an official page when one was found), or `nil` when not checked yet.
    public let source: String?
    /// The date of the checked page when it shows one, else the day of the check (YYYY-MM-DD); `nil` when not checked.
    public let checked: String?
    /// `verified` only when an official page showed every number in the entry.
    public let status: HelpLine.Status
    /// What the check found, or why the number is not verified.
    public let note: String

    /// Creates a check record.
    public init(source: String?, checked: String?, status: HelpLine.Status, note: String) {
        self.source = source
        self.checked = checked
        self.status = status
        self.note = note
    }

    /// The record for a number nobody has checked against an official page yet.
    public static let notChecked = EmergencyCheck(
        source: nil, checked: nil, status: .unverified, note: "Not yet checked against an official page.")
}
