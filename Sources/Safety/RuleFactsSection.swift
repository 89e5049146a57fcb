/// The rules' structure as a router image stores it (`RouterImage.Section.ruleFacts`): one line per rule,
/// `id<TAB>category<TAB>level<TAB>effect<TAB>line`. A router with a current embedded image reads its core rules from
/// here, in place: no lexicon text, no phrase or example strings at start.
enum RuleFactsSection {
    /// The section's bytes for `rules`.
    static func bytes(_ rules: [SafetyRule]) -> [UInt8] {
        var out: [UInt8] = []
        for rule in rules {
            let fields = [rule.id, rule.category.rawValue, rule.level.rawValue, rule.effect.rawValue, String(rule.line)]
            out.append(contentsOf: fields.joined(separator: "\t").utf8)
            out.append(10)
        }
        return out
    }

    /// The rules in `section` (without phrases or examples), from `origin`; nil when a line is not one `bytes` writes.
    static func rules(_ section: UnsafeBufferPointer<UInt8>, origin: String) -> [SafetyRule]? {
        var rules: [SafetyRule] = []
        for line in section.split(separator: 10) {
            let fields = line.split(separator: 9, omittingEmptySubsequences: false)
                .map { String(decoding: UnsafeBufferPointer(rebasing: $0), as: UTF8.self) }
            guard fields.count == 5, let category = RiskCategory(rawValue: fields[1]), let level = RiskLevel(rawValue: fields[2]),
                  let effect = SafetyRule.Effect(rawValue: fields[3]), let number = Int(fields[4]) else { return nil }
            rules.append(SafetyRule(id: fields[0], category: category, level: level, effect: effect, phrases: [],
                                    origin: origin, line: number))
        }
        return rules
    }
}
