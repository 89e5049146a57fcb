import Foundation

/// The learned layer: a linear model over hashed words and word pairs (see `LearnedFeatures`),
/// trained at development time by `scripts/safety-model/train` and compiled in as `LearnedWeights`.
///
/// It estimates how likely a line speaks of the writer's own suicide or self-harm risk. On its own it
/// never makes a line `concern` or `urgent`: above `checkThreshold` the router says `check`, and the
/// app asks the person directly. Evidence ids name the words that pushed the score up most.
public struct LearnedLayer: Sendable {
    /// The model compiled into the binary.
    public static let shipped = LearnedLayer(bias: LearnedWeights.bias, scale: LearnedWeights.scale,
                                             checkThreshold: LearnedWeights.checkThreshold,
                                             postThreshold: LearnedWeights.postThreshold,
                                             wholeThreshold: LearnedWeights.wholeThreshold,
                                             urgentThreshold: LearnedWeights.urgentThreshold,
                                             table: .embedded)

    /// Weight per bucket, quantised: the real weight is `table[i] * scale`.
    private let table: LearnedWeightsTable
    private let bias: Float
    private let scale: Float
    /// Score (0-1) at or above which a one-sentence line no rule flags is asked about (`check`).
    public let checkThreshold: Double
    /// The stricter score a line of four or more sentences needs: its riskiest sentence is the maximum of
    /// many tries, so a long everyday post would otherwise cross the line by chance.
    public let postThreshold: Double
    /// The score the whole post (all its sentences read together) needs for `check` when it has two sentences
    /// or more: risk in real posts is often spread over sentences that are each mild on their own.
    public let wholeThreshold: Double
    /// The riskiest sentence's score at which the router makes a line `urgent`, but only where the rules
    /// found the person's own means or time cue in it (the model never makes `urgent` alone).
    public let urgentThreshold: Double

    /// A model of these numbers over `table` (the shipped weights, read in place: `LearnedWeightsTable`).
    init(bias: Float, scale: Float, checkThreshold: Double, postThreshold: Double, wholeThreshold: Double,
         urgentThreshold: Double, table: LearnedWeightsTable) {
        self.bias = bias
        self.scale = scale
        self.checkThreshold = checkThreshold
        self.postThreshold = postThreshold
        self.wholeThreshold = wholeThreshold
        self.urgentThreshold = urgentThreshold
        self.table = table
    }

    /// A sentence with fewer features than this (one word: "tonight", "done") is too short to judge: people
    /// type such answers at every prompt, and the model's score on them is mostly noise.
    static let minimumFeatures = 3
    /// A sentence needs this many features (about five words) before its score can make a cue urgent: a scene
    /// is told ("I've tied the cord to the loft hatch"), not a bare noun ("I have pills", whose score is mostly
    /// the cue word itself).
    static let sceneFeatures = 8

    /// The score a line of `sentences` sentences needs for `check`: `checkThreshold` for one, rising
    /// evenly to `postThreshold` at four or more.
    public func threshold(sentences: Int) -> Double {
        let step = Double(min(max(sentences, 1), 4) - 1) / 3
        return checkThreshold + (postThreshold - checkThreshold) * step
    }

    /// The model's score for `text` (its riskiest sentence, or the whole post read together if that is higher),
    /// whether either reaches its threshold, and up to three evidence ids (`learned.no-way`).
    public func score(_ text: String) -> (score: Double, reaches: Bool, sentences: Int, evidence: [String]) {
        var nothing = IgnoredTokens()
        let reading = score(LineText(text), alongside: &nothing, allEvidence: true)
        return (reading.score, reading.reaches, reading.sentences, reading.evidence)
    }

    /// What the layer read in one line (see `score(_:)`); `riskiest` is the riskiest sentence's own score and
    /// `riskiestFeatures` how many features it has.
    struct Reading {
        var score = 0.0
        var riskiest = 0.0
        var riskiestFeatures = 0
        var reaches = false
        var sentences = 0
        /// The line and its chosen sentence's strongest spans, when evidence ids are to be given (nil: none); read
        /// only while the line is being assessed (its text may be the caller's bytes).
        fileprivate var spelled: (text: LineText, strongest: StrongestThree)?

