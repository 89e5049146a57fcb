import DialogueModel

/// Recursive-descent parser for conditions and assignments.
///
/// Precedence, lowest first: `or`, `and`, `not`, comparisons (not chained), `+ -`, `* /`, unary `-`.
struct ExpressionParser {
    /// A parsed expression and the variables it reads, with their offsets.
    struct Parsed: Equatable {
        let expression: Expression
        let variables: [(name: String, offset: Int)]

        static func == (a: Parsed, b: Parsed) -> Bool {
            a.expression == b.expression && a.variables.map(\.name) == b.variables.map(\.name)
                && a.variables.map(\.offset) == b.variables.map(\.offset)
        }
    }

    private var tokens: [ExpressionToken]
    private var position = 0
    private var variables: [(name: String, offset: Int)] = []
    private var depth = 0

    private init(tokens: [ExpressionToken]) { self.tokens = tokens }

    /// Parses `source` completely.
    static func parse(_ source: String) -> Result<Parsed, ExpressionError> {
        switch ExpressionToken.tokenize(source) {
        case .failure(let error): return .failure(error)
        case .success(let tokens):
            var parser = ExpressionParser(tokens: tokens)
            do {
                if case .end = tokens[0].kind { throw ExpressionError(message: "expected an expression", offset: 0) }
                let expression = try parser.parseOr()
                guard case .end = parser.current.kind else {
                    throw ExpressionError(message: "unexpected \(parser.describe(parser.current)) after a complete expression",
                                          offset: parser.current.offset)
                }
                return .success(Parsed(expression: expression, variables: parser.variables))
            } catch let error as ExpressionError {
                return .failure(error)
            } catch {
                return .failure(ExpressionError(message: "\(error)", offset: 0))
            }
        }
    }

    private var current: ExpressionToken { tokens[position] }

    private mutating func advance() -> ExpressionToken {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    private mutating func accept(_ kind: ExpressionToken.Kind) -> Bool {
        guard current.kind == kind else { return false }
        _ = advance()
        return true
    }

    private mutating func parseOr() throws -> Expression {
        var lhs = try parseAnd()
        while accept(.keyword("or")) { lhs = .binary(.or, lhs, try parseAnd()) }
        return lhs
    }

    private mutating func parseAnd() throws -> Expression {
        var lhs = try parseNot()
        while accept(.keyword("and")) { lhs = .binary(.and, lhs, try parseNot()) }
        return lhs
    }

    private mutating func parseNot() throws -> Expression {
        if accept(.keyword("not")) { return .not(try parseNot()) }
        return try parseComparison()
    }

    private mutating func parseComparison() throws -> Expression {
        let lhs = try parseAdditive()
        guard case .symbol(let s) = current.kind, let op = BinaryOperator(rawValue: s), op.isComparison else {
            return lhs
        }
        _ = advance()
        let result = Expression.binary(op, lhs, try parseAdditive())
        if case .symbol(let t) = current.kind, let next = BinaryOperator(rawValue: t), next.isComparison {
            throw ExpressionError(message: "comparisons cannot be chained; join them with 'and'", offset: current.offset)
        }
        return result
    }

    private mutating func parseAdditive() throws -> Expression {
        var lhs = try parseMultiplicative()
        while true {
            if accept(.symbol("+")) { lhs = .binary(.plus, lhs, try parseMultiplicative()) }
            else if accept(.symbol("-")) { lhs = .binary(.minus, lhs, try parseMultiplicative()) }
            else { return lhs }
        }
    }

    private mutating func parseMultiplicative() throws -> Expression {
        var lhs = try parseUnary()
        while true {
            if accept(.symbol("*")) { lhs = .binary(.times, lhs, try parseUnary()) }
            else if accept(.symbol("/")) { lhs = .binary(.divide, lhs, try parseUnary()) }
            else { return lhs }
        }
    }

    private mutating func parseUnary() throws -> Expression {
        if accept(.symbol("-")) {
            let operand = try parseUnary()
            if case .literal(.int(let i)) = operand { return .literal(.int(-i)) }
            return .negate(operand)
        }
        return try parsePrimary()
    }

    private mutating func parsePrimary() throws -> Expression {
        let token = advance()
        switch token.kind {
        case .integer(let i): return .literal(.int(i))
        case .text(let s): return .literal(.string(s))
        case .keyword("true"): return .literal(.bool(true))
        case .keyword("false"): return .literal(.bool(false))
        case .keyword("null"): return .literal(.null)
        case .name(let name):
            variables.append((name, token.offset))
            return .variable(name)
        case .symbol("("):
            depth += 1
            guard depth <= 32 else { throw ExpressionError(message: "too many nested parentheses", offset: token.offset) }
            let inner = try parseOr()
            depth -= 1
            guard accept(.symbol(")")) else {
                throw ExpressionError(message: "expected ')' to close '(', found \(describe(current))",
                                      offset: current.offset)
            }
            return inner
        default:
            throw ExpressionError(message: "expected a value, a variable or '(', found \(describe(token))",
                                  offset: token.offset)
        }
    }

    private func describe(_ token: ExpressionToken) -> String {
        switch token.kind {
        case .integer(let i): return "number \(i)"
        case .text: return "text"
        case .name(let n): return "'\(n)'"
        case .keyword(let k): return "'\(k)'"
        case .symbol(let s): return "'\(s)'"
        case .end: return "end of expression"
        }
    }
}
