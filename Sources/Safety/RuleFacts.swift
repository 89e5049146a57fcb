/// What the per-line reading decides with about one rule (its effect, level and category), as plain values,
/// so reading a match copies no reference-counted field; the rule's id is read from the rule itself, only
/// where a line reports or remembers it.
///
/// Made by a `RuleBook`, whose storage the `rule` pointer points into; valid while that book lives.
struct RuleFacts {
    /// What the rule does when it matches.
    let effect: SafetyRule.Effect
    /// The level the rule raises to.
    let level: RiskLevel
    /// The risk the rule is about.
    let category: RiskCategory
    /// Whether the rule's id names an act (`AttemptWithIdeation.isAct`), read once here rather than per line.
    let tellsAct: Bool
    private let rule: UnsafePointer<SafetyRule>

    fileprivate init(_ rule: UnsafePointer<SafetyRule>) {
        effect = rule.pointee.effect
        level = rule.pointee.level
        category = rule.pointee.category
        tellsAct = AttemptWithIdeation.isAct(rule.pointee.id)
        self.rule = rule
    }

    /// The rule's stable id.
    var id: String { rule.pointee.id }
}

/// A router's rules laid out for the per-line reading: one `RuleFacts` per rule, indexed by match tag.
///
/// Keeps its own copy of the rules (the facts point into it), allocated once when the router is made.
final class RuleBook: @unchecked Sendable {
    /// Facts of rule `tag`, in rule order (core rules, then extra rules).
    let facts: UnsafeBufferPointer<RuleFacts>
    private let rules: UnsafeMutableBufferPointer<SafetyRule>

    /// Lays out `rules` (in match-tag order).
    init(_ rules: [SafetyRule]) {
        let stored = UnsafeMutableBufferPointer<SafetyRule>.allocate(capacity: rules.count)
        _ = stored.initialize(from: rules)
        let facts = UnsafeMutableBufferPointer<RuleFacts>.allocate(capacity: rules.count)
        for index in 0..<rules.count {
            (facts.baseAddress! + index).initialize(to: RuleFacts(UnsafePointer(stored.baseAddress! + index)))
        }
        self.rules = stored
        self.facts = UnsafeBufferPointer(facts)
    }

    deinit {
        UnsafeMutableBufferPointer(mutating: facts).deallocate()
        rules.baseAddress?.deinitialize(count: rules.count)
        rules.deallocate()
    }
}