        /// Up to three evidence ids, spelled out when read: a line whose evidence nobody reports (the rules
        /// decided it) pays nothing for them.
        var evidence: [String] { spelled.map { LearnedLayer.evidence($0.strongest, in: $0.text) } ?? [] }
    }

    /// Same, handing the same normalised tokens to `other` in the one scan (the router's own word list), so
    /// a line is normalised once for both layers. Evidence is kept only for a line whose score reaches its
    /// threshold (the only lines that report it), unless `allEvidence` is set, and spelled out (a second scan
    /// for the words its spans point into) only when the reading's `evidence` is read.
    func score<Other: TokenSink>(_ text: LineText, alongside other: inout Other, allEvidence: Bool = false) -> Reading {
        var features = LearnedFeatures(Scorer(table: table, bias: bias, scale: scale), keepsText: false)
        TokenTee.scan(text, into: &other, &features)
        var scorer = features.consumer
        scorer.finishWhole()
        guard scorer.best.count > 0 else { return Reading() }
        let sentenceReaches = scorer.best.score >= threshold(sentences: scorer.sentences)
        let wholeReaches = scorer.sentences > 1 && scorer.whole.score >= wholeThreshold
        let wholeChosen = wholeReaches && !sentenceReaches
        var reading = Reading(score: scorer.sentences > 1 ? max(scorer.best.score, scorer.whole.score) : scorer.best.score,
                              riskiest: scorer.best.score, riskiestFeatures: scorer.best.count,
                              reaches: sentenceReaches || wholeReaches, sentences: scorer.sentences)
        guard reading.reaches || allEvidence else { return reading }
        reading.spelled = (text, wholeChosen ? LearnedLayer.wholeEvidence(text, table: table) : scorer.best.evidence)
        return reading
    }

    /// The whole post's three strongest spans, from a second scan: the scorer sums the whole post's weights but keeps
    /// no evidence for it (only a post whose whole-post reading is reported needs it; offering every feature twice
    /// cost every line).
    private static func wholeEvidence(_ text: LineText, table: LearnedWeightsTable) -> StrongestThree {
        var features = LearnedFeatures(WholeEvidence(table: table), keepsText: false)
        text.scan(into: &features)
        return features.consumer.strongest
    }

    /// Offers every feature of the line with a positive weight, in order, as the whole post's sum does.
    private struct WholeEvidence: FeatureConsumer {
        let table: LearnedWeightsTable
        var strongest = StrongestThree()

        mutating func feature(_ bucket: Int, span: FeatureSpan) {
            let weight = table[bucket]
            if weight > 0 { strongest.offer(weight, span: span) }
        }

        mutating func sentenceEnd() {}
    }

    /// The evidence ids of `strongest`'s spans, strongest first: the line is scanned a second time for the words.
    fileprivate static func evidence(_ strongest: StrongestThree, in text: LineText) -> [String] {
        var spelled = LearnedFeatures(NoFeatures())
        text.scan(into: &spelled)
        let words = spelled.text
        return strongest.items.sorted { $0.weight > $1.weight }.map { item in
            "learned." + String(decoding: words[item.span.start..<item.span.end], as: UTF8.self).replacingSpaces(with: "-")
        }
    }

    /// Sums each sentence's weights and keeps the riskiest sentence of at least `minimumFeatures` features;
    /// also sums the whole post's.
    private struct Scorer: FeatureConsumer {
        let table: LearnedWeightsTable
        let bias: Float
        let scale: Float
        var sentence = SentenceScore()
        var best = SentenceScore()
        var whole = SentenceScore()
        var sentences = 0

        init(table: LearnedWeightsTable, bias: Float, scale: Float) {
            self.table = table
            self.bias = bias
            self.scale = scale
        }

