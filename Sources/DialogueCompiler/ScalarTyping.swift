import Yams

/// How the reader learns a scalar's type (`.int`, `.bool`, `.null`, `.str`...), which depends on how the
/// tree was composed (see `YAMLLoader.load`).
enum ScalarTyping {
    /// Composed with `YAMLLoader.resolver`: the tag Yams resolved.
    case resolvedByYams
    /// Composed without resolver rules from a text that holds no tags: a plain scalar is typed by
    /// `PlainScalarType` (the same rules, without regular expressions); every other scalar is text, as YAML
    /// makes quoted and block scalars. Yams' own tags are ignored (it called them all text).
    case plainRules

    /// The tag name of `node`.
    func tagName(of node: Node) -> Tag.Name {
        if case .plainRules = self, case .scalar(let scalar) = node {
            return scalar.style == .plain ? PlainScalarType.resolve(scalar.string) : .str
        }
        return Tag.Name(rawValue: node.tag.rawValue)
    }

    /// `node.int` (Yams' reading of a whole number), without Yams' Foundation string edits for the usual
    /// case of a plain decimal number (`0` or `[-+]?[1-9][0-9]*`), which Yams reads with `Int(_:)` too.
    static func int(_ node: Node) -> Int? {
        guard let scalar = node.scalar else { return nil }
        if scalar.style == .plain || scalar.style == .any {
            if scalar.string == "0" { return 0 }     // as Yams reads it
            let bytes = scalar.string.utf8
            let digits = bytes.drop { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") }
            if bytes.count - digits.count <= 1, let first = digits.first, first >= UInt8(ascii: "1"), first <= UInt8(ascii: "9"),
               digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
                return Int(scalar.string)
            }
        }
        return node.int
    }

    /// A true/false scalar's value, read as Yams reads one (`yes`, `on`, `true` in any case...).
    static func bool(_ node: Node) -> Bool? {
        switch node.scalar?.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }

    /// Whether the text may hold a tag (`!!str`, `!local`, a lone `!`): a `!` at the start of a line or
    /// after a space, tab or one of `[ { , : - ?`. Only then is the slower, resolver-typed load needed.
    /// (A `!` inside words, like "Well done!", cannot start a tag.)
    static func mayHoldTags(_ text: String) -> Bool {
        var previous: UInt8 = 0x0A
        for byte in text.utf8 {
            if byte == UInt8(ascii: "!") {
                switch previous {
                case 0x0A, 0x0D, 0x20, 0x09, 0xBF, UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","),
                     UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: "?"):
                    return true
                default:
                    break
                }
            }
            previous = byte
        }
        return false
    }
}
