/// MITI-style figures and plain-language feedback for one practice session.
///
/// Thresholds from the Motivational Interviewing Treatment Integrity code, MITI 4.2.1 (Moyers, Manuel &
/// Ernst 2014): reflections to questions 1 : 1 fair, 2 : 1 good; complex reflections 40% fair, 50% good.
/// MITI 4 dropped the open-question share; its MITI 3.1.1 levels (50% fair, 70% good) are used for it.
/// Summaries count as complex reflections. Fixing moves are advice and judgment; information is reported but not
/// counted as fixing, because a transcript cannot tell whether the help-seeker asked for it.
public struct PracticeFeedback: Sendable, Equatable, Codable {
    /// How many utterances used each skill (skills never used are absent).
    public let counts: [ListeningSkill: Int]
    /// How many supporter utterances the session had.
    public let total: Int
    /// The first utterance of each skill used, to quote in feedback.
    public let examples: [ListeningSkill: String]
    /// The reflection to quote as the session's best: a complex reflection or summary before a simple one,
    /// the fullest (most words) within each; `nil` without reflections.
    public let bestReflection: String?
    /// One fixing move or closed question of the trainee's with a reflective alternative: a judgment first,
    /// then advice, then a closed question (one whose shape turns into a statement, if any); `nil` if none.
    public let rewrite: ReflectiveRewrite?

    /// Direct questions about suicide, self-harm or safety right now (see `RiskInquiry`): credited, and left
    /// out of the question figures so that asking straight out never lowers them.
    public let directRiskQuestions: Int
    /// Help-line offers: credited, and left out of every other figure (they are never fixing moves).
    public let helpLineOffers: Int
    /// The first direct question about suicide or self-harm, to quote in the praise.
    public let directRiskExample: String?
    /// Every judgmental or minimising line, in session order, to name each one in the feedback.
    public let judgments: [String]

    /// Builds the figures from classified supporter utterances, in session order.
    public init(utterances: [(text: String, skill: ListeningSkill)]) {
        self.init(turns: utterances.map { PracticeTurn(text: $0.text, skill: $0.skill) })
    }

    /// Builds the figures from the trainee's turns, in session order, each with what the persona said just
    /// before if known (the rewrite then reflects the persona's own words).
    public init(turns: [PracticeTurn]) {
        var counts: [ListeningSkill: Int] = [:]
        var examples: [ListeningSkill: String] = [:]
        var risk = 0, offers = 0
        var riskExample: String?
        var counted: [PracticeTurn] = []
        for turn in turns {
            switch RiskInquiry.of(turn.text) {
            case .directQuestion?:
                risk += 1
                if riskExample == nil { riskExample = turn.text }
                continue
            case .helpLineOffer?:
                offers += 1
                continue
            case nil:
                break
            }
            counted.append(turn)
            counts[turn.skill, default: 0] += 1
            if examples[turn.skill] == nil { examples[turn.skill] = turn.text }
        }
        self.counts = counts
        self.examples = examples
        self.total = turns.count
        self.directRiskQuestions = risk
        self.helpLineOffers = offers
        self.directRiskExample = riskExample
        self.judgments = counted.filter { $0.skill == .judgment }.map(\.text).filter { !$0.isEmpty }
        self.bestReflection = Self.best(counted.map { ($0.text, $0.skill) })
        self.rewrite = ReflectiveRewrite.mostNeeded(in: counted)
    }

    private static func best(_ utterances: [(text: String, skill: ListeningSkill)]) -> String? {
        func words(_ text: String) -> Int { text.split(separator: " ").count }
        for group: Set<ListeningSkill> in [[.complexReflection, .summary], [.reflection]] {
            let candidates = utterances.filter { group.contains($0.skill) }
            if let first = candidates.first {
                return candidates.dropFirst().reduce(first) { words($1.text) > words($0.text) ? $1 : $0 }.text
            }
        }
        return nil
    }

    /// Classifies each supporter utterance with `classifier`, then builds the figures.
    public init(texts: [String], classifier: ListeningClassifier = ListeningClassifier()) {
        self.init(utterances: texts.map { ($0, classifier.classify($0).skill) })
    }

    /// How many utterances used `skill`.
    public func count(_ skill: ListeningSkill) -> Int { counts[skill] ?? 0 }

    /// Open plus closed questions.
    public var questions: Int { count(.openQuestion) + count(.closedQuestion) }

    /// Simple and complex reflections plus summaries.
    public var reflections: Int { count(.reflection) + count(.complexReflection) + count(.summary) }

    /// Reflections (simple, complex and summaries) per question; `nil` when there were no questions.
    public var reflectionToQuestionRatio: Double? {
        questions == 0 ? nil : Double(reflections) / Double(questions)
    }

