/// The second, cheaper layer of the router: a death word (`topic`) and a desire, intent or ability word
/// (`wish`) close together in one clause that has a first-person word ("death is what I want",
/// "I keep picturing myself dead"). Catches word orders no phrase spells out; guarded by the same
/// exemption, negation and person checks as phrases.
extension LineReading {
    /// Most words allowed between the two halves of a pair.
    static let pairGap = 4

    /// Each topic match that pairs with a wish, with the wish it paired with.
    func pairs(topics: MatchList, wishes: MatchList, exempt: MatchList) -> [(topic: PhraseMatcher.Match, wish: PhraseMatcher.Match)] {
        guard !topics.isEmpty && !wishes.isEmpty else { return [] }
        func usable(_ m: PhraseMatcher.Match) -> Bool {
            if exempt.contains(where: { $0.start < m.end && m.start < $0.end }) { return false }
            if isNegated(m) { return false }
            let who = person(of: m)
            return who == .first || who == .unknown
        }
        var found: [(topic: PhraseMatcher.Match, wish: PhraseMatcher.Match)] = []
        for topic in topics where usable(topic) {
            for wish in wishes where usable(wish) && close(topic, wish) && hasSpeaker(around: topic, wish) {
                found.append((topic, wish))
                break
            }
        }
        return found
    }

    /// Apart, at most `pairGap` words between them, and no clause break between them.
    private func close(_ a: PhraseMatcher.Match, _ b: PhraseMatcher.Match) -> Bool {
        let (first, second) = a.start < b.start ? (a, b) : (b, a)
        guard first.end <= second.start, second.start - first.end <= Self.pairGap else { return false }
        for index in first.end...second.start where index < words.punctuation.count {
            if !words.punctuation[index].intersection(.clauseEnd).isEmpty { return false }
        }
        return true
    }

    /// A first-person word in the clause holding both matches, and no "you", "he" or "they" between them.
    private func hasSpeaker(around a: PhraseMatcher.Match, _ b: PhraseMatcher.Match) -> Bool {
        let start = min(a.start, b.start)
        let end = max(a.end, b.end)
        for index in min(a.end, b.end)..<max(a.start, b.start) where index < words.ids.count {
            if let who = words.person(at: index), who != .first { return false }
        }
        return (words.clauseStart(at: start)..<words.clauseEnd(after: end)).contains { words.person(at: $0) == .first }
    }
}
