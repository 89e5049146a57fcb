/// The router's verdict on one line of text.
public struct SafetyAssessment: Sendable, Equatable {
    /// The highest level any matching rule (or the conversation context) reached.
    public let level: RiskLevel
    /// Categories of the rules that contributed, in `RiskCategory.allCases` order.
    public let categories: [RiskCategory]
    /// Ids of the rules that contributed, in the order they were first seen in the text.
    public let rules: [String]
    /// The original text, unchanged.
    public let text: String

    /// Creates an assessment from its parts.
    public init(level: RiskLevel, categories: [RiskCategory], rules: [String], text: String) {
        self.level = level
        self.categories = categories
        self.rules = rules
        self.text = text
    }

    /// One compact JSON object: `{"level":"urgent","categories":["suicide"],"rules":["suicide.intent.kill-self"],"text":"..."}`.
    ///
    /// Keys are always in this order, the text is escaped, and there is no trailing newline.
    public var jsonLine: String {
        var out = "{\"level\":\"\(level.rawValue)\",\"categories\":["
        out += categories.map { "\"\($0.rawValue)\"" }.joined(separator: ",")
        out += "],\"rules\":["
        out += rules.map { SafetyAssessment.quoted($0) }.joined(separator: ",")
        out += "],\"text\":"
        out += SafetyAssessment.quoted(text)
        out += "}"
        return out
    }

    /// Quotes and escapes a string for JSON output.
    static func quoted(_ value: String) -> String {
        var out = "\""
        out.reserveCapacity(value.utf8.count + 2)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                // Controls, line separators and bidi overrides are escaped so the line is safe on a terminal.
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || (0x2028...0x202E).contains(scalar.value)
                    || (0x2066...0x2069).contains(scalar.value) || scalar.value == 0x200E || scalar.value == 0x200F
                    || scalar.value == 0x061C {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
        return out
    }
}