    /// Share of questions that were open, in 0...1; `nil` when there were no questions.
    public var percentOpenQuestions: Double? {
        questions == 0 ? nil : Double(count(.openQuestion)) / Double(questions)
    }

    /// Share of reflections that were complex (summaries count as complex), in 0...1; `nil` without reflections.
    public var percentComplexReflections: Double? {
        reflections == 0 ? nil : Double(count(.complexReflection) + count(.summary)) / Double(reflections)
    }

    /// Advice plus judgment: moves that try to fix rather than listen.
    public var fixingMoves: Int { count(.advice) + count(.judgment) }

    /// Plain-language feedback lines: the figures and what they mean, one thing done well (quoted) and one
    /// thing to try next time (quoted, with a reflective alternative). Warm and specific, never shaming.
    public func render() -> [String] {
        guard total > 0 else {
            return ["No responses were recorded in this session, so there is no feedback yet."]
        }
        var lines = [overviewLine()]
        lines += crisisSkillLines()
        lines.append(ratioLine())
        if let open = percentOpenQuestions {
            let verdict = open >= 0.7 ? "good (70% or more)" : open >= 0.5 ? "fair (50% is fair, 70% good)" : "below the fair level of 50%"
            lines.append("Open questions: \(Self.percent(open)) of your questions, \(verdict). "
                + "Open questions invite the other person to tell their story in their own words.")
        }
        if let complex = percentComplexReflections {
            let verdict = complex >= 0.5 ? "good (50% or more)" : complex >= 0.4 ? "fair (40% is fair, 50% good)" : "below the fair level of 40%"
            lines.append("Complex reflections: \(Self.percent(complex)) of your reflections, \(verdict). "
                + "Naming the feeling or meaning under the words shows you are really listening.")
        }
        if fixingMoves > 0 {
            lines.append("Advice or judgment: \(fixingMoves). The urge to fix is natural; "
                + "people usually find their own answers once they feel heard.")
        }
        if !judgments.isEmpty {
            let quoted = judgments.map { "\u{201C}\($0)\u{201D}" }.joined(separator: ", ")
            lines.append("Judging or minimising: \(quoted). Lines like these can leave someone feeling judged or brushed off, "
                + "even when they are meant kindly.")
        }
        lines.append(SessionCoaching(feedback: self).doneWell())
        lines.append(SessionCoaching(feedback: self).tryNext())
        return lines
    }

    private func overviewLine() -> String {
        var parts = ["\(total) \(total == 1 ? "response" : "responses")"]
        parts.append("\(Self.plural(reflections, "reflection"))"
            + (reflections > 0 ? " (\(count(.complexReflection) + count(.summary)) complex)" : ""))
        parts.append("\(Self.plural(questions, "question"))" + (questions > 0 ? " (\(count(.openQuestion)) open)" : ""))
        let warm = count(.affirmation) + count(.validation)
        if warm > 0 { parts.append("\(Self.plural(warm, "affirmation or validation", "affirmations or validations"))") }
        return "This session: " + parts.joined(separator: ", ") + "."
    }

    private func ratioLine() -> String {
        guard let ratio = reflectionToQuestionRatio else {
            if directRiskQuestions > 0 {
                return "Apart from asking about suicide, you asked no questions, so there is no reflections-to-questions ratio."
            }
            return "You asked no questions this time, so there is no reflections-to-questions ratio."
        }
        let verdict: String
        switch ratio {
        case 2...: verdict = "good (2 : 1 or more)"
        case 1...: verdict = "fair (1 : 1 is fair, 2 : 1 good)"
        default: verdict = "below the fair level of 1 : 1"
        }
        return "Reflections to questions: \(Self.decimal(ratio)) : 1, \(verdict). "
            + "Reflecting more than asking helps the other person feel heard rather than interviewed."
    }

    /// Praise for asking directly about suicide and for sharing a help line (empty when neither happened).
    private func crisisSkillLines() -> [String] {
        var lines: [String] = []
        if let asked = directRiskExample {
            lines.append("You asked directly about suicide: \u{201C}\(asked)\u{201D}. That is the core skill of suicide-intervention "
                + "training. Asking straight out does not put the idea in anyone's head; it shows you can hear the answer. "
                + "(Not counted among the questions below.)")
        }
        if helpLineOffers > 0 {
            lines.append("You shared a help line \(helpLineOffers == 1 ? "once" : "\(helpLineOffers) times"): making sure the person "
                + "knows where to turn, any time, belongs in every conversation about suicide.")
        }
        return lines
    }

    /// `0.456` as `"46%"`.
    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    /// `1.25` as `"1.3"`.
    static func decimal(_ value: Double) -> String { "\((value * 10).rounded() / 10)" }

    private static func plural(_ n: Int, _ one: String, _ many: String? = nil) -> String {
        "\(n) \(n == 1 ? one : (many ?? one + "s"))"
    }
}
