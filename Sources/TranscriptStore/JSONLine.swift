/// One JSON object written key by key, so exported lines keep a fixed, documented key order.
struct JSONLine {
    private var members: [String] = []

    /// Adds a string member (`null` when nil).
    mutating func add(_ key: String, string value: String?) {
        members.append(Self.quote(key) + ":" + (value.map(Self.quote) ?? "null"))
    }

    /// Adds an integer member.
    mutating func add(_ key: String, number value: Int64) {
        members.append(Self.quote(key) + ":" + String(value))
    }

    /// Adds an integer member (`null` when nil).
    mutating func add(_ key: String, optionalNumber value: Int64?) {
        members.append(Self.quote(key) + ":" + (value.map { String($0) } ?? "null"))
    }

    /// The object on one line.
    var text: String { "{" + members.joined(separator: ",") + "}" }

    /// A JSON string literal; control characters are escaped so a line never breaks.
    static func quote(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                // Controls, C1 codes and bidi overrides are escaped so a line shows safely in a terminal.
                let v = scalar.value
                if v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
                    || v == 0x200E || v == 0x200F || v == 0x061C {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
