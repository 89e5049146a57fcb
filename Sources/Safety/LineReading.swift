/// Decides what the phrase matches of one line mean: drops figurative, negated and
/// second-person matches, applies the role, and escalates intents and concern with cues.
struct LineReading {
    /// Who a phrase is about, judged from the nearest pronoun.
    enum Person { case first, second, third, unknown }

    let words: LineWords
    let matches: MatchList
    /// The router's rules by match tag, as plain facts (`RuleBook`): reading them copies no reference-counted field.
    let rules: UnsafeBufferPointer<RuleFacts>
    let role: InputRole

    /// The assessment and what the conversation window should remember.
    func verdict(text: String, window: ConversationWindow?) -> (SafetyAssessment, ConversationWindow.Turn) {
        // Locals, so the closures below capture plain values, not a copy of the whole reading (its word arrays
        // and match list would be retained and released with every copy).
        let rules = self.rules
        let punctuation = words.punctuation
        var planEntry = role == .safetyPlanEntry
        var exempt = MatchList()
        var pasts = MatchList()
        var scenes = MatchList()
        var trips = MatchList()
        var topics = MatchList()
        var wishes = MatchList()
        var acts: [PhraseMatcher.Match] = []
        var amounts: [PhraseMatcher.Match] = []
        var medicines: [PhraseMatcher.Match] = []
        for position in 0..<matches.count {
            let match = matches[position]
            let rule = rules[Int(match.tag)]
            switch rule.effect {
            case .exempt:
                exempt.append(match)
            case .readback:
                if isLabel(match) { planEntry = true }
            case .past:
                pasts.append(match)
            case .scene:
                scenes.append(match)
            case .trip:
                trips.append(match)
            case .topic:
                topics.append(match)
            case .wish:
                wishes.append(match)
            case .act:
                acts.append(match)
            case .amount:
                amounts.append(match)
            case .medicine:
                medicines.append(match)
            case .raise, .intent, .place, .farewell, .means, .time, .clock:
                break
            }
        }
        var raised = MatchList()
        var means = MatchList()
        var times = MatchList()
        for position in 0..<matches.count {
            let match = matches[position]
            let rule = rules[Int(match.tag)]
            guard rule.effect.raises || rule.effect.isCue else { continue }
            // An everyday scene ("watching the sunset") explains a place in its own sentence, not a later one.
            if rule.effect == .place && scenes.contains(where: { LineReading.inOneSentence($0, match, punctuation) }) { continue }
            // A concrete departure ("off to Spain tomorrow") explains a goodbye beside it, not one far away in a long post.
            if rule.effect == .farewell && trips.contains(where: { LineReading.near($0, match, punctuation) }) { continue }
            if exempt.contains(where: { $0.start < match.end && match.start < $0.end }) { continue }
            if isNegated(match) { continue }
            let person = person(of: match)
            if person == .second { continue }
            if person != .first && asksAboutSomeone(before: match) { continue }
            // A supporter's words about someone else are practice, not risk; words with no person
            // ("kms", "quiero morir") are read as the trainee's own.
            if role == .supporter && person == .third { continue }
            switch rule.effect {
            case .raise, .intent, .place, .farewell: raised.append(match)
            case .means: means.append(match)
            default: times.append(match)
            }
        }

        // The word-pair layer only speaks when no phrase did ("death is what I want").
        var pairedWishes = MatchList()
        if raised.isEmpty && !topics.isEmpty && !wishes.isEmpty {
            for pair in pairs(topics: topics, wishes: wishes, exempt: exempt) {
                raised.append(pair.topic)
                pairedWishes.append(pair.wish)
            }
        }

        // The frame layer: an act of taking, a quantity and a medicine in one clause ("took about sixty of my
        // sister's pills"); the act carries the level (urgent when done, an intent when planned), the other parts
        // are reported with it.
        var frameParts: [PhraseMatcher.Match] = []
        let frames = frames(acts: acts, amounts: amounts, medicines: medicines, exempt: exempt)
        for frame in frames where !raised.contains(where: { $0 == frame[0] }) {
            raised.append(frame[0])
            frameParts += frame.dropFirst()
        }

        // An urgent act told as past ("I overdosed last year") is concern; cues below can still escalate. The past
        // marker speaks for its own sentence: "I tried in March. Tonight I've taken everything" is urgent.
        let told = !pasts.isEmpty
        var level = RiskLevel.none
        for position in 0..<raised.count {
            let match = raised[position]
            let toldAsPast = told && pasts.contains(where: { LineReading.inOneSentence($0, match, punctuation) })
            let raisedTo = toldAsPast ? min(rules[Int(match.tag)].level, .concern) : rules[Int(match.tag)].level
            if raisedTo > level { level = raisedTo }
        }
        var contributing = pairedWishes.isEmpty ? raised : raised + pairedWishes
        for part in frameParts { contributing.append(part) }
        var extraRules: [String] = []
        var extraCategories: [RiskCategory] = []
        let intents = raised.filter { match in
            let rule = rules[Int(match.tag)]
            return rule.effect == .intent || (rule.effect == .act && rule.level < .urgent)
        }
        let concerns = raised.filter { LineReading.isMeansSensitive(rules[Int($0.tag)]) }
        // A stated time next to suicidal ideation ("I want to die tonight") is urgent, unless the time is
        // part of the wish itself ("I don't want to wake up tomorrow") or the line tells the past.
        let ideation = raised.filter { match in
            let rule = rules[Int(match.tag)]
            return rule.category == .suicide && (rule.effect == .raise || rule.effect == .topic)
        }
        // A planned frame's own medicine is not a second cue ("going to swallow thirty of my tablets" is an intent,
        // urgent only with a time or another means).
        func ownPart(_ cue: PhraseMatcher.Match, of intent: PhraseMatcher.Match) -> Bool {
            frames.contains { $0[0] == intent && $0.contains { $0.overlaps(cue) } }
        }
        // Without a raised match or a cue none can be useful: skip building the list of both.
        let usefulCues = raised.isEmpty || (means.isEmpty && times.isEmpty) ? MatchList() : (means + times).filter { cue in
            let effect = rules[Int(cue.tag)].effect
            return intents.contains { !$0.overlaps(cue) && !ownPart(cue, of: $0) }
                || (effect == .means && concerns.contains { !$0.overlaps(cue) })
                || (effect == .clock && !told && ideation.contains { !$0.overlaps(cue) && (cue.start >= $0.end || LineReading.unbroken(cue, $0, punctuation)) }
                    && !raised.contains { $0.overlaps(cue) })
        }
        if !usefulCues.isEmpty {
            level = .urgent
            contributing += usefulCues
        }
        if let window, level < .urgent {
            if (!intents.isEmpty && (window.hasRecentMeans || window.hasRecentTime)) || (!concerns.isEmpty && window.hasRecentMeans) {
                level = .urgent
                extraRules.append(SafetyRouter.recentCueRule)
            } else if (!means.isEmpty && window.hasRecentConcern) || (!times.isEmpty && window.hasRecentIntent) {
                level = .urgent
                contributing += means + times
                extraRules.append(SafetyRouter.recentConcernRule)
                extraCategories = window.recentConcernCategories
            }
        }

        // A safety-plan entry (or a line read back under a plan label) talks about hard things on purpose:
        // only an urgent reading (intent with a time or means, an act under way) is surfaced, and nothing
        // below that is remembered as context for the next line.
        if planEntry && level < .urgent {
            let quiet = ConversationWindow.Turn(concernRules: [], intentRules: [], meansRules: [], timeRules: [], categories: [])
            return (SafetyAssessment(level: .none, categories: [], rules: [], text: text), quiet)
        }

        // Rule ids and categories are reported only above none: a line read as none builds neither.
        var ids: [String] = []
        var categories: [RiskCategory] = []
        if level != .none {
            contributing.sort { ($0.start, $0.tag) < ($1.start, $1.tag) }
            var categorySet = RiskCategorySet(extraCategories)
            for position in 0..<contributing.count {
                let match = contributing[position]
                let rule = rules[Int(match.tag)]
                if !ids.contains(rule.id) { ids.append(rule.id) }
                categorySet.insert(rule.category)
            }
            ids += extraRules
            categories = RiskCategory.allCases.filter { categorySet.contains($0) }
        }
        func idsOf(_ list: MatchList) -> [String] { list.map { rules[Int($0.tag)].id } }
        // Only a conversation (a window) remembers the turn; a line assessed on its own skips building it.
        let turn = window == nil ? ConversationWindow.Turn() : ConversationWindow.Turn(
            concernRules: idsOf(concerns), intentRules: idsOf(intents), meansRules: idsOf(means), timeRules: idsOf(times),
            categories: RiskCategory.allCases.filter { c in (concerns + intents).contains { rules[Int($0.tag)].category == c } })
        let assessment = SafetyAssessment(level: level, categories: categories, rules: ids, text: text)
        return (assessment, turn)
    }