        mutating func feature(_ bucket: Int, span: FeatureSpan) {
            let weight = table[bucket]
            sentence.add(weight, span: span)
            whole.sum += Float(weight)   // the whole post's evidence is found again only when reported (`wholeEvidence`)
            whole.count += 1
        }

        mutating func sentenceEnd() {
            guard sentence.count > 0 else { return }
            sentence.finish(bias: bias, scale: scale)
            sentences += 1
            if sentence.count >= LearnedLayer.minimumFeatures && (best.count == 0 || sentence.score > best.score) { best = sentence }
            sentence = SentenceScore()
        }

        /// Scores the whole post, once, after the line's last sentence (not at every sentence end); a line of one
        /// sentence has no whole-post score (it is never read).
        mutating func finishWhole() {
            guard sentences > 1, whole.count > 0 else { return }
            whole.finish(bias: bias, scale: scale)
        }
    }

    /// The running sum of one sentence's weights and its three strongest word features.
    private struct SentenceScore {
        var sum: Float = 0
        var count = 0
        var score: Double = 0
        var evidence = StrongestThree()

        mutating func add(_ weight: Int8, span: FeatureSpan) {
            sum += Float(weight)
            count += 1
            guard weight > 0 else { return }
            evidence.offer(weight, span: span)
        }

        mutating func finish(bias: Float, scale: Float) {
            score = LearnedLayer.sigmoid(bias + sum * scale / Float(count).squareRoot())
        }
    }

    /// Up to three weighted spans, kept without an array: a new one replaces the first weakest when stronger.
    fileprivate struct StrongestThree {
        private var weights: (Int8, Int8, Int8) = (0, 0, 0)
        private var spans = (FeatureSpan(start: 0, end: 0), FeatureSpan(start: 0, end: 0), FeatureSpan(start: 0, end: 0))
        private var count = 0

        mutating func offer(_ weight: Int8, span: FeatureSpan) {
            if count < 3 {
                set(count, weight, span)
                count += 1
                return
            }
            var low = 0
            if weights.1 < weights.0 { low = 1 }
            if weights.2 < weightAt(low) { low = 2 }
            if weightAt(low) < weight { set(low, weight, span) }
        }

        /// The kept spans in slot order.
        var items: [(weight: Int8, span: FeatureSpan)] {
            (0..<count).map { (weightAt($0), spanAt($0)) }
        }

        private func weightAt(_ slot: Int) -> Int8 { slot == 0 ? weights.0 : slot == 1 ? weights.1 : weights.2 }
        private func spanAt(_ slot: Int) -> FeatureSpan { slot == 0 ? spans.0 : slot == 1 ? spans.1 : spans.2 }

        private mutating func set(_ slot: Int, _ weight: Int8, _ span: FeatureSpan) {
            switch slot {
            case 0: weights.0 = weight; spans.0 = span
            case 1: weights.1 = weight; spans.1 = span
            default: weights.2 = weight; spans.2 = span
            }
        }
    }

    /// The hashed features of `text` sentence by sentence, with repeats, in order (what training reads).
    public static func features(_ text: String) -> [[Int]] {
        var sink = LearnedFeatures(Collector(), keepsText: false)
        TextNormaliser.scan(text, into: &sink)
        return sink.consumer.sentences
    }

    /// Takes no notice of features (a scan for the words only).
    private struct NoFeatures: FeatureConsumer {
        mutating func feature(_ bucket: Int, span: FeatureSpan) {}
        mutating func sentenceEnd() {}
    }

    /// Keeps every feature's bucket, sentence by sentence.
    private struct Collector: FeatureConsumer {
        var sentences: [[Int]] = []
        var current: [Int] = []

        mutating func feature(_ bucket: Int, span: FeatureSpan) { current.append(bucket) }

        mutating func sentenceEnd() {
            if !current.isEmpty { sentences.append(current) }
            current = []
        }
    }

    fileprivate static func sigmoid(_ x: Float) -> Double { 1 / (1 + Double(exp(-Double(x)))) }
}

private extension String {
    func replacingSpaces(with separator: String) -> String {
        split(separator: " ").joined(separator: separator)
    }
}
