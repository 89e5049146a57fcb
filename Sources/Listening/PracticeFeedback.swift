/// MITI-style figures and plain-language feedback for one practice session.
///
/// Targets (from the Motivational Interviewing Treatment Integrity code): reflections to questions at least
/// 1 : 1 (good) or 2 : 1 (very good); at least 50% of questions open; at least 40% of reflections complex.
/// Summaries count as reflections. Fixing moves are advice and judgment; information is reported but not
/// counted as fixing, because a transcript cannot tell whether the help-seeker asked for it.
public struct PracticeFeedback: Sendable, Equatable, Codable {
    /// How many utterances used each skill (skills never used are absent).
    public let counts: [ListeningSkill: Int]
    /// How many supporter utterances the session had.
    public let total: Int
    /// The first utterance of each skill used, to quote in feedback.
    public let examples: [ListeningSkill: String]

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
            let verdict = open >= 0.5 ? "right on target (50% or more)" : "the target is 50% or more"
            lines.append("Open questions: \(Self.percent(open)) of your questions, \(verdict). "
                + "Open questions invite the other person to tell their story in their own words.")
        }
        if let complex = percentComplexReflections {
            let verdict = complex >= 0.4 ? "on target (40% or more)" : "the target is 40% or more"
            lines.append("Complex reflections: \(Self.percent(complex)) of your reflections, \(verdict). "
                + "Naming the feeling or meaning under the words shows you are really listening.")
        }
        if fixingMoves > 0 {
            lines.append("Fixing moves (advice or judgment): \(fixingMoves). The urge to fix is natural; "
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
        case 2...: verdict = "very good (2 : 1 or more)"
        case 1...: verdict = "good (the target is 1 : 1, and 2 : 1 is very good)"
        default: verdict = "below the 1 : 1 target"
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
