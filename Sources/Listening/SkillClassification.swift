/// The classifier's verdict on one supporter utterance: a skill, how sure it is, and why.
public struct SkillClassification: Sendable, Equatable {
    /// The main listening behaviour of the utterance.
    public let skill: ListeningSkill
    /// How sure the classifier is, in 0...1 (rounded to two decimals).
    public let confidence: Double
    /// The cues that supported the verdict, e.g. `"it sounds like"` or `wh-question`, for feedback.
    ///
    /// For verdicts of `ListeningClassifier`, worked out again when read: only explanations need them, and
    /// building the labels for every line would slow `skills classify` several times over.
    public var cues: [String] {
        if let given { return given }
        guard let (utterance, seeker) = source else { return [] }
        return ListeningClassifier().cues(utterance, replyingTo: seeker)
    }

    /// Whether the utterance asks directly about suicide, self-harm or safety right now, or offers a help line
    /// (see `RiskInquiry`). Feedback credits these lines whatever their skill; `skills classify` prints only
    /// the skill, so its output vocabulary is unchanged. `nil` for classifications made without text.
    public var riskInquiry: RiskInquiry? {
        source.flatMap { RiskInquiry.of($0.utterance) }
    }

    /// Whether the utterance asks directly about suicide or self-harm ("Are you thinking about suicide?").
    public var isDirectRiskQuestion: Bool { riskInquiry == .directQuestion }

    private let given: [String]?
    private let source: (utterance: String, seeker: String?)?

    /// Creates a classification; the confidence is clamped to 0...1 and rounded to two decimals.
    public init(skill: ListeningSkill, confidence: Double, cues: [String] = []) {
        self.skill = skill
        self.confidence = Self.rounded(confidence)
        self.given = cues
        self.source = nil
    }

    /// A classifier's verdict whose cues are worked out from `explaining` when read.
    init(skill: ListeningSkill, confidence: Double, explaining: (utterance: String, seeker: String?)) {
        self.skill = skill
        self.confidence = Self.rounded(confidence)
        self.given = nil
        self.source = explaining
    }

    private static func rounded(_ confidence: Double) -> Double { (min(max(confidence, 0), 1) * 100).rounded() / 100 }

    public static func == (lhs: SkillClassification, rhs: SkillClassification) -> Bool {
        lhs.skill == rhs.skill && lhs.confidence == rhs.confidence && lhs.cues == rhs.cues
    }

    /// One compact JSON object for `skills classify`: `{"skill":"open_question","confidence":0.9,"text":"..."}`.
    ///
    /// Keys come in this order; `text` is JSON-escaped (quotes, backslashes, control characters).
    public func jsonLine(text: String) -> String {
        var line = "{\"skill\":\""
        line.reserveCapacity(text.utf8.count + 64)
        line += skill.rawValue
        line += "\",\"confidence\":"
        line += Self.decimal(confidence)
        line += ",\"text\":"
        JSONText.append(text, to: &line)
        line += "}"
        return line
    }

    /// `"\(value)"` for the two-decimal confidences, from a table (Double's description is slow).
    private static func decimal(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        if (0...100).contains(hundredths), Double(hundredths) / 100 == value { return decimals[hundredths] }
        return "\(value)"
    }

    private static let decimals: [String] = (0...100).map { "\(Double($0) / 100)" }
}
