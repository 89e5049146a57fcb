#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The rules' structure as a router image stores it (`RouterImage.Section.ruleFacts`): one line per rule,
/// `id<TAB>category<TAB>level<TAB>line`, the level written as in the lexicon. A router with a current embedded image
/// reads its core rules from here, in place: no lexicon text, no phrase or example strings at start.
enum RuleFactsSection {
    /// The section's bytes for `rules`.
    static func bytes(_ rules: [SafetyRule]) -> [UInt8] {
        var out: [UInt8] = []
        for rule in rules {
            let fields = [rule.id, rule.category.rawValue, SafetyLexicon.levelWord(rule.level, rule.effect), String(rule.line)]
            out.append(contentsOf: fields.joined(separator: "\t").utf8)
            out.append(10)
        }
        return out
    }

    /// The rules in `section` (without phrases or examples), from `origin`; nil when a line is not one `bytes` writes.
    static func rules(_ section: UnsafeBufferPointer<UInt8>, origin: String) -> [SafetyRule]? {
        guard let base = section.baseAddress else { return [] }
        var rules: [SafetyRule] = []
        var start = 0
        while start < section.count {
            let end = memchr(base + start, 10, section.count - start)
                .map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? section.count
            let fields = UnsafeBufferPointer(rebasing: section[start..<end]).split(separator: 9, omittingEmptySubsequences: false)
                .map { String(decoding: $0, as: UTF8.self) }
            start = end + 1
            guard fields.count == 4, let category = RiskCategory(rawValue: fields[1]),
                  let meaning = SafetyLexicon.levelAndEffect(fields[2]), let line = Int(fields[3]) else { return nil }
            rules.append(SafetyRule(id: fields[0], category: category, level: meaning.0, effect: meaning.1, phrases: [],
                                    origin: origin, line: line))
        }
        return rules
    }
}
