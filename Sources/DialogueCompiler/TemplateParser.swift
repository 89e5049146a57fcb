import DialogueModel

/// Splits text with `{name}` placeholders (and `{{` / `}}` escapes) into template parts.
enum TemplateParser {
    /// The parts of a template, the placeholders with their offsets, and any errors.
    struct Parsed {
        var parts: [TextTemplate.Part] = []
        var variables: [(name: String, offset: Int)] = []
        var errors: [ExpressionError] = []
    }

    /// Parses `text`; offsets are in Unicode scalars from the start of the text.
    static func parse(_ text: String) -> Parsed {
        // Most texts have no braces: the whole text is one literal part.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") }) else {
            return Parsed(parts: [.literal(text)])
        }
        let chars = Array(text.unicodeScalars)
        var result = Parsed()
        var literal = String.UnicodeScalarView()
        var i = 0
        func flush() {
            if !literal.isEmpty { result.parts.append(.literal(String(literal))); literal = .init() }
        }
        while i < chars.count {
            let c = chars[i]
            let next: Unicode.Scalar? = i + 1 < chars.count ? chars[i + 1] : nil
            if c == "{" && next == "{" { literal.append("{"); i += 2; continue }
            if c == "}" && next == "}" { literal.append("}"); i += 2; continue }
            if c == "}" {
                result.errors.append(.init(message: "unmatched '}' (write '}}' for a literal brace)", offset: i))
                literal.append(c); i += 1; continue
            }
            guard c == "{" else { literal.append(c); i += 1; continue }
            guard let close = chars[(i + 1)...].firstIndex(where: { $0 == "}" || $0 == "{" }), chars[close] == "}" else {
                result.errors.append(.init(message: "'{' is not closed (write '{{' for a literal brace)", offset: i))
                literal.append(c); i += 1; continue
            }
            let raw = String(String.UnicodeScalarView(chars[(i + 1)..<close]))
            let name = raw.trimming(" ")
            if name.isEmpty {
                result.errors.append(.init(message: "empty placeholder '{}'", offset: i))
            } else if !ScriptVocabulary.isVariableName(name) {
                result.errors.append(.init(message: "'{\(raw)}' is not a variable name (letters, digits, '_' and '.')",
                                           offset: i))
            } else {
                flush()
                result.parts.append(.variable(name))
                let lead = raw.unicodeScalars.prefix { $0 == " " }.count
                result.variables.append((name, i + 1 + lead))
            }
            i = close + 1
        }
        flush()
        if result.parts.isEmpty { result.parts = [.literal("")] }
        return result
    }
}

extension String {
    /// The string without leading and trailing occurrences of `c`.
    func trimming(_ c: Character) -> String {
        var s = Substring(self)
        while s.first == c { s = s.dropFirst() }
        while s.last == c { s = s.dropLast() }
        return String(s)
    }
}
