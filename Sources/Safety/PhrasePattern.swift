/// Expands the small pattern language used in lexicon phrases.
enum PhrasePattern {
    /// Largest number of phrases one pattern may expand to.
    static let maxExpansion = 10_000

    /// Expands `{a,b,}` groups into every combination; `nil` alternatives are not allowed to nest.
    ///
    /// Braces are looked for as bytes (`utf8.contains`): `contains("}")` with a string argument went through
    /// Foundation's `range(of:)` and was a tenth of the start-up of `safety scan` with 3,000 extra rules.
    static func expand(_ pattern: String) throws(PatternFailure) -> [String] {
        var results = [""]
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "{") {
            let literal = rest[..<open]
            if literal.utf8.contains(closeBrace) { throw PatternFailure() }
            guard let close = rest[open...].firstIndex(of: "}") else { throw PatternFailure() }
            let inner = rest[rest.index(after: open)..<close]
            if inner.utf8.contains(openBrace) { throw PatternFailure() }
            let options = inner.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            var next: [String] = []
            for prefix in results {
                for option in options { next.append(prefix + literal + option) }
            }
            if next.count > maxExpansion { throw PatternFailure() }
            results = next
            rest = rest[rest.index(after: close)...]
        }
        if rest.utf8.contains(closeBrace) { throw PatternFailure() }
        return results.map { $0 + rest }
    }

    private static let openBrace = UInt8(ascii: "{")
    private static let closeBrace = UInt8(ascii: "}")

    /// Signals an unbalanced, nested or oversized pattern.
    struct PatternFailure: Error {}
}
