import Yams

/// The type YAML's core rules give a plain (unquoted, untagged) scalar: `.bool`, `.int`, `.float`, `.null`
/// or `.str`, decided by hand-written matchers instead of Yams' regular expressions.
///
/// Yams matches every plain scalar against one `NSRegularExpression` per rule; in a large script that
/// was the biggest single cost of reading it. These matchers accept exactly what `YAMLLoader.resolver`'s
/// rules accept (bool, int, float, null, tried in that order; `ScalarTypeTests` compares them), including
/// the rules' `$`, which also matches before one line break at the very end.
enum PlainScalarType {
    /// The tag name the loader's resolver would give `text` written as a plain scalar.
    static func resolve(_ text: String) -> Tag.Name {
        // Every rule's match starts with a digit, a sign, '.', '~' or one of the letters of yes, no, true,
        // false, on, off and null; most texts start with another letter and are text.
        if let first = text.utf8.first, (first | 0x20) >= UInt8(ascii: "a"), (first | 0x20) <= UInt8(ascii: "z"),
           !"ynftoYNFTO".utf8.contains(first) {
            return .str
        }
        var bytes = Array(text.utf8)
        if let name = resolve(bytes) { return name }
        guard dropFinalLineBreak(&bytes) else { return .str }
        return resolve(bytes) ?? .str
    }

    private static func resolve(_ s: [UInt8]) -> Tag.Name? {
        if isBool(s) { return .bool }
        if isInt(s) { return .int }
        if isFloat(s) { return .float }
        if isNull(s) { return .null }
        return nil
    }

    /// Removes one line terminator (as ICU's `$` sees them) from the end; false when there is none.
    private static func dropFinalLineBreak(_ s: inout [UInt8]) -> Bool {
        guard let last = s.last else { return false }
        switch last {
        case 0x0A:
            s.removeLast()
            if s.last == 0x0D { s.removeLast() }
            return true
        case 0x0B, 0x0C, 0x0D:
            s.removeLast()
            return true
        case 0x85 where s.count >= 2 && s[s.count - 2] == 0xC2:               // U+0085
            s.removeLast(2)
            return true
        case 0xA8 where s.count >= 3 && s[s.count - 3] == 0xE2 && s[s.count - 2] == 0x80,     // U+2028
             0xA9 where s.count >= 3 && s[s.count - 3] == 0xE2 && s[s.count - 2] == 0x80:     // U+2029
            s.removeLast(3)
            return true
        default:
            return false
        }
    }

    private static let boolWords: Set<[UInt8]> = Set([
        "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF",
    ].map { Array($0.utf8) })

    private static let nullWords: Set<[UInt8]> = Set(["~", "null", "Null", "NULL", ""].map { Array($0.utf8) })

    /// `[-+]?\.(?:inf|Inf|INF)` and `\.(?:nan|NaN|NAN)`.
    private static let specialFloats: Set<[UInt8]> = Set(
        (["", "-", "+"].flatMap { sign in [".inf", ".Inf", ".INF"].map { sign + $0 } } + [".nan", ".NaN", ".NAN"])
            .map { Array($0.utf8) })

    static func isBool(_ s: [UInt8]) -> Bool { s.count <= 5 && boolWords.contains(s) }

    static func isNull(_ s: [UInt8]) -> Bool { s.count <= 4 && nullWords.contains(s) }

    private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    /// The index after `s[i...]`'s run of bytes accepted by `accept`.
    private static func run(_ s: [UInt8], from i: Int, _ accept: (UInt8) -> Bool) -> Int {
        var j = i
        while j < s.count, accept(s[j]) { j += 1 }
        return j
    }

    /// After an optional sign.
    private static func afterSign(_ s: [UInt8]) -> Int {
        (s.first == UInt8(ascii: "-") || s.first == UInt8(ascii: "+")) ? 1 : 0
    }

