/// The fixed words of script format v1: listening skills, safety categories and levels, and the name patterns.
public enum ScriptVocabulary {
    /// Listening-skill names accepted by `on_skill` (the twelve skills of `alongside skills classify`).
    public static let skills: [String] = [
        "open_question", "closed_question", "reflection", "complex_reflection", "summary", "affirmation",
        "validation", "advice", "information", "judgment", "self_disclosure", "other",
    ]
    /// Safety categories a script rule may use.
    public static let safetyCategories: [String] = [
        "suicide", "self_harm", "harm_to_others", "abuse_or_violence", "medical_emergency",
    ]
    /// Safety levels a script rule may use.
    public static let safetyLevels: [String] = ["concern", "urgent"]
    /// Shortest and longest pause, in seconds.
    public static let pauseRange: ClosedRange<Int> = 1...600

    /// Script ids: lowercase letters, digits and single hyphens, e.g. `grounding-54321`.
    static func isScriptID(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, isLowerOrDigit(first), s.count <= 64 else { return false }
        return s.unicodeScalars.allSatisfy { isLowerOrDigit($0) || $0 == "-" } && !s.hasSuffix("-") && !s.contains("--")
    }

    /// Node ids: a letter or `_`, then letters, digits, `_` or `-`.
    static func isNodeID(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, isLetter(first) || first == "_" else { return false }
        return s.unicodeScalars.allSatisfy { isLetter($0) || isDigit($0) || $0 == "_" || $0 == "-" }
    }

    /// Variable names: `[A-Za-z_][A-Za-z0-9_.]*`, not ending in a dot.
    static func isVariableName(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, isLetter(first) || first == "_" else { return false }
        return s.unicodeScalars.allSatisfy { isLetter($0) || isDigit($0) || $0 == "_" || $0 == "." }
            && !s.hasSuffix(".") && !s.contains("..")
    }

    /// Safety rule ids: lowercase letters, digits, `.`, `_` and `-`, starting with a letter.
    static func isRuleID(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return s.unicodeScalars.allSatisfy { isLowerOrDigit($0) || $0 == "." || $0 == "_" || $0 == "-" }
    }

    static func isLetter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }
    static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
    static func isLowerOrDigit(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || isDigit(c) }
}