    /// No punctuation between two matches ("tonight I want to die", not "exam tomorrow, kill me now").
    private static func unbroken(_ a: PhraseMatcher.Match, _ b: PhraseMatcher.Match, _ punctuation: WordColumn<Punctuation>) -> Bool {
        noMark(Punctuation(rawValue: .max), between: a, b, punctuation)
    }

    /// No sentence end or question mark between two matches (commas and other clause marks allowed).
    private static func inOneSentence(_ a: PhraseMatcher.Match, _ b: PhraseMatcher.Match, _ punctuation: WordColumn<Punctuation>) -> Bool {
        noMark([.sentence, .question], between: a, b, punctuation)
    }

    /// In one sentence, or within a few words across a sentence end ("Off to Spain tomorrow! Bye all").
    private static func near(_ a: PhraseMatcher.Match, _ b: PhraseMatcher.Match, _ punctuation: WordColumn<Punctuation>) -> Bool {
        let gap = a.start < b.start ? b.start - a.end : a.start - b.end
        return gap <= 12 || inOneSentence(a, b, punctuation)
    }

    /// None of `marks` between the end of the earlier match and the start of the later one.
    private static func noMark(_ marks: Punctuation, between a: PhraseMatcher.Match, _ b: PhraseMatcher.Match,
                               _ punctuation: WordColumn<Punctuation>) -> Bool {
        let (first, second) = a.start < b.start ? (a, b) : (b, a)
        return (first.end..<max(first.end, second.start + 1)).allSatisfy {
            $0 >= punctuation.count || punctuation[$0].intersection(marks).isEmpty
        }
    }

