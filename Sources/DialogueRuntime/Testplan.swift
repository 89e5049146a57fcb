import DialogueModel

/// A scripted conversation and what it must show: the golden test of a dialogue script.
///
/// See `docs/runtime.md` for the line format. Parsing is pure; run it with `TestplanRunner`.
public struct Testplan: Sendable, Equatable {
    /// One ordered line of a plan: an input to type or a line expected in the output.
    public enum Step: Sendable, Equatable {
        /// `> text`: the user types this (`skill` fixes how a listen reply is classified).
        case input(String, skill: String?, line: Int)
        /// `? pattern`: the next prompt's text matches this glob (`*` any text, `?` one character).
        case prompt(String, line: Int)
        /// `= text`: a shown line equals this text.
        case exact(String, line: Int)
        /// `~ text`: a shown line contains this text.
        case contains(String, line: Int)

        /// The plan line the step was written on.
        public var line: Int {
            switch self {
            case .input(_, _, let line), .prompt(_, let line), .exact(_, let line), .contains(_, let line): return line
            }
        }
    }

    /// An expected final value of a variable (`var name = value`).
    public struct VariableExpectation: Sendable, Equatable {
        /// The variable.
        public var name: String
        /// Its expected value.
        public var value: Value
        /// The plan line.
        public var line: Int
    }

    /// The node where a plan expects the conversation to end (`end: node`).
    public struct EndExpectation: Sendable, Equatable {
        /// The node id.
        public var node: String
        /// The plan line.
        public var line: Int
    }

    /// The plan's file name (used in messages).
    public var file: String
    /// The random seed (`seed: N`); nil keeps the environment's seed.
    public var seed: UInt64?
    /// Facts recalled from earlier sessions (`recall name = value`).
    public var recalled: [String: Value]
    /// Built-in values set for the run (`builtin name = value`), over the environment's.
    public var builtins: [String: Value]
    /// Inputs and expected lines, in order.
    public var steps: [Step]
    /// The node where the conversation must end (`end: node`).
    public var end: EndExpectation?
    /// Expected variable values at the end.
    public var variables: [VariableExpectation]

    /// Creates an empty plan.
    public init(file: String) {
        self.file = file
        self.recalled = [:]
        self.builtins = [:]
        self.steps = []
        self.variables = []
    }

    /// Parses a plan; throws `TestplanError` with the line of the first mistake.
    public static func parse(_ text: String, file: String) throws -> Testplan {
        var plan = Testplan(file: file)
        var pendingSkill: (name: String, line: Int)?
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, rawLine) in lines.enumerated() {
            let number = offset + 1
            let line = Self.stripComment(String(rawLine)).trimmingWhitespace()
            if line.isEmpty { continue }
            func fail(_ message: String) -> TestplanError { TestplanError(file: file, line: number, message: message) }
            let sigil = line.first!
            let rest = line.dropFirst().trimmingWhitespace()
            switch sigil {
            case ">":
                plan.steps.append(.input(rest, skill: pendingSkill?.name, line: number))
                pendingSkill = nil
                continue
            case "?", "=", "~":
                guard !rest.isEmpty else { throw fail("'\(sigil)' needs the text to look for, e.g. '\(sigil) Thank you.'") }
                plan.steps.append(sigil == "?" ? .prompt(rest, line: number)
                                  : sigil == "=" ? .exact(rest, line: number) : .contains(rest, line: number))
                continue
            default:
                break
            }
            let (keyword, argument) = Self.splitKeyword(line)
            switch keyword {
            case "seed:":
                guard plan.seed == nil else { throw fail("the seed is already set; a plan has one 'seed:' line") }
                guard let seed = UInt64(argument) else { throw fail("'seed:' needs a whole number ≥ 0, got '\(argument)'") }
                plan.seed = seed
            case "end:":
                guard plan.end == nil else { throw fail("the end is already given; a plan has one 'end:' line") }
                guard Self.isName(argument) else { throw fail("'end:' needs a node id, e.g. 'end: close'") }
                plan.end = EndExpectation(node: argument, line: number)
            case "skill:":
                guard Self.isName(argument) else { throw fail("'skill:' needs a skill name, e.g. 'skill: reflection'") }
                pendingSkill = (argument, number)
            case "var", "recall", "builtin":
                let (name, value) = try Self.assignment(argument, keyword: keyword, fail: fail)
                switch keyword {
                case "var": plan.variables.append(VariableExpectation(name: name, value: value, line: number))
                case "recall": plan.recalled[name] = value
                default: plan.builtins[name] = value
                }
            default:
                throw fail("unknown line '\(line)': a plan line starts with >, ?, =, ~, 'seed:', 'end:', 'skill:', 'var', 'recall' or 'builtin'")
            }
        }
        if let pendingSkill {
            throw TestplanError(file: file, line: pendingSkill.line,
                                message: "'skill:' must come before the '>' input it classifies")
        }
        return plan
    }

    /// Removes a comment: `#` at the start or after white space; `\#` stands for a literal `#`.
    static func stripComment(_ line: String) -> String {
        var out = ""
        var previous: Character = " "
        var escaped = false
        for character in line {
            if escaped {
                out.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "#" && previous.isWhitespace {
                break
            } else {
                out.append(character)
            }
            previous = escaped ? "\\" : character
        }
        if escaped { out.append("\\") }
        return out
    }

    /// Splits `keyword rest`, keeping a trailing colon on the keyword (`seed:`).
    static func splitKeyword(_ line: String) -> (String, String) {
        if let colon = line.firstIndex(of: ":"), !line[..<colon].contains(" ") {
            return (String(line[...colon]), line[line.index(after: colon)...].trimmingWhitespace())
        }
        guard let space = line.firstIndex(where: \.isWhitespace) else { return (line, "") }
        return (String(line[..<space]), line[space...].trimmingWhitespace())
    }

    /// Parses `name = value`.
    static func assignment(_ text: String, keyword: String,
                           fail: (String) -> TestplanError) throws -> (String, Value) {
        guard let equals = text.firstIndex(of: "=") else {
            throw fail("'\(keyword)' needs 'name = value', e.g. '\(keyword) before = 7'")
        }
        let name = text[..<equals].trimmingWhitespace()
        guard isName(name) else { throw fail("'\(name)' is not a variable name (letters, digits, _ . -)") }
        let literal = text[text.index(after: equals)...].trimmingWhitespace()
        guard let value = ValueLiteral.parse(literal) else {
            throw fail("cannot read the value '\(literal)': write 7, -2, true, false, null, \"text\", [a, b] or plain text")
        }
        return (name, value)
    }

    /// Whether the text is an identifier (letters, digits, `_`, `.`, `-`).
    static func isName(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "-" }
    }
}
