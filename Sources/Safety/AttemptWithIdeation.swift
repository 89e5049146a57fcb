/// Round 13: a described suicide attempt or preparatory act beside present suicidal ideation in one post.
///
/// The Columbia Suicide Severity Rating Scale (C-SSRS) counts actual, interrupted and aborted attempts and
/// preparatory acts as suicidal behaviour, and its screener triages behaviour together with present ideation as
/// high risk; so a post that tells such an act (even one the rules read as past: "I tried to kill myself, I was
/// in hospital for a week") and, in a sentence that is not itself told as past, says the person wants to die now
/// is `urgent`. The rules' own checks (negation, someone else, questions, figurative speech) have already run:
/// only matches whose rule contributed to the verdict count, and the ideation may not be a word of the attempt
/// ("tried to **kill myself**").
///
/// Round 20: preparation and plans count as acts under every id family the lexicon files them in (`suicide.prepare.`,
/// `suicide.plan.`, `suicide.prep-concern.`, and any id naming an attempt); and beside an attempt, "again" closing a
/// clause after an attempt verb ("I keep thinking about trying again", "I'll do it again"), in a clause with no
/// negation, no other person and nothing told as past, is present intent.
struct AttemptWithIdeation {
    /// Pseudo-rule id reported when the escalation applies.
    static let rule = "post.attempt-with-ideation"

    /// Rule-id prefixes that tell an act: an attempt (actual, interrupted or aborted), an overdose, pills taken,
    /// preparation (a noose, belongings, affairs put in order, doses looked up).
    private static let actPrefixes = [
        "suicide.history.", "suicide.attempt.", "suicide.act.", "suicide.frame.act", "suicide.prep.",
        "suicide.mixing.", "suicide.means.possession", "medical_emergency.overdose",
        "suicide.prepare.", "suicide.plan.", "suicide.prep-concern.", "suicide.past-weight.",
    ]

    /// Whether a rule id is one of those acts, or names an attempt ("suicide.concern.r19a-attempt-past").
    static func isAct(_ id: String) -> Bool {
        actPrefixes.contains { id.hasPrefix($0) } || isAttempt(id)
    }

    /// Whether a rule id tells an attempt (not a preparation): what "again" can point back to.
    static func isAttempt(_ id: String) -> Bool {
        guard id.hasPrefix("suicide.") || id.hasPrefix("medical_emergency.overdose"), !id.contains("third") else { return false }
        return id.hasPrefix("suicide.history.") || id.contains("attempt") || id.hasPrefix("medical_emergency.overdose")
    }

    /// Whether a rule id is the person's own ideation or stated intent (not someone else's, not hopelessness).
    static func isIdeation(_ id: String) -> Bool {
        guard id.hasPrefix("suicide."), !id.contains("third-person") else { return false }
        return id.contains(".ideation") || id.contains(".intent") || id.hasPrefix("suicide.pair.topic")
            || id.hasPrefix("suicide.intl.wish-gone")
    }

    let words: LineWords
    let matches: MatchList
    let rules: UnsafeBufferPointer<RuleFacts>

    /// Whether the line, whose verdict contributed `contributing` rule ids, tells an act and present ideation.
    func applies(contributing: [String]) -> Bool {
        // Every contributing id is a matched rule's (or a pseudo-rule's, never an act): without a matched act rule
        // (a flag of the rule book) the ids need no reading.
        guard matches.contains(where: { rules[Int($0.tag)].tellsAct }) else { return false }
        guard contributing.contains(where: Self.isAct) else { return false }
        if contributing.contains(where: Self.isAttempt), intendsAgain(contributing: contributing) { return true }
        guard contributing.contains(where: Self.isIdeation) else { return false }
        var acts: [PhraseMatcher.Match] = []
        var ideas: [PhraseMatcher.Match] = []
        var pasts: [PhraseMatcher.Match] = []
        for match in matches {
            let rule = rules[Int(match.tag)]
            if rule.effect == .past { pasts.append(match); continue }
            let id = rule.id
            guard contributing.contains(id) else { continue }
            if Self.isAct(id) { acts.append(match) } else if Self.isIdeation(id) { ideas.append(match) }
        }
        return ideas.contains { idea in
            !acts.contains { $0.overlaps(idea) } && !acts.isEmpty
                && !pasts.contains { sentence(of: $0.start) == sentence(of: idea.start) }
        }
    }

    /// Whether, beside a contributing attempt, a clause ends in an attempt verb and "again" ("trying again",
    /// "do it again") with no negation, no other person and nothing told as past in it, and outside the attempt's
    /// own words.
    private func intendsAgain(contributing: [String]) -> Bool {
        let vocabulary = words.vocabulary
        guard let again = vocabulary.id(of: "again") else { return false }
        let verbs = ["try", "trying", "attempt", "attempting"].compactMap { vocabulary.id(of: $0) }
        let doing = ["do", "doing"].compactMap { vocabulary.id(of: $0) }
        let it = vocabulary.id(of: "it")
        let ids = words.ids
        var attempts: [PhraseMatcher.Match] = []
        var pasts: [PhraseMatcher.Match] = []
        for match in matches {
            let rule = rules[Int(match.tag)]
            if rule.effect == .past { pasts.append(match) } else if contributing.contains(rule.id), Self.isAttempt(rule.id) { attempts.append(match) }
        }
        for index in 1..<max(1, ids.count) where ids[index] == again {
            guard index + 1 == ids.count || words.breaksClause(before: index + 1) else { continue }
            let before = ids[index - 1]
            let pointsBack = verbs.contains(before)
                || (index >= 2 && before == it && doing.contains(ids[index - 2]))
            guard pointsBack else { continue }
            let start = words.clauseStart(at: index)
            guard !attempts.contains(where: { $0.start <= index && index < $0.end }),
                  !pasts.contains(where: { $0.start >= start && $0.start <= index }),
                  !(start...index).contains(where: { words.flags($0).contains(.negator) || words.person(at: $0).map { $0 != .first } == true })
            else { continue }
            return true
        }
        return false
    }

    /// The index of the sentence holding word `index` (sentences end at `.` `!` `;` `?` or a line break).
    private func sentence(of index: Int) -> Int {
        var count = 0
        var position = 1
        while position <= index && position < words.punctuation.count {
            if !words.punctuation[position].intersection([.sentence, .question]).isEmpty { count += 1 }
            position += 1
        }
        return count
    }
}
