/// Expands the small pattern language used in lexicon phrases.
enum PhrasePattern {
    /// Largest number of phrases one pattern may expand to.
    static let maxExpansion = 10_000

    /// Expands `{a,b,}` groups into every combination; `nil` alternatives are not allowed to nest.
    static func expand(_ pattern: String) throws(PatternFailure) -> [String] {
        var results = [""]
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "{") {
            let literal = rest[..<open]
            if literal.contains("}") { throw PatternFailure() }
            guard let close = rest[open...].firstIndex(of: "}") else { throw PatternFailure() }
            let inner = rest[rest.index(after: open)..<close]
            if inner.contains("{") { throw PatternFailure() }
            let options = inner.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            var next: [String] = []
            for prefix in results {
                for option in options { next.append(prefix + literal + option) }
            }
            if next.count > maxExpansion { throw PatternFailure() }
            results = next
            rest = rest[rest.index(after: close)...]
        }
        if rest.contains("}") { throw PatternFailure() }
        return results.map { $0 + rest }
    }

    /// Signals an unbalanced, nested or oversized pattern.
    struct PatternFailure: Error {}
}