    /// Suicide or self-harm concern, which a means cue (pills, a blade) makes urgent.
    private static func isMeansSensitive(_ rule: RuleFacts) -> Bool {
        (rule.effect.raises || rule.effect == .topic) && (rule.category == .suicide || rule.category == .selfHarm)
    }

    /// A plan label at the very start of the line followed by `:`, directly ("warning signs:") or after
    /// a few more words of the label ("things that help when I feel low:").
    private func isLabel(_ match: PhraseMatcher.Match) -> Bool {
        let startsLine = match.start == 0 || (match.start == 1 && words.vocabulary.word(words.ids[0]).hasPrefix("#"))
        guard startsLine else { return false }
        var index = match.end - 1
        while index < words.ids.count && index < match.end + 8 {
            let after = words.punctuation(after: index)
            if after.contains(.colon) { return true }
            if !after.intersection([.sentence, .question]).isEmpty { return false }
            index += 1
        }
        return false
    }

    /// A phrase about someone unnamed in a question or a hypothesis: "what to do if someone tells them they
    /// want to die", "how do you help someone who says ...?". Needs a generic word ("someone", "people")
    /// earlier in the sentence, and an "if"/"how"/"what" before it or a question mark ending the line.
    func asksAboutSomeone(before match: PhraseMatcher.Match) -> Bool {
        var generic = false
        var hypothetical = false
        var aboutThem = false
        var index = match.start - 1
        while index >= 0 {
            if !words.punctuation[index + 1].intersection([.sentence, .question]).isEmpty { break }
            let flags = words.flags(index)
            if flags.contains(.thirdPerson) { aboutThem = true }
            if flags.contains(.firstPerson) && !generic && !aboutThem { return false }
            if flags.contains(.generic) { generic = true }
            if flags.contains(.hypothetical) { hypothetical = true }
            index -= 1
        }
        return generic && (hypothetical || words.trailing.contains(.question))
    }

