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

    /// Builds the figures from classified supporter utterances, in session order.
    public init(utterances: [(text: String, skill: ListeningSkill)]) {
        var counts: [ListeningSkill: Int] = [:]
        var examples: [ListeningSkill: String] = [:]
        for (text, skill) in utterances {
            counts[skill, default: 0] += 1
            if examples[skill] == nil { examples[skill] = text }
        }
        self.counts = counts
        self.examples = examples
        self.total = utterances.count
        self.bestReflection = Self.best(utterances)
        self.rewrite = Self.rewrite(utterances)
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

    private static func rewrite(_ utterances: [(text: String, skill: ListeningSkill)]) -> ReflectiveRewrite? {
        for skill in [ListeningSkill.judgment, .advice] {
            if let move = utterances.first(where: { $0.skill == skill }) {
                return ReflectiveRewrite(original: move.text, skill: skill, suggestion: ReflectiveRewrite.fixingAlternative)
            }
        }
        let closed = utterances.filter { $0.skill == .closedQuestion }
        for question in closed {
            if let statement = ReflectiveRewrite.reflect(closedQuestion: question.text) {
                return ReflectiveRewrite(original: question.text, skill: .closedQuestion, suggestion: statement)
            }
        }
        return closed.first.map {
            ReflectiveRewrite(original: $0.text, skill: .closedQuestion, suggestion: "It sounds like that has been on your mind a lot.")
        }
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

    /// `0.456` as `"46%"`.
    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    /// `1.25` as `"1.3"`.
    static func decimal(_ value: Double) -> String { "\((value * 10).rounded() / 10)" }

    private static func plural(_ n: Int, _ one: String, _ many: String? = nil) -> String {
        "\(n) \(n == 1 ? one : (many ?? one + "s"))"
    }
}
