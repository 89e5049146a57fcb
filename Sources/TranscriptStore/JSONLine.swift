import TextEncoding
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
        JSONString.quoted(value)
    }
}