    /// `(?::[0-5]?[0-9])+` from `i`: the index after it, or nil when there is not at least one group.
    private static func sexagesimalGroups(_ s: [UInt8], from i: Int) -> Int? {
        var j = i
        var groups = 0
        while j < s.count, s[j] == UInt8(ascii: ":") {
            let end = run(s, from: j + 1, isDigit)
            let digits = end - (j + 1)
            if digits == 1 || (digits == 2 && s[j + 1] <= UInt8(ascii: "5")) {
                groups += 1
                j = end
            } else {
                // A longer digit run cannot be one group; the regex would stop before this colon.
                break
            }
        }
        return groups > 0 ? j : nil
    }

    /// `^(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$`
    static func isInt(_ s: [UInt8]) -> Bool {
        let i = afterSign(s)
        guard i < s.count else { return false }
        let n = s.count
        if s[i] == UInt8(ascii: "0") {
            if n == i + 1 { return true }                                              // 0
            let next = s[i + 1]
            if next == UInt8(ascii: "b") {                                             // 0b[01_]+
                return n > i + 2 && run(s, from: i + 2) { $0 == 0x30 || $0 == 0x31 || $0 == 0x5F } == n
            }
            if next == UInt8(ascii: "x") {                                             // 0x[0-9a-fA-F_]+
                return n > i + 2 && run(s, from: i + 2) {
                    isDigit($0) || ($0 >= 0x61 && $0 <= 0x66) || ($0 >= 0x41 && $0 <= 0x46) || $0 == 0x5F
                } == n
            }
            let octal = next == UInt8(ascii: "o") ? i + 2 : i + 1                     // 0o?[0-7_]+
            return n > octal && run(s, from: octal) { ($0 >= 0x30 && $0 <= 0x37) || $0 == 0x5F } == n
        }
        guard s[i] >= UInt8(ascii: "1") && s[i] <= UInt8(ascii: "9") else { return false }
        let end = run(s, from: i + 1) { isDigit($0) || $0 == 0x5F }
        if end == n { return true }                                                    // [1-9][0-9_]*
        return sexagesimalGroups(s, from: end) == n                                    // ...(?::[0-5]?[0-9])+
    }

    /// The float rule: decimal with optional fraction and exponent, `.5`, sexagesimal, `.inf`, `.nan`.
    static func isFloat(_ s: [UInt8]) -> Bool {
        let n = s.count
        if n == 0 { return false }
        if specialFloats.contains(s) { return true }                                   // [-+]?\.inf, \.nan
        let i = afterSign(s)
        guard i < n else { return false }
        // \.[0-9_]+(?:[eE][-+][0-9]+)?   (no sign allowed)
        if s[0] == UInt8(ascii: ".") {
            let end = run(s, from: 1) { isDigit($0) || $0 == 0x5F }
            guard end > 1 else { return false }
            if end == n { return true }
            guard s[end] == UInt8(ascii: "e") || s[end] == UInt8(ascii: "E"), end + 1 < n,
                  s[end + 1] == UInt8(ascii: "-") || s[end + 1] == UInt8(ascii: "+") else { return false }
            let digits = run(s, from: end + 2, isDigit)
            return digits > end + 2 && digits == n
        }
        guard isDigit(s[i]) else { return false }
        let whole = run(s, from: i + 1) { isDigit($0) || $0 == 0x5F }
        // [-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*
        if whole < n, s[whole] == UInt8(ascii: ":") {
            guard let end = sexagesimalGroups(s, from: whole), end < n, s[end] == UInt8(ascii: ".") else { return false }
            return run(s, from: end + 1) { isDigit($0) || $0 == 0x5F } == n
        }
        // [-+]?[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?
        var j = whole
        if j < n, s[j] == UInt8(ascii: ".") { j = run(s, from: j + 1) { isDigit($0) || $0 == 0x5F } }
        if j == n { return true }
        guard s[j] == UInt8(ascii: "e") || s[j] == UInt8(ascii: "E") else { return false }
        j += 1
        if j < n, s[j] == UInt8(ascii: "-") || s[j] == UInt8(ascii: "+") { j += 1 }
        let digits = run(s, from: j, isDigit)
        return digits > j && digits == n
    }
}
