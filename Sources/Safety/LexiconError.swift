/// A problem in a rule file, with the file and line it came from.
public struct LexiconError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Sendable, Equatable {
        case wrongColumnCount(Int)
        case invalidID(String)
        case unknownCategory(String)
        case unknownLevel(String)
        case emptyPhrase
        case badPattern(String)
        case duplicateID(String)
        case coreIDReused(String)
    }

    /// The rule file's name as given to the parser.
    public let origin: String
    /// The 1-based line number.
    public let line: Int
    /// The reason.
    public let reason: Reason

    /// Creates an error.
    public init(origin: String, line: Int, reason: Reason) {
        self.origin = origin
        self.line = line
        self.reason = reason
    }

    /// `origin:line: message`, ready for a terminal.
    public var description: String { "\(origin):\(line): \(message)" }

    /// The message without location.
    public var message: String {
        switch reason {
        case .wrongColumnCount(let n):
            return "expected 4 or 5 tab-separated columns (id, category, level, phrases, examples), found \(n)"
        case .invalidID(let id):
            return "invalid rule id '\(id)': use lowercase dotted words like 'suicide.intent.kill-self'"
        case .unknownCategory(let c):
            let known = RiskCategory.allCases.map(\.rawValue).joined(separator: ", ")
            return "unknown category '\(c)' (expected one of: \(known))"
        case .unknownLevel(let l):
            return "unknown level '\(l)' (expected one of: urgent, concern, check, intent, means, time, clock, past, exempt, readback, place, scene, topic, wish)"
        case .emptyPhrase:
            return "empty phrase: every phrase between '|' must contain at least one word"
        case .badPattern(let p):
            return "bad phrase pattern '\(p)': braces unbalanced, nested, or expanding to more than 10000 phrases"
        case .duplicateID(let id):
            return "duplicate rule id '\(id)'"
        case .coreIDReused(let id):
            return "rule id '\(id)' belongs to a core rule; core rules cannot be replaced or disabled"
        }
    }
}
