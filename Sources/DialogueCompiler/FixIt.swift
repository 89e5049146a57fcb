/// A mechanical repair for a diagnostic: whole source lines replaced by new ones. `alongside lint --fix`
/// applies them; every edit of one file is computed against the same original text.
public struct FixIt: Sendable, Equatable, Codable {
    /// First replaced line (1-based).
    public let line: Int
    /// How many lines are replaced, from `line` on.
    public let count: Int
    /// The lines written in their place (without line ends).
    public let replacement: [String]

    /// Replaces `count` lines from `line` with `replacement`.
    public init(line: Int, count: Int = 1, replacement: [String]) {
        self.line = line
        self.count = count
        self.replacement = replacement
    }

    /// `text` with the fix-its applied (overlapping ones after the first are skipped); the number applied.
    public static func apply(_ fixes: [FixIt], to text: String) -> (text: String, applied: Int) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var applied = 0
        var lowestTouched = Int.max
        // From the bottom up, so earlier line numbers stay valid.
        for fix in fixes.sorted(by: { $0.line > $1.line }) {
            let end = fix.line - 1 + fix.count
            guard fix.line >= 1, fix.count >= 1, end <= lines.count, end <= lowestTouched - 1 else { continue }
            lines.replaceSubrange((fix.line - 1)..<end, with: fix.replacement)
            lowestTouched = fix.line
            applied += 1
        }
        return (lines.joined(separator: "\n"), applied)
    }
}
