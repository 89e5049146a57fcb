import DialogueModel

/// Reads the values written in testplans: `7`, `-2`, `true`, `yes`, `null`, `"text"`, `[a, b]`, plain text.
enum ValueLiteral {
    /// The value, or nil for malformed text (an unclosed quote or bracket, an empty value).
    static func parse(_ text: String) -> Value? {
        let text = text.trimmingWhitespace()
        guard !text.isEmpty else { return nil }
        switch text {
        case "null": return .null
        case "true", "yes": return .bool(true)
        case "false", "no": return .bool(false)
        default: break
        }
        if let number = Int(text) { return .int(number) }
        if text.hasPrefix("\"") { return quoted(text).map(Value.string) }
        if text.hasPrefix("[") {
            guard text.hasSuffix("]") else { return nil }
            let inner = text.dropFirst().dropLast().trimmingWhitespace()
            if inner.isEmpty { return .list([]) }
            var items: [String] = []
            for piece in splitItems(inner) {
                let item = piece.trimmingWhitespace()
                if item.hasPrefix("\"") {
                    guard let unquoted = quoted(item) else { return nil }
                    items.append(unquoted)
                } else {
                    items.append(item)
                }
            }
            return .list(items)
        }
        return .string(text)
    }

    /// Splits list items on commas outside double quotes.
    static func splitItems(_ text: String) -> [String] {
        var items: [String] = []
        var current = ""
        var inQuotes = false
        var escaped = false
        for character in text {
            if escaped {
                escaped = false
            } else if character == "\\" && inQuotes {
                escaped = true
            } else if character == "\"" {
                inQuotes.toggle()
            } else if character == "," && !inQuotes {
                items.append(current)
                current = ""
                continue
            }
            current.append(character)
        }
        items.append(current)
        return items
    }

    /// The content of `"..."` with `\"` and `\\` escapes, or nil when not a single quoted string.
    static func quoted(_ text: String) -> String? {
        guard text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") else { return nil }
        var out = ""
        var escaped = false
        for character in text.dropFirst().dropLast() {
            if escaped {
                out.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                return nil
            } else {
                out.append(character)
            }
        }
        return escaped ? nil : out
    }

    /// How a value is written in a plan (the inverse of `parse` for messages).
    static func written(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .string(let text): return "\"\(text)\""
        case .list(let items): return "[" + items.joined(separator: ", ") + "]"
        }
    }
}
