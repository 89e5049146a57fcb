import DialogueModel
import Yams

/// Reads a composed YAML tree into model values, collecting diagnostics and the facts later checks need
/// (links, variable uses and definitions). Never stops at the first problem.
final class ScriptReader {
    /// A key/value pair of a mapping, with the key as text.
    ///
    /// A class, not a struct: pairs are passed around, filtered and looked up by key many times per node, and
    /// copying a reference is one retain where copying two Yams nodes and a string was many.
    final class Pair {
        let key: String
        let keyNode: Node
        let value: Node
        /// True when the key was misspelled as written and is read as the suggested key (already reported), so
        /// the rest of the node is checked as meant instead of piling up consequences of the typo.
        let recovered: Bool

        init(key: String, keyNode: Node, value: Node, recovered: Bool = false) {
            self.key = key
            self.keyNode = keyNode
            self.value = value
            self.recovered = recovered
        }
    }

    let source: YAMLSource
    /// How scalars get their types (depends on how the tree was composed).
    let typing: ScalarTyping
    var diagnostics: [Diagnostic] = []
    /// Every link to a node id, with where it was written.
    var links: [(target: String, location: SourceLocation)] = []
    /// Every variable read, with where it was written.
    var uses: [(name: String, location: SourceLocation)] = []
    /// Every variable given a value (declared, recalled, saved or set).
    var defined: Set<String> = BuiltinVariable.names
    /// Facts for the whole-script analysis (reads by node, definition sites, expressions).
    var facts = ScriptFacts()
    /// The script's nodes in source order, for the whole-script checks (set by `prepareChecks`).
    var nodesInOrder: [DialogueNode] = []
    /// False when no key can carry `YAMLLoader.duplicateMarker` (nothing renamed, no such text), so the
    /// search for repeated node ids is skipped.
    var keysMayBeRenamed = true
    /// Each node's successors as written, by position in `nodesInOrder` (set by `prepareChecks`), so the graph
    /// walks do not copy nodes.
    var successorIDs: [[String]] = []
    /// Each node id's position in `nodesInOrder` (the first, should an id repeat), set by `prepareChecks`.
    var nodeIndex: [String: Int] = [:]
    /// For each position in `nodesInOrder`, the first position with the same id (itself unless an id repeats).
    var canonical: [Int] = []
    /// Each node's successors as positions in `nodesInOrder` (links to missing nodes left out).
    var successorIndices: [[Int]] = []
    /// The nodes as `readScript` read them, in source order.
    var readNodes: [DialogueNode] = []

    init(source: YAMLSource, typing: ScalarTyping) {
        self.source = source
        self.typing = typing
    }

    /// A node's tag name (`.int`, `.bool`, `.null`, `.str`...).
    func tagName(_ node: Node) -> Tag.Name { typing.tagName(of: node) }

    func report(_ code: DiagnosticCode, _ message: String, at location: SourceLocation, severity: Severity? = nil,
                fix: FixIt? = nil) {
        diagnostics.append(Diagnostic(code: code, severity: severity, message: message, location: location, fix: fix))
    }

    func report(_ code: DiagnosticCode, _ message: String, at node: Node) {
        report(code, message, at: source.location(of: node))
    }

