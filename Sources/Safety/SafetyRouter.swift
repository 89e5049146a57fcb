/// Reads every line a person types before the dialogue engine sees it, and says how much risk it shows.
///
/// Text is normalised (`TextNormaliser`), mapped to word ids and run through one phrase automaton;
/// matches are then filtered for figurative speech, negation and who the phrase is about, and
/// means and time cues turn stated intents (and means turn suicide or self-harm concern) into `urgent`.
public struct SafetyRouter: Sendable {
    /// Pseudo-rule id reported when a cue is made urgent by concern in an earlier line.
    public static let recentConcernRule = "context.recent-concern"
    /// Pseudo-rule id reported when concern is made urgent by a cue in an earlier line.
    public static let recentCueRule = "context.recent-means"

    /// Core rules followed by extra rules, in order (the core's phrases and examples are left out when the embedded
    /// image holds them compiled: `SafetyLexicon.core` has them in full).
    public let rules: [SafetyRule]
    /// The same rules laid out for the per-line reading.
    private let book: RuleBook
    private let tables: CompiledRules
    /// Tables for the extra rules, read alongside the core's (nil without extra rules).
    private let extra: ExtensionTables?
    /// The learned layer, or nil when it is switched off (benchmarks compare both).
    public let learned: LearnedLayer?

    /// Builds a router from the core lexicon plus `extraRules`; extra rules only add.
    ///
    /// Throws `LexiconError.Reason.coreIDReused` if an extra rule reuses a core id, and
    /// `.duplicateID` if two extra rules share an id.
    /// `learned` is the compiled-in model by default; pass nil to use the rules alone.
    public init(extraRules: [SafetyRule] = [], learned: LearnedLayer? = LearnedLayer.shipped) throws {
        self.learned = learned
        // With a current image the phrases are compiled already: only the rules' structure is read, from the image.
        let core = CompiledRules.coreStructure ?? SafetyLexicon.core
        let coreIDs = Set(core.map(\.id))
        var seen: Set<String> = []
        for rule in extraRules {
            if coreIDs.contains(rule.id) {
                throw LexiconError(origin: rule.origin, line: rule.line, reason: .coreIDReused(rule.id))
            }
            if !seen.insert(rule.id).inserted {
                throw LexiconError(origin: rule.origin, line: rule.line, reason: .duplicateID(rule.id))
            }
        }
        rules = core + extraRules
        book = RuleBook(rules)
        // The core tables are the embedded image; extra rules get a small layer of their own, so they cost
        // what they add rather than a compile of the whole lexicon.
        tables = CompiledRules.core
        extra = extraRules.isEmpty ? nil : ExtensionTables(extraRules, over: tables.vocabulary, tagOffset: core.count)
    }

    /// Number of active rules (core plus extra).
    public var ruleCount: Int { rules.count }

    /// Assesses one line on its own.
    public func assess(_ text: String, role: InputRole = .person) -> SafetyAssessment {
        var scratch = RouterScratch(single: ())
        return evaluate(LineText(text), role: role, window: nil, scratch: &scratch).0
    }

    /// Assesses one line on its own, reusing `scratch` (kept by the caller from line to line) for speed.
    public func assess(_ text: String, role: InputRole = .person, scratch: inout RouterScratch) -> SafetyAssessment {
        evaluate(LineText(text), role: role, window: nil, scratch: &scratch).0
    }

    /// Assesses one line on its own (as `assess(_:role:scratch:)`) and hands its JSON line to `output`: the room the
    /// line needs (`SafetyAssessment.jsonLineCapacity`) and a writer that writes it there and returns its length.
    ///
    /// For filters such as `safety scan`: the assessment is made and dropped here, where dropping it is a few
    /// releases (in the caller's module it went through the arrays' generic value witnesses, twice per line).
    public func assessJSONLine(_ text: String, scratch: inout RouterScratch,
                               output: (_ capacity: Int, _ write: (UnsafeMutablePointer<UInt8>) -> Int) -> Void) {
        let assessment = evaluate(LineText(text), role: .person, window: nil, scratch: &scratch).0
        output(assessment.jsonLineCapacity) { assessment.writeJSONLine(to: $0) }
    }

    /// The same for a line given as its UTF-8 bytes, all of them ASCII (below 0x80), read in place: no `String` is
    /// made for the line (`safety scan` hands its plain lines over this way). Bytes that are not all ASCII are read
    /// as `assessJSONLine(_:scratch:output:)` reads the string they decode to.
    public func assessJSONLine(ascii line: UnsafeBufferPointer<UInt8>, scratch: inout RouterScratch,
                               output: (_ capacity: Int, _ write: (UnsafeMutablePointer<UInt8>) -> Int) -> Void) {
        guard TextNormaliser.isASCII(line) else {
            return assessJSONLine(String(decoding: line, as: UTF8.self), scratch: &scratch, output: output)
        }
        // The assessment carries no text (`LineText.assessmentText`): the line's bytes are written in its place.
        let assessment = evaluate(LineText(ascii: line), role: .person, window: nil, scratch: &scratch).0
        output(assessment.jsonLineCapacity(textCount: line.count)) { assessment.writeJSONLine(to: $0, text: line) }
    }

