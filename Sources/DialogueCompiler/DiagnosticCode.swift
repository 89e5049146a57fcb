/// The catalogue of compiler findings. Codes are stable: never renumber, only add.
///
/// Each code is explained with an example and a fix in `docs/diagnostics.md`.
public enum DiagnosticCode: String, Sendable, Equatable, Codable, CaseIterable {
    /// The text is not valid YAML.
    case yamlSyntax = "AL0001"
    /// The file is larger than the compiler accepts.
    case fileTooLarge = "AL0002"
    /// Collections are nested deeper than the compiler accepts.
    case nestingTooDeep = "AL0003"
    /// The document expands to too many YAML nodes (usually an alias bomb).
    case documentTooLarge = "AL0004"
    /// The same key appears twice in one mapping (including two nodes with one id).
    case duplicateKey = "AL0005"
    /// A value has the wrong YAML type (a list where text was expected...).
    case wrongType = "AL0006"
    /// A key the format does not know.
    case unknownKey = "AL0007"
    /// A required key is missing.
    case missingKey = "AL0008"
    /// `kind` is not one of the known exercise kinds.
    case invalidKind = "AL0009"
    /// An id or name has characters that are not allowed.
    case invalidName = "AL0010"
    /// `start` names a node that does not exist.
    case missingStartNode = "AL0011"
    /// A link (`next`, a choice, a branch arm...) names a node that does not exist.
    case unknownTarget = "AL0012"
    /// No path from `start` reaches this node.
    case unreachableNode = "AL0013"
    /// A node has no action, so the conversation would be stuck there.
    case noAction = "AL0014"
    /// A node has more than one action.
    case multipleActions = "AL0015"
    /// A text or condition uses a variable that is never given a value.
    case undefinedVariable = "AL0016"
    /// A condition or assignment is not a valid expression.
    case expressionSyntax = "AL0017"
    /// A text has a malformed `{placeholder}`.
    case templateSyntax = "AL0018"
    /// `expect` (or `rating`) does not describe a valid answer.
    case invalidExpectation = "AL0019"
    /// `choices` has no options.
    case emptyChoices = "AL0020"
    /// Two options of one `choices` have the same label.
    case duplicateChoiceLabel = "AL0021"
    /// `on_skill` names a listening skill that does not exist.
    case unknownSkill = "AL0022"
    /// `on_skill` has no `default` target.
    case missingDefaultSkill = "AL0023"
    /// A pause is shorter than 1 second or longer than 600.
    case pauseOutOfRange = "AL0024"
    /// A text is empty.
    case emptyText = "AL0025"
    /// A text contains what looks like a phone number.
    case phoneNumberInText = "AL0026"
    /// A safety rule names an unknown category.
    case unknownSafetyCategory = "AL0027"
    /// A safety rule names an unknown level.
    case unknownSafetyLevel = "AL0028"
    /// A safety rule has no phrases.
    case emptySafetyPhrases = "AL0029"
    /// Two safety rules have the same id.
    case duplicateSafetyRule = "AL0030"
    /// A number is outside the range the format allows.
    case valueOutOfRange = "AL0031"
    /// A key belongs to another action (`expect` without `ask`...).
    case misplacedKey = "AL0032"
    /// A skill appears in more than one `on_skill` entry; only the first counts.
    case duplicateSkill = "AL0033"
    /// From this node no `end` can be reached, so the conversation can never finish.
    case noPathToEnd = "AL0034"
    /// A `document` section names a variable that no node saves or sets.
    case documentSectionNotSaved = "AL0035"
    /// Two `document` sections have the same key.
    case duplicateDocumentSection = "AL0036"
    /// A branch condition is always true or always false, whatever the answers.
    case constantCondition = "AL0037"
    /// A variable is declared or set, but nothing ever reads it.
    case unusedVariable = "AL0038"
    /// A variable is read where, on some path from `start`, nothing has given it a value yet.
    case readBeforeValue = "AL0039"
    /// A comparison between values of kinds that never compare as meant (text with a number, a list with text...):
    /// an error, since the condition's result is fixed whatever the answers.
    case typeMismatch = "AL0040"
    /// A branch arm comes after an always-true condition, so it is never tried.
    case armNeverTaken = "AL0041"
    /// A text is longer than 400 characters.
    case longText = "AL0042"
    /// A script file has no testplan beside it.
    case noTestplan = "AL0043"
    /// `on_skill` written in the older form (a list or "a, b" as a key); `alongside lint --fix` rewrites it.
    case oldSkillForm = "AL0044"
    /// A safety phrase the router's rule parser rejects (unbalanced braces, `|`, a tab, no words).
    case invalidSafetyPhrase = "AL0045"

    /// A short title for the catalogue and `--help` output.
    public var title: String {
        switch self {
        case .yamlSyntax: return "YAML syntax error"
        case .fileTooLarge: return "file too large"
        case .nestingTooDeep: return "nesting too deep"
        case .documentTooLarge: return "document expands to too many nodes"
        case .duplicateKey: return "duplicate key"
        case .wrongType: return "wrong value type"
        case .unknownKey: return "unknown key"
        case .missingKey: return "missing required key"
        case .invalidKind: return "invalid exercise kind"
        case .invalidName: return "invalid id or name"
        case .missingStartNode: return "start node does not exist"
        case .unknownTarget: return "link to a missing node"
        case .unreachableNode: return "unreachable node"
        case .noAction: return "node without action"
        case .multipleActions: return "more than one action"
        case .undefinedVariable: return "undefined variable"
        case .expressionSyntax: return "expression syntax error"
        case .templateSyntax: return "placeholder syntax error"
        case .invalidExpectation: return "invalid expectation"
        case .emptyChoices: return "empty choices"
        case .duplicateChoiceLabel: return "duplicate choice label"
        case .unknownSkill: return "unknown listening skill"
        case .missingDefaultSkill: return "on_skill without default"
        case .pauseOutOfRange: return "pause out of range"
        case .emptyText: return "empty text"
        case .phoneNumberInText: return "phone number in text"
        case .unknownSafetyCategory: return "unknown safety category"
        case .unknownSafetyLevel: return "unknown safety level"
        case .emptySafetyPhrases: return "safety rule without phrases"
        case .duplicateSafetyRule: return "duplicate safety rule id"
        case .valueOutOfRange: return "value out of range"
        case .misplacedKey: return "key not allowed with this action"
        case .duplicateSkill: return "skill listed twice"
        case .noPathToEnd: return "no way to finish"
        case .documentSectionNotSaved: return "document section never saved"
        case .duplicateDocumentSection: return "duplicate document section"
        case .constantCondition: return "condition is always true or false"
        case .unusedVariable: return "value never read"
        case .readBeforeValue: return "variable may have no value yet"
        case .typeMismatch: return "comparison of different kinds of value"
        case .armNeverTaken: return "branch arm never tried"
        case .longText: return "very long text"
        case .noTestplan: return "no testplan"
        case .oldSkillForm: return "older on_skill form"
        case .invalidSafetyPhrase: return "invalid safety phrase"
        }
    }

    /// The severity used unless a check says otherwise.
    public var defaultSeverity: Severity {
        switch self {
        case .unreachableNode, .emptyText, .phoneNumberInText, .duplicateSkill, .noPathToEnd, .constantCondition,
             .unusedVariable, .readBeforeValue, .armNeverTaken, .longText, .oldSkillForm: return .warning
        case .noTestplan: return .note
        default: return .error
        }
    }
}
