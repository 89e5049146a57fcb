/// Classifies one supporter utterance into its main listening skill, offline and in microseconds.
///
/// A transparent rule scorer: weighted cue phrases from `Resources/cues.tsv` plus structural cues
/// (a wh-word or an auxiliary opening the sentence, a question mark, a "so"-opener, a number). Each
/// sentence is scored alone; the utterance sums the sentences, with the last substantive sentence counting
/// fully and earlier ones half, except summaries, advice and judgment, which count fully wherever they
/// occur. Several reflective sentences make a summary. A question that ends the turn is its main behaviour
/// ("It sounds hard. What's been the worst part?" is an open question) unless the turn summarised,
/// advised or judged. See docs/listening.md for the full rules and their evaluation.
public struct ListeningClassifier: Sendable {
    private let scorer: SentenceScorer
    private let learned: Bool

    /// Creates a classifier using the lexicon and the learned model compiled into the library.
    ///
    /// With `learned: false` the rules alone decide (for comparisons and for training the model).
    public init(learned: Bool = true) {
        scorer = SentenceScorer(lexicon: .shipped)
        self.learned = learned
    }

    /// Classifies `utterance` (one supporter turn, possibly several sentences).
    public func classify(_ utterance: String) -> SkillClassification {
        classify(utterance, replyingTo: nil)
    }

    /// Classifies `utterance`, knowing what the help-seeker said just before.
    ///
    /// With the help-seeker's words, a reflection that only repeats their feeling words stays simple;
    /// only feeling or meaning the supporter adds makes it complex.
    ///
    /// The verdict's `cues` are worked out only when read (the hot path builds no labels).
    public func classify(_ utterance: String, replyingTo seeker: String?) -> SkillClassification {
        let verdict = combined(utterance, replyingTo: seeker, collectingCues: false)
        return SkillClassification(skill: verdict.skill, confidence: verdict.confidence,
                                   explaining: (utterance, seeker))
    }

    /// The cues behind the verdict on `utterance`, for explanations.
    func cues(_ utterance: String, replyingTo seeker: String?) -> [String] {
        combined(utterance, replyingTo: seeker, collectingCues: true).cues
    }

    /// The rules' verdict, or the learned model's where the rules are unsure (`SkillWeights`, chosen on development
    /// sets, docs/listening.md): the model's skill replaces the rules' when the rules' confidence is below
    /// `ruleConfidenceToKeep` or the model's probability reaches `modelProbabilityToOverride`, and it reaches
    /// `modelProbabilityToUse`. With the help-seeker's words known, simple or complex stays the rules' call (only
    /// they can tell a feeling said back from one added), and a turn the rules found advising, judging or summarising
    /// stays so even if the model hears its closing question, a reflection the rules found decisively complex (0.9) stays complex,
    /// and a closed question the rules heard in a closing yes/no clause or a question tag stays a closed question; with `questionKept`, a turn the rules read as a question
    /// stays a question (the model may still say open or closed); with `summaryNeedsReflection`, the model's summary
    /// counts only where the rules heard a reflection (a long turn is not a summary by its length). Calling a line judgment needs `judgmentProbability`:
    /// a line wrongly named as judging is the costliest mistake in feedback.
    private func combined(_ utterance: String, replyingTo seeker: String?, collectingCues: Bool)
        -> (skill: ListeningSkill, confidence: Double, cues: [String]) {
        let text = TokenisedUtterance(utterance)
        let rules = decide(text, replyingTo: seeker, collectingCues: collectingCues)
        guard learned, !text.sentences.isEmpty else { return rules }
        let model = SkillModel.shipped.predict(SkillFeatures(text))
        guard model.skill != rules.skill, model.probability >= SkillWeights.modelProbabilityToUse else { return rules }
        if seeker != nil || SkillWeights.reflectionDepthFromRules, rules.skill.isReflection, model.skill.isReflection {
            return rules
        }
        if SkillWeights.fixingOverQuestion, [.advice, .judgment, .summary].contains(rules.skill), model.skill.isQuestion {
            return rules
        }
        let ruleConfidence = (rules.confidence * 100).rounded() / 100
        // A reflection the rules found decisively complex ("part of you", "on one hand") stays complex.
        if rules.skill == .complexReflection, ruleConfidence >= 0.9, model.skill == .reflection { return rules }
        if SkillWeights.questionKept, rules.skill.isQuestion, !model.skill.isQuestion { return rules }
        // A closing yes/no clause or a question tag the rules heard stays closed: the model sees no commas (part 6).
        if rules.skill == .closedQuestion, Self.endsWithYesNoClause(text) { return rules }
        if SkillWeights.summaryNeedsReflection, model.skill == .summary, !rules.skill.isReflection { return rules }
        if model.skill == .judgment, model.probability < SkillWeights.judgmentProbability { return rules }
        guard ruleConfidence < SkillWeights.ruleConfidenceToKeep || model.probability >= SkillWeights.modelProbabilityToOverride
        else { return rules }
        let cues = collectingCues ? ["learned model (\(Int((model.probability * 100).rounded()))%)"] : []
        return (model.skill, min(0.97, model.probability), cues)
    }