    /// Assesses one line in the context of the conversation so far, and records it in `window`.
    public func assess(_ text: String, role: InputRole = .person, window: inout ConversationWindow) -> SafetyAssessment {
        var scratch = RouterScratch(single: ())
        let (assessment, turn) = evaluate(LineText(text), role: role, window: window, scratch: &scratch)
        window.record(turn)
        return assessment
    }

    private func evaluate(_ source: LineText, role: InputRole, window: ConversationWindow?,
                          scratch: inout RouterScratch) -> (SafetyAssessment, ConversationWindow.Turn) {
        let text = source.assessmentText
        var line = LineWords(tables: tables, extra: extra, reusing: &scratch)
        defer { line.giveBack(to: &scratch) }
        var reading = LearnedLayer.Reading()
        if let learned {
            reading = learned.score(source, alongside: &line)
        } else {
            source.scan(into: &line)
        }
        var found = line.known == 0 ? [] : tables.matcher.matches(in: line.ids)
        if line.known > 0, let more = extra?.matcher.matches(in: line.extraIDs), !more.isEmpty { found = PhraseMatcher.merged(found, more) }
        func learnedReading() -> SafetyAssessment {
            let level: RiskLevel = reading.reaches && role == .person ? .check : .none
            return SafetyAssessment(level: level, categories: level == .check ? [.suicide] : [],
                                    rules: level == .check ? reading.evidence : [], score: reading.score, text: text)
        }
        guard !found.isEmpty else { return (learnedReading(), ConversationWindow.Turn()) }
        let rules = book.facts
        let ruleReading = LineReading(words: line, matches: found, rules: rules, role: role)
        let (assessment, turn) = ruleReading.verdict(text: text, window: window)
        if assessment.level != .none {
            // Round 13: an attempt or preparatory act told beside present ideation in one post is urgent (C-SSRS).
            if assessment.level == .concern, role == .person,
               AttemptWithIdeation(words: line, matches: found, rules: rules).applies(contributing: assessment.rules) {
                return (SafetyAssessment(level: .urgent, categories: assessment.categories,
                                         rules: assessment.rules + [AttemptWithIdeation.rule], score: reading.score, text: text), turn)
            }
            return (SafetyAssessment(level: assessment.level, categories: assessment.categories, rules: assessment.rules,
                                     score: reading.score, text: text), turn)
        }
        // A sentence the rules read and set aside (negated, someone else's, a question, figurative) stays
        // none: the rules explain it better than the model can. In a longer post the set-aside phrase is one
        // sentence of many, so the model still speaks, unless the rules saw figurative speech. A line whose
        // only matches are cues ("my tablets", "tonight") is left to the model at its stricter post threshold:
        // "I'm swallowing every tablet I own tonight" needs the question; "gym tonight" must not get it.
        // Frame parts that made no frame ("all", "drunk", "tablets") say nothing: without other rule words the line is
        // the model's, exactly as if no rule word were in it.
        // (The telling matches are read in place, not through a lazy filter: a filtered `MatchList` is destroyed
        // through the runtime's generic witnesses.)
        guard found.contains(where: { !rules[Int($0.tag)].effect.isFramePart }) else { return (learnedReading(), turn) }
        // Round 10: an exemption silences only its own clause, so a cue in another clause still lets the model speak
        // (and an exemption elsewhere in the line does not stop the cues from counting as the only rule words).
        let figurative = ruleReading.figurativeCoversLine()
        let onlyCues = found.allSatisfy { match in
            let effect = rules[Int(match.tag)].effect
            return effect.isFramePart || effect == .exempt || effect == .wish || effect.isCue
        }
        let strongEnough = onlyCues && reading.score >= (learned?.postThreshold ?? 1)
        // Round 13: in a post of four sentences or more, a clause with an exemption is one clause of many; the model
        // still speaks (at its stricter post threshold), but a cue in that post no longer confirms it (below).
        guard (!figurative || reading.sentences >= 4) && (reading.sentences > 1 || strongEnough) else {
            return (SafetyAssessment(level: .none, categories: [], rules: [], score: reading.score, text: text), turn)
        }
        // The model proposes, the rules confirm: a told scene the model reads as near-certain risk, in a line where
        // the rules found the person's own means cue or a stated time ("washed down thirty of my antidepressants
        // with vodka", "tonight is when I go"), is urgent. The model alone still never goes past `check`.
        // Round 9: the cue must be the person's own: "my mum takes her sleeping pills every night" is not confirmed.
        if !figurative, role == .person, let learned, reading.riskiest >= learned.urgentThreshold,
           reading.riskiestFeatures >= LearnedLayer.sceneFeatures,
           case let cues = ruleReading.confirmingCues(), !cues.isEmpty {
            return (SafetyAssessment(level: .urgent, categories: [.suicide], rules: cues + reading.evidence,
                                     score: reading.score, text: text), turn)
        }
        return (learnedReading(), turn)
    }

}
