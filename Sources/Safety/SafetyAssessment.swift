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
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: jsonLineCapacity) { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<writeJSONLine(to: buffer.baseAddress!)]), as: UTF8.self)
        }
    }

    /// The most bytes `writeJSONLine(to:)` writes for this assessment (the text and rule ids escaped at worst).
    public var jsonLineCapacity: Int { jsonLineCapacity(textCount: text.utf8.count) }

    /// The same with `textCount` bytes of text in the place of `text` (`writeJSONLine(to:text:)`).
    func jsonLineCapacity(textCount: Int) -> Int {
        // 96 covers the keys, the longest level, the score and the brackets; a category is at most 20 bytes with its comma.
        var capacity = 96 + categories.count * 21 + JSONString.escapedCapacity(textCount)
        for rule in rules { capacity += JSONString.escapedCapacity(rule.utf8.count) + 3 }
        return capacity
    }

    /// Writes `jsonLine`'s bytes (no newline) to `out`, which has room for `jsonLineCapacity` bytes, and returns how
    /// many it wrote: `safety scan` writes each line straight into its output buffer.
    public func writeJSONLine(to out: UnsafeMutablePointer<UInt8>) -> Int {
        var text = text
        return text.withUTF8 { writeJSONLine(to: out, text: $0) }
    }

    /// Writes the JSON line with the UTF-8 bytes `text` in the place of the assessment's text (`safety scan` reads
    /// plain lines in place and makes no `String` of them); `out` has room for `jsonLineCapacity(textCount:)` bytes.
    func writeJSONLine(to out: UnsafeMutablePointer<UInt8>, text: UnsafeBufferPointer<UInt8>) -> Int {
        var at = out
        if level == .none && categories.isEmpty && rules.isEmpty {
            // The usual line (nothing found): one literal up to the text, its score written into it.
            SafetyAssessment.put(#"{"level":"none","categories":[],"rules":[],"score":0.00,"text":""#, at: &at)
            SafetyAssessment.putScore(score, at: at - 13)   // "0.00" then `,"text":"` end the literal
        } else {
            writeHead(at: &at)
            SafetyAssessment.putScore(score, at: at)
            at += 4
            SafetyAssessment.put(#","text":""#, at: &at)
        }
        at += JSONString.write(escaping: text, to: at)
        SafetyAssessment.put(#""}"#, at: &at)
        return out.distance(to: at)
    }

    /// Writes everything before the score's digits.
    private func writeHead(at: inout UnsafeMutablePointer<UInt8>) {
        SafetyAssessment.put(#"{"level":""#, at: &at)
        switch level {
        case .none: SafetyAssessment.put("none", at: &at)
        case .check: SafetyAssessment.put("check", at: &at)
        case .concern: SafetyAssessment.put("concern", at: &at)
        case .urgent: SafetyAssessment.put("urgent", at: &at)
        }
        SafetyAssessment.put(#"","categories":["#, at: &at)
        for (index, category) in categories.enumerated() {
            if index > 0 { SafetyAssessment.put(",", at: &at) }
            SafetyAssessment.put(SafetyAssessment.quotedName(category), at: &at)
        }
        SafetyAssessment.put(#"],"rules":["#, at: &at)
        for (index, rule) in rules.enumerated() {
            SafetyAssessment.put(index > 0 ? ",\"" : "\"", at: &at)
            at += JSONString.write(contentsOf: rule, to: at)
            SafetyAssessment.put("\"", at: &at)
        }
        SafetyAssessment.put(#"],"score":"#, at: &at)
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

    /// Writes a literal's bytes at `at` and moves `at` past them.
    @inline(__always) private static func put(_ literal: StaticString, at: inout UnsafeMutablePointer<UInt8>) {
        at.initialize(from: literal.utf8Start, count: literal.utf8CodeUnitCount)
        at += literal.utf8CodeUnitCount
    }

    /// Writes a score in [0, 1] with two decimals (`0.07`, `1.00`), four bytes, without going through `Double` formatting.
    @inline(__always) private static func putScore(_ score: Double, at out: UnsafeMutablePointer<UInt8>) {
        let hundredths = Int((min(max(score, 0), 1) * 100).rounded())
        out[0] = UInt8(48 + hundredths / 100)
        out[1] = 46
        out[2] = UInt8(48 + (hundredths / 10) % 10)
        out[3] = UInt8(48 + hundredths % 10)
    }

    /// Quotes and escapes a string for JSON output.
    static func quoted(_ value: String) -> String {
        JSONString.quoted(value)
    }
}
