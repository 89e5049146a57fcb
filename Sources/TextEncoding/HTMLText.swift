/// Escaping for text placed in HTML or SVG; control characters and bidi overrides are made visible first.
public enum HTMLText {
    /// `text` with `& < > " '` as entities, after `TerminalText.safe`.
    public static func escape(_ text: String) -> String {
        var out = ""
        for character in TerminalText.safe(text) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
