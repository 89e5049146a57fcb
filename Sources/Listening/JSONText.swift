import TextEncoding

/// JSON string escaping for one-line output (see `TextEncoding.JSONString`).
enum JSONText {
    /// Returns `text` as a quoted JSON string literal.
    static func quoted(_ text: String) -> String {
        JSONString.quoted(text)
    }

    /// Appends `text` as a quoted JSON string literal to `out`.
    static func append(_ text: String, to out: inout String) {
        out += JSONString.quoted(text)
    }
}