    /// "not", "never", "don't" just before the phrase, possibly across a few filler words.
    func isNegated(_ match: PhraseMatcher.Match) -> Bool {
        var index = match.start - 1
        var steps = 0
        while index >= 0 && steps <= 4 {
            if !words.punctuation[index + 1].isEmpty { return false }
            let flags = words.flags(index)
            if flags.contains(.negator) { return true }
            if flags.contains(.adjacentNegator) { return steps == 0 || deniesIntent(after: index) }
            if !flags.contains(.filler) { return false }
            index -= 1
            steps += 1
        }
        return false
    }

    /// "no thoughts of", "no plans to", "no intention of": an English "no" that denies what follows.
    private func deniesIntent(after index: Int) -> Bool {
        guard index + 1 < words.ids.count else { return false }
        return LineReading.deniedNouns.contains(words.vocabulary.word(words.ids[index + 1]))
    }

    private static let deniedNouns: Set<String> = ["thoughts", "plans", "plan", "intention", "urge", "urges"]

    /// Who the phrase is about: a first-person word inside it, else the nearest pronoun before it in
    /// the clause. A "you" written into a phrase ("by the time you read this") is part of the phrase.
    func person(of match: PhraseMatcher.Match) -> Person {
        for index in match.start..<match.end where words.flags(index).contains(.firstPerson) {
            return .first
        }
        var index = match.start - 1
        while index >= 0 {
            if !words.punctuation[index + 1].intersection(.clauseEnd).isEmpty { break }
            if let person = words.person(at: index) { return person }
            index -= 1
        }
        return .unknown
    }

    /// The means cues and stated times an urgent reading proposed by the model may rest on (`SafetyRouter`): not
    /// overlapped by an exemption, not negated, not addressed to "you", and a means cue only where the person is
    /// the one who acts ("I took my mum's pills", not "my mum takes her pills").
    func confirmingCues() -> [String] {
        let exempt = matches.filter { rules[Int($0.tag)].effect == .exempt }
        return matches.compactMap { match in
            let rule = rules[Int(match.tag)]
            guard rule.effect == .means || rule.effect == .clock else { return nil }
            if exempt.contains(where: { $0.start < match.end && match.start < $0.end }) || isNegated(match) { return nil }
            if person(of: match) == .second || (rule.effect == .means && actor(of: match) == .third) { return nil }
            return rule.id
        }
    }

    /// Who acts on what the phrase names: the nearest subject before it in the clause. Possessives say whose the
    /// object is, not who acts, so they are skipped ("my", "her", "my dad's"); a family noun on its own is a
    /// subject ("my dad took his pills": the dad acts).
    func actor(of match: PhraseMatcher.Match) -> Person {
        var index = match.start - 1
        while index >= 0 {
            if !words.punctuation[index + 1].intersection(.clauseEnd).isEmpty { break }
            let word = words.vocabulary.word(words.ids[index])
            index -= 1
            if LineReading.possessives.contains(word) { continue }
            if LineReading.familySubjects.contains(word) { return .third }
            if let person = words.person(at: index + 1) { return person }
        }
        return .unknown
    }

    private static let possessives: Set<String> = Set((
        "my your her his their our mums moms dads mothers fathers nans grans sisters brothers parents friends "
        + "boyfriends girlfriends husbands wifes partners flatmates roommates mi mis tu tus su sus mon ma mes ton ta tes "
        + "son sa ses mein meine meinen meiner dein deine sein seine ihr ihre").split(separator: " ").map(String.init))

    private static let familySubjects: Set<String> = Set((
        "mum mom mam dad mother father sister brother nan gran grandma grandad grandpa friend boyfriend girlfriend "
        + "husband wife partner flatmate roommate madre padre hermano hermana mere pere soeur frere mutter vater "
        + "schwester bruder").split(separator: " ").map(String.init))

}
