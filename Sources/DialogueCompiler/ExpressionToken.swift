/// One lexical token of a condition or assignment, with its offset (in Unicode scalars) in the source text.
struct ExpressionToken: Equatable {
    /// Token kinds.
    enum Kind: Equatable {
        case integer(Int)
        case text(String)
        case name(String)
        case keyword(String)   // and, or, not, true, false, null
        case symbol(String)    // ( ) + - * / == != < <= > >=
        case end
    }

    let kind: Kind
    let offset: Int

    static let keywords: Set<String> = ["and", "or", "not", "true", "false", "null"]

    /// Splits `source` into tokens, or fails with a message and an offset.
    static func tokenize(_ source: String) -> Result<[ExpressionToken], ExpressionError> {
        let chars = Array(source.unicodeScalars)
        var tokens: [ExpressionToken] = []
        var i = 0
        // Numbers and names are ASCII: made from bytes, which is quicker than appending scalars one by one.
        var bytes: [UInt8] = []
        func ascii(_ range: Range<Int>) -> String {
            bytes.removeAll(keepingCapacity: true)
            for c in chars[range] { bytes.append(UInt8(truncatingIfNeeded: c.value)) }
            return String(decoding: bytes, as: UTF8.self)
        }
        func fail(_ message: String, _ at: Int) -> Result<[ExpressionToken], ExpressionError> {
            .failure(ExpressionError(message: message, offset: at))
        }
        while i < chars.count {
            let c = chars[i]
            let start = i
            if c == " " || c == "\t" || c == "\n" { i += 1; continue }
            if ScriptVocabulary.isDigit(c) {
                while i < chars.count, ScriptVocabulary.isDigit(chars[i]) { i += 1 }
                if i < chars.count, ScriptVocabulary.isLetter(chars[i]) || chars[i] == "_" {
                    return fail("a number cannot run into letters", start)
                }
                let digits = ascii(start..<i)
                guard let value = Int(digits) else { return fail("number \(digits) is too large", start) }
                tokens.append(.init(kind: .integer(value), offset: start))
            } else if ScriptVocabulary.isLetter(c) || c == "_" {
                while i < chars.count,
                      ScriptVocabulary.isLetter(chars[i]) || ScriptVocabulary.isDigit(chars[i])
                        || chars[i] == "_" || chars[i] == "." { i += 1 }
                let word = ascii(start..<i)
                if chars[i - 1] == "." || zip(chars[start..<i], chars[(start + 1)..<i]).contains(where: { $0 == "." && $1 == "." }) {
                    return fail("'\(word)' is not a valid variable name", start)
                }
                tokens.append(.init(kind: keywords.contains(word) ? .keyword(word) : .name(word), offset: start))
            } else if c == "\"" || c == "'" {
                i += 1
                var text = String.UnicodeScalarView()
                var closed = false
                while i < chars.count {
                    if chars[i] == "\\", i + 1 < chars.count { text.append(chars[i + 1]); i += 2; continue }
                    if chars[i] == c { closed = true; i += 1; break }
                    text.append(chars[i]); i += 1
                }
                guard closed else { return fail("text starting here has no closing \(c)", start) }
                tokens.append(.init(kind: .text(String(text)), offset: start))
            } else {
                let next: Unicode.Scalar? = i + 1 < chars.count ? chars[i + 1] : nil
                let pair = next.map { String(c) + String($0) } ?? ""
                if ["==", "!=", "<=", ">="].contains(pair) {
                    tokens.append(.init(kind: .symbol(pair), offset: start)); i += 2
                } else if pair == "&&" || pair == "||" {
                    return fail("use '\(pair == "&&" ? "and" : "or")' instead of '\(pair)'", start)
                } else if "()+-*/<>".unicodeScalars.contains(c) {
                    tokens.append(.init(kind: .symbol(String(c)), offset: start)); i += 1
                } else if c == "=" {
                    return fail("use '==' to compare", start)
                } else if c == "!" {
                    return fail("use 'not' instead of '!'", start)
                } else {
                    return fail("unexpected character '\(c)'", start)
                }
            }
        }
        tokens.append(.init(kind: .end, offset: chars.count))
        return .success(tokens)
    }
}

/// Why an expression could not be parsed, and where (offset in Unicode scalars).
struct ExpressionError: Error, Equatable {
    let message: String
    let offset: Int
}
