import TextEncoding
/// The router's verdict on one line of text.
public struct SafetyAssessment: Sendable, Equatable {
    /// The highest level any matching rule (or the conversation context) reached.
    public let level: RiskLevel
    /// Categories of the rules that contributed, in `RiskCategory.allCases` order.
    public let categories: [RiskCategory]
    /// Ids of the rules that contributed, in the order they were first seen in the text.
    public let rules: [String]
    /// The learned layer's estimate (0 to 1) that the line speaks of the person's own risk.
    public let score: Double
    /// The original text, unchanged.
    public let text: String

    /// Creates an assessment from its parts.
    public init(level: RiskLevel, categories: [RiskCategory], rules: [String], score: Double = 0, text: String) {
        self.level = level
        self.categories = categories
        self.rules = rules
        self.score = score
        self.text = text
    }

    /// One compact JSON object:
    /// `{"level":"urgent","categories":["suicide"],"rules":["suicide.intent.kill-self"],"score":0.97,"text":"..."}`.
    ///
    /// Keys are always in this order, the text is escaped, and there is no trailing newline.
    public var jsonLine: String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 64 + rules.count * 32)
        appendJSONLine(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `jsonLine`'s bytes to `out` (no newline), without building a `String` on the way.
    public func appendJSONLine(to out: inout [UInt8]) {
        // The usual line (nothing found) is one literal up to the score: fewer appends per line in `safety scan`.
        if level == .none && categories.isEmpty && rules.isEmpty {
            SafetyAssessment.append(#"{"level":"none","categories":[],"rules":[],"score":"#, to: &out)
        } else {
            appendHead(to: &out)
        }
        SafetyAssessment.appendScore(score, to: &out)
        SafetyAssessment.append(#","text":"#, to: &out)
        SafetyAssessment.appendQuoted(text, to: &out)
        out.append(125)
    }

    /// Appends everything before the score's digits.
    private func appendHead(to out: inout [UInt8]) {
        SafetyAssessment.append(#"{"level":""#, to: &out)
        switch level {
        case .none: SafetyAssessment.append("none", to: &out)
        case .check: SafetyAssessment.append("check", to: &out)
        case .concern: SafetyAssessment.append("concern", to: &out)
        case .urgent: SafetyAssessment.append("urgent", to: &out)
        }
        SafetyAssessment.append(#"","categories":["#, to: &out)
        if !categories.isEmpty {
            for (index, category) in categories.enumerated() {
                if index > 0 { out.append(44) }
                SafetyAssessment.append(SafetyAssessment.quotedName(category), to: &out)
            }
        }
        SafetyAssessment.append(#"],"rules":["#, to: &out)
        if !rules.isEmpty {
            for (index, rule) in rules.enumerated() {
                if index > 0 { out.append(44) }
                SafetyAssessment.appendQuoted(rule, to: &out)
            }
        }
        SafetyAssessment.append(#"],"score":"#, to: &out)
    }

    /// A category's raw value in quotes, as a literal (no `String` built per line).
    static func quotedName(_ category: RiskCategory) -> StaticString {
        switch category {
        case .suicide: return #""suicide""#
        case .selfHarm: return #""self_harm""#
        case .harmToOthers: return #""harm_to_others""#
        case .abuseOrViolence: return #""abuse_or_violence""#
        case .medicalEmergency: return #""medical_emergency""#
        }
    }

    /// Appends a literal's bytes in one copy.
    @inline(__always) private static func append(_ literal: StaticString, to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Appends a score in [0, 1] with two decimals (`0.07`, `1.00`) without going through `Double` formatting.
    static func appendScore(_ score: Double, to out: inout [UInt8]) {
        let hundredths = Int((min(max(score, 0), 1) * 100).rounded())
        let digits = (UInt8(48 + hundredths / 100), UInt8(46), UInt8(48 + (hundredths / 10) % 10), UInt8(48 + hundredths % 10))
        withUnsafeBytes(of: digits) { out.append(contentsOf: UnsafeBufferPointer(start: $0.baseAddress!.assumingMemoryBound(to: UInt8.self), count: 4)) }
    }

    /// Appends `value` as a JSON string: quotes, backslashes, C0/C1 controls, DEL, U+2028/U+2029 and
    /// bidi controls escaped (so the line is safe on a terminal); everything else copied as UTF-8.
    static func appendQuoted(_ value: String, to out: inout [UInt8]) {
        JSONString.append(value, to: &out)
    }

    /// Quotes and escapes a string for JSON output.
    static func quoted(_ value: String) -> String {
        JSONString.quoted(value)
    }
}