    /// Whether the turn's last substantive sentence is a wh-question ending in a yes/no clause ("What time did you get
    /// to bed, was it late?") or a statement ending in a question tag ("..., hasn't it"), as `SentenceScorer` reads them.
    private static func endsWithYesNoClause(_ text: TokenisedUtterance) -> Bool {
        guard let last = text.sentences.last(where: { !$0.isBackchannel }) else { return false }
        if last.endsWithQuestionMark {
            return SentenceScorer.whWords.contains(last.words[last.lead])
                && SentenceScorer.closingYesNo(last.words, after: last.lead) != nil
        }
        return SentenceScorer.questionTag(last.words, after: last.lead) != nil
    }

    /// For training the learned model: the rules' skill and confidence, then the utterance's hashed feature
    /// buckets (`alongside skills features`), e.g. `advice 0.95 | 812 77 3021`.
    public static func trainingFeatures(_ utterance: String) -> String {
        let rules = ListeningClassifier(learned: false).classify(utterance)
        let features = SkillFeatures(TokenisedUtterance(utterance))
        return "\(rules.skill.rawValue) \(rules.confidence) | " + features.buckets.map(String.init).joined(separator: " ")
    }

    /// How strongly `utterance` judges or fixes: its judgment evidence (counted double) plus its advice evidence.
    func fixingStrength(_ utterance: String) -> Double {
        TokenisedUtterance(utterance).sentences.reduce(0) { sum, sentence in
            let scores = scorer.score(sentence, seekerWords: [], collectingCues: false)
            return sum + 2 * scores[.judgment] + scores[.advice]
        }
    }

    /// Skills whose evidence counts fully in every sentence of a turn.
    private static let fullWeightEverywhere: [ListeningSkill] = [.summary, .advice, .judgment]
    /// Skills whose evidence counts half before the last substantive sentence.
    private static let positional = ListeningSkill.allCases.filter { !fullWeightEverywhere.contains($0) }

    private func decide(_ text: TokenisedUtterance, replyingTo seeker: String?, collectingCues: Bool)
        -> (skill: ListeningSkill, confidence: Double, cues: [String]) {
        guard !text.sentences.isEmpty else { return (.other, 1, ["empty"]) }
        let seekerWords = seeker.map { Set(TokenisedUtterance($0).sentences.flatMap(\.words)) } ?? []
        let perSentence = text.sentences.map { scorer.score($0, seekerWords: seekerWords, collectingCues: collectingCues) }

        let lastSubstantive = text.sentences.lastIndex { !$0.isBackchannel } ?? text.sentences.count - 1
        let fullWeightEverywhere = Self.fullWeightEverywhere
        let positional = Self.positional
        var total = SkillScores(collectingCues: collectingCues)
        var reflectiveSentences = 0
        var questionSentences = 0
        for (i, scores) in perSentence.enumerated() {
            let factor = i >= lastSubstantive ? 1.0 : 0.5
            total.accumulate(scores, factor: factor, for: positional)
            total.accumulate(scores, factor: 1.0, for: fullWeightEverywhere)
            let sentenceSkill = scores.ranked().best
            if sentenceSkill.isReflection { reflectiveSentences += 1 }
            if sentenceSkill.isQuestion { questionSentences += 1 }
        }
        if reflectiveSentences >= 3 || (perSentence.count >= 3 && reflectiveSentences >= 2 && questionSentences == 0) {
            let reflective = total[.reflection] + total[.complexReflection]
            total.add(max(0, reflective + 1 - total[.summary]), to: .summary, cue: "several reflections in one turn")
        }

        // Decision: a question that ends the turn is its main behaviour (it is what the help-seeker answers),
        // unless the turn also summarised, advised or judged.
        let closing = perSentence[lastSubstantive].ranked().best
        let leading = total.ranked()
        if closing.isQuestion, leading.best != closing, !fullWeightEverywhere.contains(leading.best) {
            total.add(leading.bestScore - total[closing] + 0.5, to: closing, cue: "question ends the turn")
        }

        let (best, bestScore, runnerUp) = total.ranked()
        return (best, Self.confidence(best: bestScore, runnerUp: runnerUp), total.cues(for: best))
    }

    /// Confidence from the winning score and its margin over the runner-up, in 0.3...0.97.
    ///
    /// A decisive cue (score 3 or more) with no rival gives 0.95; a weak cue alone about 0.65; two close
    /// rivals about 0.5.
    static func confidence(best: Double, runnerUp: Double) -> Double {
        guard best > 0 else { return 0.3 }
        let margin = (best - runnerUp) / best
        let strength = min(best, 3) / 3
        return min(0.97, max(0.3, 0.5 * margin + 0.45 * strength))
    }
}
