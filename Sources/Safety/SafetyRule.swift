/// One detection rule: a stable id, what it means, and the phrases that trigger it.
///
/// Phrases are written in plain words and normalised exactly like user text. A phrase may use
/// `{a,b,}` for alternatives (an empty alternative makes the part optional), `word*` for any word
/// starting with `word`, and `#` for any number.
public struct SafetyRule: Sendable, Equatable {
    /// What a rule does when one of its phrases matches.
    public enum Effect: String, Sendable, Equatable, CaseIterable {
        /// Raises the assessment to the rule's level (`concern` or `urgent`); suicide and self-harm
        /// concern becomes `urgent` next to a means cue.
        case raise
        /// A stated intent or an act under way ("going to hurt him", "cutting"): `concern` alone,
        /// `urgent` next to any means or time cue.
        case intent
        /// A means or possession cue ("pills", "the blade", "a knife"): nothing alone.
        case means
        /// A time or imminence cue ("tonight", "right now", "help"): nothing alone.
        case time
        /// A stated time ("tonight", "this weekend"): a time cue that also makes suicidal ideation `urgent`.
        case clock
        /// A past-time marker ("two years ago", "when I was fifteen"): urgent acts told in the line
        /// ("I overdosed last year") are read as `concern`.
        case past
        /// Cancels any risk phrase it overlaps (figurative speech, study, conditional plans).
        case exempt
        /// An urgent location reading ("I'm on the bridge"), dropped when the line has an everyday `scene`.
        case place
        /// An everyday scene ("traffic", "the view", "fixing the gutters") that cancels `place` readings in the line.
        case scene
        /// An urgent farewell ("goodbye forever", "adiós a todos"), dropped when the line names an everyday `trip`.
        case farewell
        /// An everyday departure ("flying to", "on holiday", "me voy de vacaciones", "Erasmus", "Umzug") that cancels
        /// `farewell` readings in the line.
        case trip
        /// A death or self-harm word ("die", "death", "dead"): concern only next to a first-person `wish`
        /// in the same clause ("death is what I want", "I keep picturing myself dead").
        case topic
        /// A desire, intent or ability word ("want", "wish", "keep picturing", "a relief") that pairs with a `topic`.
        case wish
        /// A safety-plan label at the start of a line followed by `:`; the line is read as a plan entry.
        case readback
        /// An act of taking, with an `amount` and a `medicine` word in the same clause, a few words apart: done
        /// ("took about sixty of my sister's pills") it is `urgent`; planned ("going to swallow all of my mum's
        /// tablets", level `concern`) it is a stated intent, urgent next to a means or time cue.
        case act
        /// A quantity ("all", "the whole", "sixty", "alle") that completes an `act` frame.
        case amount
        /// A medicine ("pills", "co-codamol", "Schlaftabletten") that completes an `act` frame.
        case medicine

        /// True for means and time cues.
        public var isCue: Bool { self == .means || self == .time || self == .clock }
        /// True for the parts of a clause frame (`act`, `amount`, `medicine`), which say nothing alone.
        public var isFramePart: Bool { self == .act || self == .amount || self == .medicine }
        /// True for rules that raise a level on their own.
        public var raises: Bool { self == .raise || self == .intent || self == .place || self == .farewell }
    }

    /// Stable dotted id, e.g. `suicide.intent.kill-self`.
    public let id: String
    /// The risk the rule is about.
    public let category: RiskCategory
    /// The level the rule raises to; `.concern` for intent rules, `.none` for cues, exemptions and labels.
    public let level: RiskLevel
    /// What the rule does when it matches.
    public let effect: Effect
    /// The phrase patterns as written in the lexicon.
    public let phrases: [String]
    /// Example sentences the rule is meant to catch (documentation and tests).
    public let examples: [String]
    /// Where the rule came from, e.g. `core` or a file name.
    public let origin: String
    /// The 1-based line in `origin`, or 0 when the rule was made in code.
    public let line: Int

    /// Creates a rule; `SafetyLexicon.parse` is the usual way to get rules.
    public init(id: String, category: RiskCategory, level: RiskLevel, effect: Effect = .raise,
                phrases: [String], examples: [String] = [], origin: String = "code", line: Int = 0) {
        self.id = id
        self.category = category
        switch effect {
        case .raise: self.level = level
        case .place, .farewell: self.level = level
        case .intent, .topic: self.level = .concern
        case .act: self.level = level == .urgent ? .urgent : .concern
        case .amount, .medicine: self.level = .none
        case .means, .time, .clock, .past, .exempt, .readback, .scene, .trip, .wish: self.level = .none
        }
        self.effect = effect
        self.phrases = phrases
        self.examples = examples
        self.origin = origin
        self.line = line
    }

    /// Every concrete phrase after expanding `{a,b}` alternatives.
    ///
    /// A phrase whose pattern cannot be expanded (only possible for rules built in code, since the parser rejects
    /// them) is kept as written rather than dropped, so a rule never silently loses a phrase; `invalidPhrases`
    /// lists them for callers that check.
    public var expandedPhrases: [String] {
        phrases.flatMap { phrase in (try? PhrasePattern.expand(phrase)) ?? [phrase] }
    }

    /// Phrases whose `{...}` pattern cannot be expanded (matched as written by `expandedPhrases`).
    public var invalidPhrases: [String] {
        phrases.filter { (try? PhrasePattern.expand($0)) == nil }
    }
}
