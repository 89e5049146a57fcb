import DialogueModel
import Safety

/// A script's extra safety rules as the router's own rule values: checked at compile time by the router's
/// parser (`SafetyLexicon.parse`), built at run time without writing them back to rule-file text.
public enum ScriptSafetyRules {
    /// Why the router would reject `phrase`, in plain words; nil when it is a usable phrase.
    ///
    /// The phrase is checked on its own by `SafetyLexicon.parse` (so patterns such as `{a,b}`, `word*` and
    /// `#` are read exactly as the router reads them); `|`, tabs and line breaks are the rule file's separators
    /// and cannot be inside one phrase.
    public static func problem(with phrase: String) -> String? {
        if phrase.contains("|") { return "'|' separates phrases in rule files; write each alternative as its own phrase" }
        if phrase.contains(where: { $0 == "\t" || $0.isNewline }) { return "a phrase is one line without tabs" }
        do {
            _ = try SafetyLexicon.parse("script.phrase\tsuicide\tconcern\t\(phrase)", origin: "script")
            return nil
        } catch let error as LexiconError {
            switch error.reason {
            case .badPattern: return "its { } alternatives are unbalanced, nested or expand to more than 10,000 phrases"
            case .emptyPhrase: return "it has no words the router can match"
            default: return error.message
            }
        } catch {
            return "\(error)"
        }
    }

    /// The router rules for `script`'s `safety:` entries (each `concern` or `urgent`, raising the level).
    public static func rules(for script: DialogueScript) -> [SafetyRule] {
        script.safetyRules.compactMap { rule in
            guard let category = RiskCategory(rawValue: rule.category) else { return nil }
            let level: RiskLevel = rule.level == "urgent" ? .urgent : .concern
            return SafetyRule(id: rule.id, category: category, level: level, effect: .raise, phrases: rule.phrases,
                              origin: rule.location.file, line: rule.location.line)
        }
    }
}
