/// The frame layer of the router (round 10): an act of taking, a quantity and a medicine found in one clause,
/// a few words apart and in any order ("took **about** sixty of **my sister's** pills", "alle Schlaftabletten
/// meiner Mutter geschluckt"). Phrases had to list every word that may sit between the parts; classes found
/// within a clause window do not. Guarded like a word pair: not negated, not someone else's act, not addressed
/// to "you", and not in a clause that holds an exemption ("every tablet on time", "tous les jours").
extension LineReading {
    /// Most words between the act and the medicine ("took about sixty of my sister's pills": five).
    static let actGap = 6
    /// Most words between a quantity and the medicine after it ("sixty of my sister's pills": three).
    static let amountGap = 3
    /// Quantities that may also follow the medicine directly ("die Tabletten alle genommen").
    private static let trailingAmounts: Set<String> = ["all", "alle", "alles", "tous", "toutes", "todas", "todos"]

    /// The parts of every complete frame in the line: act, amount and medicine, in that order per frame.
    func frames(acts: [PhraseMatcher.Match], amounts: [PhraseMatcher.Match], medicines: [PhraseMatcher.Match],
                exempt: MatchList) -> [[PhraseMatcher.Match]] {
        guard !acts.isEmpty && !amounts.isEmpty && !medicines.isEmpty else { return [] }
        var found: [[PhraseMatcher.Match]] = []
        for act in acts where !isNegated(act) {
            for medicine in medicines where !medicine.overlaps(act) && medicine.gap(to: act) <= Self.actGap {
                guard let amount = amounts.first(where: { quantifies($0, medicine) && !$0.overlaps(act) }) else { continue }
                let parts = [act, amount, medicine]
                let span = parts.map(\.start).min()!..<parts.map(\.end).max()!
                guard unbrokenClause(span), let first = parts.min(by: { $0.start < $1.start }), !isNegated(first),
                      clauseIsFree(of: exempt, around: span), actsForThemselves(first, act) else { continue }
                found.append(parts)
                break
            }
        }
        return found
    }

    /// A quantity right before the medicine ("all my", "sixty of my sister's") with no joining word between
    /// ("loads of pictures and my meds" is two things), or "all" right after it with no pause ("my meds, all good").
    private func quantifies(_ amount: PhraseMatcher.Match, _ medicine: PhraseMatcher.Match) -> Bool {
        if amount.end <= medicine.start {
            return medicine.start - amount.end <= Self.amountGap
                && (amount.start + 1...medicine.start).allSatisfy { !words.pauses(before: $0) }
                && !(amount.end..<medicine.start).contains { words.flags($0).contains(.joiner) }
        }
        return amount.start == medicine.end && amount.end == amount.start + 1 && !words.pauses(before: amount.start)
            && Self.trailingAmounts.contains(words.vocabulary.word(words.ids[amount.start]))
    }

    /// No clause break inside `span`.
    private func unbrokenClause(_ span: Range<Int>) -> Bool {
        span.allSatisfy { $0 == span.lowerBound || !words.breaksClause(before: $0) }
    }

    /// No exemption in the clause the frame sits in ("I took all my tablets every day as prescribed" is a
    /// routine); an exemption beyond a comma or a full stop silences only its own clause ("this essay is going
    /// to kill me, anyway I took about sixty of my pills" stays urgent).
    func clauseIsFree<Matches: Sequence<PhraseMatcher.Match>>(of exempt: Matches, around span: Range<Int>) -> Bool {
        var start = span.lowerBound
        while start > 0 && !words.pauses(before: start) { start -= 1 }
        var end = span.upperBound
        while end < words.ids.count && !words.pauses(before: end) { end += 1 }
        return !exempt.contains { $0.start < end && start < $0.end }
    }

    /// The person typing is the one who acts: not addressed to "you", and no one else is the subject of the
    /// frame ("my dad took all his pills" has its own rule; "my nan took all her tablets" is not a frame).
    private func actsForThemselves(_ first: PhraseMatcher.Match, _ act: PhraseMatcher.Match) -> Bool {
        if person(of: first) == .second || person(of: act) == .second { return false }
        if actor(of: first) == .third { return false }
        if role == .supporter && person(of: first) != .first { return false }
        return !asksAboutSomeone(before: first)
    }

    /// Whether figurative speech silences the whole line for the learned layer: a plan label always does; an
    /// exemption only when every other rule word of the line sits in a clause it covers ("I'm dying to see the
    /// film this weekend"), not when a cue stands in a clause of its own ("this essay is going to kill me,
    /// anyway I'm swallowing every tablet I own tonight").
    func figurativeCoversLine() -> Bool {
        let exempt = matches.filter { rules[Int($0.tag)].effect == .exempt }
        if matches.contains(where: { rules[Int($0.tag)].effect == .readback }) { return true }
        guard !exempt.isEmpty else { return false }
        return matches.allSatisfy { match in
            let effect = rules[Int(match.tag)].effect
            return effect == .exempt || effect.isFramePart || !clauseIsFree(of: exempt, around: match.start..<match.end)
        }
    }
}
