/// Makes text safe to print on a terminal: control characters, escape sequences and bidi overrides
/// typed by a person are shown as visible placeholders, never replayed raw.
public enum TerminalText {
    /// `text` with C0/C1 controls (except tab), DEL and bidirectional overrides made visible.
    public static func safe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if !isUnsafe(scalar) {
                out.append(scalar)
            } else if scalar.value < 0x20 {
                out.append(contentsOf: "^".unicodeScalars)
                out.append(Unicode.Scalar(UInt8(scalar.value + 0x40)))
            } else {
                out.append(contentsOf: "<U+\(String(scalar.value, radix: 16, uppercase: true))>".unicodeScalars)
            }
        }
        return String(out)
    }

    /// Whether the text holds anything `safe(_:)` would change.
    public static func hasControls(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: isUnsafe)
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v == 0x09 { return false }
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            || v == 0x200E || v == 0x200F || v == 0x061C
    }
}
