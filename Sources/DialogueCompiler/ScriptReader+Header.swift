import DialogueModel
import Yams

extension ScriptReader {
    static let topLevelKeys = ["id", "title", "kind", "version", "description", "minutes", "start",
                               "variables", "recall", "safety", "nodes", "document"]
    static let requiredKeys = ["id", "title", "kind", "description", "minutes", "start", "nodes"]

    /// Reads the whole script; always returns a model (with placeholders where values were wrong),
    /// the caller discards it when errors were reported. Also returns where `start` was written.
    func readScript(_ root: Node, origin: String) -> (script: DialogueScript, startNode: Node?)? {
        guard let pairs = pairs(root, what: "a script") else { return nil }
        let byKey = checkKeys(pairs, allowed: Self.topLevelKeys, in: "the script")
        for key in Self.requiredKeys where byKey[key] == nil {
            report(.missingKey, "the script has no '\(key)'", at: root)
        }
        let id = byKey["id"].flatMap {
            name($0.value, what: "id", rule: "use lowercase letters, digits and single hyphens, e.g. 'grounding-54321'",
                 isValid: ScriptVocabulary.isScriptID)
        } ?? ""
        let title = byKey["title"].flatMap { text($0.value, what: "title") } ?? ""
        if let pair = byKey["title"], title.allSatisfy(\.isWhitespace), pair.value.scalar != nil,
           tagName(pair.value) != .null {
            report(.emptyText, "title is empty", at: pair.value)
        }
        let description = byKey["description"].flatMap { text($0.value, what: "description") } ?? ""
        var kind = ExerciseKind.other
        if let pair = byKey["kind"], let raw = text(pair.value, what: "kind") {
            if let value = ExerciseKind(rawValue: raw) {
                kind = value
            } else {
                let names = ExerciseKind.allCases.map(\.rawValue)
                report(.invalidKind, "kind '\(raw)' is not one of \(names.joined(separator: ", "))"
                       + Suggestion.hint(for: raw, in: names), at: pair.value)
            }
        }
        let version = byKey["version"].flatMap { positive($0.value, what: "version", range: 1...1_000_000) } ?? 1
        let minutes = byKey["minutes"].flatMap { positive($0.value, what: "minutes", range: 1...240) } ?? 0
        let start = byKey["start"].flatMap { text($0.value, what: "start") } ?? ""
        let variables = byKey["variables"].map { readVariables($0.value) } ?? [:]
        var recall = byKey["recall"].map { nameList($0.value, what: "recall").map(\.name) } ?? []
        let document = byKey["document"].flatMap { readDocument($0.value) }
        recall += (document?.spec.keys ?? []).filter { !recall.contains($0) }   // sections start from the stored plan
        defined.formUnion(recall)
        let safety = byKey["safety"].map { readSafetyRules($0.value) } ?? []
        var nodes: [String: DialogueNode] = [:]
        var order: [String] = []
        if let pair = byKey["nodes"], let nodePairs = self.pairs(pair.value, what: "nodes") {
            nodes.reserveCapacity(nodePairs.count)
            order.reserveCapacity(nodePairs.count)
            readNodes.reserveCapacity(nodePairs.count)
            if nodePairs.isEmpty { report(.missingKey, "nodes is empty; a script needs at least one node", at: pair.value) }
            if keysMayBeRenamed { readRepeatedNodes(pair.value) }
            for nodePair in nodePairs {
                let before = diagnostics.count
                guard let node = readNode(nodePair) else { continue }
                if diagnostics[before...].contains(where: { $0.severity == .error }) { facts.brokenNodes.insert(node.id) }
                nodes[node.id] = node
                order.append(node.id)
                readNodes.append(node)
            }
        }
        if let document { checkDocumentSections(document, nodes: nodes) }
        let script = DialogueScript(id: id, title: title, kind: kind, version: version, description: description,
                                    minutes: minutes, start: start, nodes: nodes, nodeOrder: order,
                                    variables: variables, recall: recall, safetyRules: safety, origin: origin,
                                    document: document?.spec)
        return (script, byKey["start"]?.value)
    }

    /// Nodes whose id repeats an earlier one (AL0005 already said so): their links still count as the author's
    /// intent for reachability, so the repeat does not also make the nodes after it "unreachable".
    func readRepeatedNodes(_ nodes: Node) {
        guard case .mapping(let mapping) = nodes else { return }
        for index in mapping.startIndex..<mapping.endIndex {   // by index: see `pairs`
            let (keyNode, value) = mapping[index]
            guard let key = keyNode.scalar?.string, key.hasPrefix(YAMLLoader.duplicateMarker) else { continue }
            let id = String(key.dropFirst(YAMLLoader.duplicateMarker.count).drop(while: \.isNumber).dropFirst())
            let quiet = ScriptReader(source: source, typing: typing)
            let node = quiet.readNode(Pair(key: id, keyNode: keyNode, value: value))
            facts.shadowSuccessors[id, default: []] += node?.successors ?? []
        }
    }

    /// A whole number within `range`; nil after reporting.
    func positive(_ node: Node, what: String, range: ClosedRange<Int>) -> Int? {
        guard let value = integer(node, what: what) else { return nil }
        guard range.contains(value) else {
            report(.valueOutOfRange, "\(what) must be from \(range.lowerBound) to \(range.upperBound), found \(value)",
                   at: node)
            return nil
        }
        return value
    }

