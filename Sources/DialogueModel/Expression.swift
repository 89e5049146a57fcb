/// A small expression over script variables, used by `if:` conditions and `set:` assignments.
///
/// Grammar (parsed by the compiler): `or`, `and`, `not`, comparisons `== != < <= > >=`,
/// `+ - * /`, parentheses, integers, `"text"`, `true`, `false`, `null` and variable names.
public indirect enum Expression: Sendable, Equatable, Codable {
    case literal(Value)
    case variable(String)
    case not(Expression)
    case negate(Expression)
    case binary(BinaryOperator, Expression, Expression)

    /// Variable names this expression reads.
    public var variables: [String] {
        switch self {
        case .literal: return []
        case .variable(let name): return [name]
        case .not(let e), .negate(let e): return e.variables
        case .binary(_, let l, let r): return l.variables + r.variables
        }
    }

    /// Evaluates against variables; unknown variables are `null`, arithmetic on non-numbers gives `null`.
    public func evaluate(_ variables: [String: Value]) -> Value {
        switch self {
        case .literal(let v): return v
        case .variable(let name): return variables[name] ?? .null
        case .not(let e): return .bool(!e.evaluate(variables).isTruthy)
        case .negate(let e):
            if case .int(let i) = e.evaluate(variables) { return .int(-i) }
            return .null
        case .binary(let op, let l, let r):
            return op.apply(l.evaluate(variables), { r.evaluate(variables) })
        }
    }
}

/// Binary operators of `Expression`, lowest precedence first.
public enum BinaryOperator: String, Sendable, Equatable, Codable, CaseIterable {
    case or, and
    case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case plus = "+", minus = "-", times = "*", divide = "/"

    /// Whether the operator compares two values and yields a boolean.
    public var isComparison: Bool {
        [.equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual].contains(self)
    }

    /// Applies the operator; `rhs` is evaluated lazily so `and`/`or` short-circuit.
    func apply(_ lhs: Value, _ rhs: () -> Value) -> Value {
        switch self {
        case .or: return lhs.isTruthy ? .bool(true) : .bool(rhs().isTruthy)
        case .and: return lhs.isTruthy ? .bool(rhs().isTruthy) : .bool(false)
        case .equal: return .bool(Self.equal(lhs, rhs()))
        case .notEqual: return .bool(!Self.equal(lhs, rhs()))
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            guard let order = Self.compare(lhs, rhs()) else { return .bool(false) }
            switch self {
            case .less: return .bool(order < 0)
            case .lessOrEqual: return .bool(order <= 0)
            case .greater: return .bool(order > 0)
            default: return .bool(order >= 0)
            }
        case .plus:
            let r = rhs()
            if case .int(let a) = lhs, case .int(let b) = r { return .int(a &+ b) }
            if case .list(let items) = lhs { return .list(Self.appending(r, to: items)) }
            if case .null = lhs { return .null }
            return .string(lhs.description + r.description)
        case .minus, .times, .divide:
            guard case .int(let a) = lhs, case .int(let b) = rhs() else { return .null }
            switch self {
            case .minus: return .int(a &- b)
            case .times: return .int(a &* b)
            default: return b == 0 ? .null : .int(a / b)
            }
        }
    }

    /// A list with `value` added: a list's items, one text or number, nothing for null or empty text.
    static func appending(_ value: Value, to items: [String]) -> [String] {
        switch value {
        case .list(let more): return items + more
        case .null: return items
        case .string(let text) where text.isEmpty: return items
        default: return items + [value.description]
        }
    }

    /// Equality that treats text case-insensitively and compares numbers with numeric text.
    static func equal(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.string(let x), .string(let y)): return x.lowercased() == y.lowercased()
        case (.int(let x), .string(let y)), (.string(let y), .int(let x)): return Int(y) == x
        default: return a == b
        }
    }

    /// Ordering for numbers, text and list sizes; nil when the values cannot be ordered.
    static func compare(_ a: Value, _ b: Value) -> Int? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.string(let x), .string(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.list(let x), .int(let y)): return x.count < y ? -1 : (x.count == y ? 0 : 1)
        default: return nil
        }
    }
}