    /// How a node's type reads in messages.
    func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar:
            switch tagName(node) {
            case .null: return "nothing (null)"
            case .bool: return "true/false"
            case .int: return "a number"
            case .float: return "a decimal number"
            default: return "text"
            }
        }
    }

    // MARK: Mappings

    /// The pairs of a mapping in source order (skipping renamed duplicates), or nil after reporting a type error.
    func pairs(_ node: Node, what: @autoclosure () -> String) -> [Pair]? {
        guard case .mapping(let mapping) = node else {
            report(.wrongType, "\(what()) must be a mapping (key: value lines), found \(describe(node))", at: node)
            return nil
        }
        var result: [Pair] = []
        result.reserveCapacity(mapping.count)
        // By index: iterating a Yams mapping first copies all its pairs into a new array.
        for index in mapping.startIndex..<mapping.endIndex {
            let (keyNode, value) = mapping[index]
            guard let key = keyNode.scalar?.string else {
                report(.wrongType, "keys in \(what()) must be text, found \(describe(keyNode))", at: keyNode)
                continue
            }
            if key.hasPrefix(YAMLLoader.duplicateMarker) { continue }
            result.append(Pair(key: key, keyNode: keyNode, value: value))
        }
        return result
    }

    /// Reports keys not in `allowed`, with a did-you-mean hint; returns the pairs by key. A misspelled key with
    /// a close allowed key that is not also written is read as that key (see `Pair.recovered`).
    @discardableResult
    func checkKeys(_ pairs: [Pair], allowed: [String], in what: @autoclosure () -> String) -> PairsByKey {
        PairsByKey(pairs: recoverKeys(pairs, allowed: allowed, in: what()))
    }

    /// The pairs with known keys, in order, misspelled keys read as their suggestion; reports unknown keys.
    func recoverKeys(_ pairs: [Pair], allowed: [String], in what: @autoclosure () -> String) -> [Pair] {
        guard !pairs.allSatisfy({ allowed.contains($0.key) }) else { return pairs }
        let written = Set(pairs.map(\.key))
        var result: [Pair] = []
        for pair in pairs {
            if allowed.contains(pair.key) {
                result.append(pair)
                continue
            }
            let guess = Suggestion.closest(to: pair.key, in: allowed)
            report(.unknownKey, "unknown key '\(pair.key)' in \(what())" + (guess.map { "; did you mean '\($0)'?" } ?? ""),
                   at: pair.keyNode)
            if let guess, !written.contains(guess) {
                result.append(Pair(key: guess, keyNode: pair.keyNode, value: pair.value, recovered: true))
            }
        }
        return result
    }

    // MARK: Scalars

    /// Text from a scalar (numbers and booleans read as written); nil after reporting a type error.
    func text(_ node: Node, what: String) -> String? {
        guard let scalar = node.scalar, tagName(node) != .null else {
            report(.wrongType, "\(what) must be text, found \(describe(node))", at: node)
            return nil
        }
        return scalar.string
    }

    /// A whole number; nil after reporting a type error.
    func integer(_ node: Node, what: String) -> Int? {
        guard node.scalar != nil, tagName(node) == .int, let value = ScalarTyping.int(node) else {
            report(.wrongType, "\(what) must be a whole number, found \(describe(node))", at: node)
            return nil
        }
        return value
    }

    /// A name checked with `isValid`; nil after reporting.
    func name(_ node: Node, what: String, rule: String, isValid: (String) -> Bool) -> String? {
        guard let value = text(node, what: what) else { return nil }
        guard isValid(value) else {
            report(.invalidName, "\(what) '\(value)' is not valid: \(rule)", at: node)
            return nil
        }
        return value
    }

    /// A variable name; nil after reporting.
    func variableName(_ node: Node, what: String) -> String? {
        name(node, what: what, rule: "use letters, digits, '_' and '.', starting with a letter or '_'",
             isValid: ScriptVocabulary.isVariableName)
    }

    /// A node id used as a link target; the link is recorded for the graph check.
    func link(_ node: Node, what: String) -> String? {
        guard let target = text(node, what: what) else { return nil }
        links.append((target, source.location(of: node)))
        return target
    }

    /// One name or a list of names (for `recall:` and `remember:`).
    func nameList(_ node: Node, what: String) -> [(name: String, node: Node)] {
        let items: [Node]
        switch node {
        case .sequence(let sequence): items = Array(sequence)
        case .scalar: items = [node]
        default:
            report(.wrongType, "\(what) must be a name or a list of names, found \(describe(node))", at: node)
            return []
        }
        return items.compactMap { item in variableName(item, what: "a name in \(what)").map { ($0, item) } }
    }
}
