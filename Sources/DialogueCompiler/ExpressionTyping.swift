import DialogueModel

/// The kinds of value the compiler can tell apart without running a script.
enum ValueType: String, Sendable, Equatable {
    case number, text, boolean, list

    /// How the type reads in messages ("a list", "yes/no"...).
    var phrase: String {
        switch self {
        case .number: return "a number"
        case .text: return "text"
        case .boolean: return "a yes/no value"
        case .list: return "a list"
        }
    }

    /// The type of a runtime value; nil for `null`.
    init?(_ value: Value) {
        switch value {
        case .null: return nil
        case .bool: self = .boolean
        case .int: self = .number
        case .string: self = .text
        case .list: self = .list
        }
    }

    /// The type an answer is saved as.
    init(_ expectation: Expectation) {
        switch expectation {
        case .text, .nonEmpty: self = .text
        case .integer: self = .number
        case .yesNo: self = .boolean
        case .list: self = .list
        }
    }
}

/// Static facts about expressions: their type when it can be known, constant values, and comparisons whose
/// two sides can never meaningfully be compared.
struct ExpressionTyping {
    /// Known variable types (variables that only ever hold one type).
    let variables: [String: ValueType]

    /// The expression's type, or nil when it cannot be known.
    func type(of expression: Expression) -> ValueType? {
        switch expression {
        case .literal(let value): return ValueType(value)
        case .variable(let name): return variables[name]
        case .not: return .boolean
        case .negate: return .number
        case .binary(let op, let lhs, let rhs):
            switch op {
            case .or, .and: return .boolean
            case _ where op.isComparison: return .boolean
            case .plus:
                let (l, r) = (type(of: lhs), type(of: rhs))
                if l == .number && r == .number { return .number }
                if l == .text || r == .text { return .text }
                return nil
            default: return .number
            }
        }
    }

    /// The first comparison whose sides have types that never compare as meant, with those types.
    func mismatch(in expression: Expression) -> (op: BinaryOperator, lhs: ValueType, rhs: ValueType)? {
        switch expression {
        case .literal, .variable: return nil
        case .not(let inner), .negate(let inner): return mismatch(in: inner)
        case .binary(let op, let lhs, let rhs):
            if let found = mismatch(in: lhs) ?? mismatch(in: rhs) { return found }
            guard op.isComparison, let l = type(of: lhs), let r = type(of: rhs), l != r else { return nil }
            let pair = Set([l, r])
            if op == .equal || op == .notEqual {
                // A number equals text that spells it ("7" == 7), so that pair is fine unless the text is written
                // out and is not a number (`tension == 'high'` on a number is never true).
                if pair == [.number, .text] {
                    for side in [lhs, rhs] {
                        if case .literal(.string(let text)) = side, Int(text) == nil { return (op, l, r) }
                    }
                    return nil
                }
            } else if pair == [.list, .number] && l == .list {
                return nil   // a list's length against a number
            }
            return (op, l, r)
        }
    }

    /// The condition's value when it does not depend on any variable; nil otherwise.
    static func constant(_ expression: Expression) -> Value? {
        if expression.variables.isEmpty { return expression.evaluate([:]) }
        switch expression {
        case .not(let inner): return constant(inner).map { .bool(!$0.isTruthy) }
        case .binary(.and, let lhs, let rhs):
            if constant(lhs)?.isTruthy == false || constant(rhs)?.isTruthy == false { return .bool(false) }
            return nil
        case .binary(.or, let lhs, let rhs):
            if constant(lhs)?.isTruthy == true || constant(rhs)?.isTruthy == true { return .bool(true) }
            return nil
        case .binary(let op, let lhs, let rhs) where op == .equal:
            if lhs == rhs, case .variable = lhs { return .bool(true) }   // x == x
            return nil
        case .binary(let op, let lhs, let rhs) where op == .notEqual || op == .less || op == .greater:
            if lhs == rhs, case .variable = lhs { return .bool(false) }  // x != x
            return nil
        default: return nil
        }
    }
}

