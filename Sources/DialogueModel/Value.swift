/// A runtime value held in a script variable.
public enum Value: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case list([String])

    /// The value as a person reads it in interpolated text.
    public var description: String {
        switch self {
        case .null: return ""
        case .bool(let b): return b ? "yes" : "no"
        case .int(let i): return String(i)
        case .string(let s): return s
        case .list(let items): return Value.join(items)
        }
    }

    /// Truthiness used by conditions: null, false, 0, "" and [] are false.
    public var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .string(let s): return !s.isEmpty
        case .list(let l): return !l.isEmpty
        }
    }

    /// The type name used in diagnostics and errors.
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .int: return "number"
        case .string: return "text"
        case .list: return "list"
        }
    }

    /// "a, b and c".
    static func join(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
    }
}