    /// `variables:` initial values: numbers, text, true/false, null or lists of texts.
    func readVariables(_ node: Node) -> [String: Value] {
        guard let pairs = pairs(node, what: "variables") else { return [:] }
        var result: [String: Value] = [:]
        for pair in pairs {
            guard let name = variableName(pair.keyNode, what: "variable name") else { continue }
            defined.insert(name)
            facts.definitions.append(.init(name: name, kind: .declared, location: source.location(of: pair.keyNode)))
            if BuiltinVariable.names.contains(name) {
                report(.invalidName, "'\(name)' is a built-in name supplied by the app; choose another name",
                       at: pair.keyNode)
            }
            if let value = initialValue(pair.value, name: name) { result[name] = value }
        }
        return result
    }

    /// One initial value; nil after reporting.
    func initialValue(_ node: Node, name: String) -> Value? {
        switch node {
        case .scalar(let scalar):
            switch tagName(node) {
            case .null: return .null
            case .bool: return ScalarTyping.bool(node).map(Value.bool)
            case .int:
                guard let number = ScalarTyping.int(node) else {
                    report(.valueOutOfRange, "variable '\(name)' starts at \(scalar.string), which is too large for a whole number", at: node)
                    return nil
                }
                return .int(number)
            case .float:
                report(.wrongType, "variable '\(name)' must be a whole number, text, true/false or a list; decimals are not supported", at: node)
                return nil
            default: return .string(scalar.string)
            }
        case .sequence(let sequence):
            var items: [String] = []
            for item in sequence {
                guard let scalar = item.scalar, tagName(item) != .null else {
                    report(.wrongType, "items of list variable '\(name)' must be texts, found \(describe(item))", at: item)
                    continue
                }
                items.append(scalar.string)
            }
            return .list(items)
        default:
            report(.wrongType, "variable '\(name)' must be a number, text, true/false, null or a list, found \(describe(node))",
                   at: node)
            return nil
        }
    }

    /// `safety:` extra rules; checked against the fixed category and level names.
    func readSafetyRules(_ node: Node) -> [ScriptSafetyRule] {
        guard case .sequence(let sequence) = node else {
            report(.wrongType, "safety must be a list of rules, found \(describe(node))", at: node)
            return []
        }
        var rules: [ScriptSafetyRule] = []
        var seen: [String: Int] = [:]
        for item in sequence {
            guard let pairs = pairs(item, what: "a safety rule") else { continue }
            let byKey = checkKeys(pairs, allowed: ["id", "category", "level", "phrases"], in: "a safety rule")
            for key in ["id", "category", "level", "phrases"] where byKey[key] == nil {
                report(.missingKey, "the safety rule has no '\(key)'", at: item)
            }
            let id = byKey["id"].flatMap {
                name($0.value, what: "safety rule id", rule: "start with 'script.' then use lowercase letters, digits, '.', '_' or '-'",
                     isValid: { ScriptVocabulary.isRuleID($0) && $0.hasPrefix("script.") && $0.count > 7 })
            }
            if let id, let pair = byKey["id"] {
                if let line = seen[id] {
                    report(.duplicateSafetyRule, "safety rule id '\(id)' is already used at line \(line)", at: pair.value)
                } else {
                    seen[id] = pair.value.mark?.line ?? 0
                }
            }
            let category = byKey["category"].flatMap { pair in
                check(pair.value, what: "category", among: ScriptVocabulary.safetyCategories, code: .unknownSafetyCategory)
            }
            let level = byKey["level"].flatMap { pair in
                check(pair.value, what: "level", among: ScriptVocabulary.safetyLevels, code: .unknownSafetyLevel)
            }
            let phrases = byKey["phrases"].map { readPhrases($0.value) } ?? []
            if let id, let category, let level, !phrases.isEmpty {
                rules.append(ScriptSafetyRule(id: id, category: category, level: level, phrases: phrases,
                                              location: source.location(of: item)))
            }
        }
        return rules
    }

    /// A value that must be one of `names`; nil after reporting with `code`.
    func check(_ node: Node, what: String, among names: [String], code: DiagnosticCode) -> String? {
        guard let value = text(node, what: what) else { return nil }
        guard names.contains(value) else {
            report(code, "\(what) '\(value)' is not one of \(names.joined(separator: ", "))"
                   + Suggestion.hint(for: value, in: names), at: node)
            return nil
        }
        return value
    }

    /// The phrases of a safety rule: a non-empty list of non-empty texts.
    func readPhrases(_ node: Node) -> [String] {
        guard case .sequence(let sequence) = node else {
            report(.wrongType, "phrases must be a list of texts, found \(describe(node))", at: node)
            return []
        }
        var phrases: [String] = []
        for item in sequence {
            guard let phrase = text(item, what: "a phrase") else { continue }
            if phrase.allSatisfy(\.isWhitespace) {
                report(.emptySafetyPhrases, "a phrase is empty", at: item)
            } else if let problem = ScriptSafetyRules.problem(with: phrase) {
                report(.invalidSafetyPhrase, "the safety phrase '\(phrase)' cannot be used: \(problem)", at: item)
            } else {
                phrases.append(phrase)
            }
        }
        if sequence.isEmpty { report(.emptySafetyPhrases, "the safety rule has no phrases", at: node) }
        return phrases
    }
}
