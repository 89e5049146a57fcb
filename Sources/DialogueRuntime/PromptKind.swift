/// The kinds of answer a prompt accepts.
public enum PromptKind: Sendable, Equatable, Codable {
    /// Any text, possibly empty.
    case text
    /// Text that is not blank.
    case nonEmpty
    /// A whole number in `min...max`.
    case integer(min: Int, max: Int)
    /// Yes or no.
    case yesNo
    /// Between `min` and `max` items separated by commas, semicolons, new lines or " and ".
    case list(min: Int, max: Int)
    /// One of the labels, shown numbered 1...n.
    case choice([String])
    /// A trainee's reply in a role-play, classified by listening skill.
    case listen

    /// A short hint for the shell to show after the question ("(0-10)", "(yes/no)"...); "" for free text.
    public var hint: String {
        switch self {
        case .text, .nonEmpty, .listen: return ""
        case .integer(let min, let max): return "(\(min)-\(max))"
        case .yesNo: return "(yes/no)"
        case .list(let min, let max):
            let count = min == max ? "\(min)" : "\(min)-\(max)"
            return "(\(count), separate with commas)"
        case .choice(let labels): return labels.isEmpty ? "" : "(1-\(labels.count))"
        }
    }

    /// Kind, specific words shown when an answer does not fit this kind.
    public var defaultRetry: String {
        switch self {
        case .text:
            return "Any answer is fine here, even an empty one."
        case .nonEmpty:
            return "Take your time. A few words are enough, and there is no wrong answer."
        case .integer(let min, let max):
            return "That doesn't look like a number from \(min) to \(max). Any whole number in that range is fine."
        case .yesNo:
            return "I didn't quite catch that. A simple yes or no is all I need."
        case .list(let min, let max):
            return "I'm looking for \(Self.amount(min, max)). Separate them with commas, like: first, second, third."
        case .choice(let labels):
            return "Please pick one of the options by its number (1 to \(labels.count)) or by its name."
        case .listen:
            return "Take your time. Type what you would say to them, in your own words."
        }
    }

    /// "5 things", "1 thing", "between 2 and 4 things".
    static func amount(_ min: Int, _ max: Int) -> String {
        if min == max { return min == 1 ? "1 thing" : "\(min) things" }
        return "between \(min) and \(max) things"
    }
}
