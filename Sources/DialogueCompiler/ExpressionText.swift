import DialogueModel

/// Writes an `Expression` back as script text (for graph labels and messages), with only the parentheses
/// its precedence needs.
public enum ExpressionText {
    /// `before - after >= 2`, `not (a or b)`, `name == 'Sam'`.
    public static func written(_ expression: Expression) -> String {
        write(expression, context: 0)
    }

    private static func precedence(_ op: BinaryOperator) -> Int {
        switch op {
        case .or: return 1
        case .and: return 2
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual: return 4
        case .plus, .minus: return 5
        case .times, .divide: return 6
        }
    }

    private static func write(_ expression: Expression, context: Int) -> String {
        switch expression {
        case .literal(let value):
            switch value {
            case .null: return "null"
            case .bool(let b): return b ? "true" : "false"
            case .int(let i): return String(i)
            case .string(let s): return "'" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
            case .list(let items): return "[" + items.joined(separator: ", ") + "]"
            }
        case .variable(let name): return name
        case .not(let inner):
            let text = "not " + write(inner, context: 5)   // "not (a == b)" reads unambiguously
            return context > 3 ? "(\(text))" : text
        case .negate(let inner): return "-" + write(inner, context: 7)
        case .binary(let op, let lhs, let rhs):
            let p = precedence(op)
            let text = write(lhs, context: p) + " \(op.rawValue) " + write(rhs, context: p + 1)
            return p < context ? "(\(text))" : text
        }
    }
}
