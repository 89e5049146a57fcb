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
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 64 + rules.count * 32)
        out.append(contentsOf: #"{"level":""#.utf8)
        out.append(contentsOf: level.rawValue.utf8)
        out.append(contentsOf: #"","categories":["#.utf8)
        for (index, category) in categories.enumerated() {
            if index > 0 { out.append(44) }
            out.append(34)
            out.append(contentsOf: category.rawValue.utf8)
            out.append(34)
        }
        out.append(contentsOf: #"],"rules":["#.utf8)
        for (index, rule) in rules.enumerated() {
            if index > 0 { out.append(44) }
            SafetyAssessment.appendQuoted(rule, to: &out)
        }
        out.append(contentsOf: #"],"text":"#.utf8)
        SafetyAssessment.appendQuoted(text, to: &out)
        out.append(125)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `value` as a JSON string: quotes, backslashes, C0/C1 controls, DEL, U+2028/U+2029 and
    /// bidi controls escaped (so the line is safe on a terminal); everything else copied as UTF-8.
    static func appendQuoted(_ value: String, to out: inout [UInt8]) {
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        func escape(_ scalar: UInt32) {
            out.append(contentsOf: [92, 117, hex[Int(scalar >> 12 & 15)], hex[Int(scalar >> 8 & 15)],
                                    hex[Int(scalar >> 4 & 15)], hex[Int(scalar & 15)]])
        }
        out.append(34)
        var value = value
        value.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                switch b {
                case 34: out.append(92); out.append(34)
                case 92: out.append(92); out.append(92)
                case 10: out.append(92); out.append(110)
                case 13: out.append(92); out.append(114)
                case 9: out.append(92); out.append(116)
                case 8: out.append(92); out.append(98)
                case 12: out.append(92); out.append(102)
                case 0..<32, 0x7F:
                    escape(UInt32(b))
                case 0xC2 where i + 1 < bytes.count && (0x80...0x9F).contains(bytes[i + 1]):
                    // C1 control characters.
                    escape(UInt32(bytes[i + 1]))
                    i += 1
                case 0xD8 where i + 1 < bytes.count && bytes[i + 1] == 0x9C:
                    escape(0x061C)
                    i += 1
                case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80
                    && (bytes[i + 2] == 0x8E || bytes[i + 2] == 0x8F || (0xA8...0xAE).contains(bytes[i + 2])):
                    // Direction marks, line/paragraph separators and bidi embeddings/overrides.
                    escape(0x2000 + UInt32(bytes[i + 2] - 0x80))
                    i += 2
                case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x81 && (0xA6...0xA9).contains(bytes[i + 2]):
                    // Bidi isolates.
                    escape(0x2040 + UInt32(bytes[i + 2] - 0x80))
                    i += 2
                default:
                    out.append(b)
                }
                i += 1
            }
        }
        out.append(34)
    }

    /// Quotes and escapes a string for JSON output.
    static func quoted(_ value: String) -> String {
        var out: [UInt8] = []
        appendQuoted(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
