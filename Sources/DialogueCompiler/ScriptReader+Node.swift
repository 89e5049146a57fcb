import DialogueModel
import Yams

extension ScriptReader {
    static let nodeKeys = ["say", "set", "remember", "next", "ask", "expect", "save", "rating", "retry",
                           "choices", "prompt", "branch", "pause", "listen", "on_skill", "end"]
    /// Keys that choose the node's action (`next` is an action only on its own).
    static let actionKeys = ["ask", "choices", "branch", "pause", "listen", "end"]
    /// Keys that only make sense with one of the actions.
    static let keyOwners: [String: [String]] = [
        "expect": ["ask"], "rating": ["ask"], "retry": ["ask"], "prompt": ["choices"],
        "save": ["ask", "choices", "listen"], "on_skill": ["listen"],
    ]

    /// One entry of `nodes:`; nil when the id or shape is unusable.
    func readNode(_ pair: Pair) -> DialogueNode? {
        let id = pair.key
        let location = source.location(of: pair.keyNode)
        if !ScriptVocabulary.isNodeID(id) {
            report(.invalidName, "node id '\(id)' is not valid: use letters, digits, '_' and '-', starting with a letter or '_'",
                   at: pair.keyNode)
        }
        guard let pairs = pairs(pair.value, what: "node '\(id)'") else { return nil }
        let known = recoverKeys(pairs, allowed: Self.nodeKeys, in: "node '\(id)'")
        let keys = PairsByKey(pairs: known)
        facts.begin(node: id, phase: .say, useIndex: uses.count)
        let say = keys["say"].flatMap { self.say($0.value) }
        facts.begin(node: id, phase: .set, useIndex: uses.count)
        let set = keys["set"].map { readAssignments($0.value) } ?? []
        facts.begin(node: id, phase: .action, useIndex: uses.count)
        var remember: [String] = []
        if let pair = keys["remember"] {
            for item in nameList(pair.value, what: "remember") {
                uses.append((item.name, source.location(of: item.node)))
                remember.append(item.name)
            }
        }
        let actionPairs = known.filter { Self.actionKeys.contains($0.key) }
        for extra in actionPairs.dropFirst() where !extra.recovered {
            report(.multipleActions, "node '\(id)' already has '\(actionPairs[0].key)'; a node has exactly one of "
                   + "next, ask, choices, branch, pause, listen or end (split it into two nodes)", at: extra.keyNode)
        }
        let primary = actionPairs.first
        for (key, owners) in Self.keyOwners {
            guard let misplaced = keys[key], !misplaced.recovered, !owners.contains(primary?.key ?? "") else { continue }
            report(.misplacedKey, "'\(key)' only goes with \(owners.joined(separator: " or ")) in node '\(id)'",
                   at: misplaced.keyNode)
        }
        let action: NodeAction
        switch primary?.key {
        case nil:
            if let next = keys["next"] {
                action = link(next.value, what: "next").map(NodeAction.next) ?? .end
            } else {
                report(.noAction, "node '\(id)' has no action: add next, ask, choices, branch, pause, listen or 'end: true'",
                       at: pair.keyNode)
                action = .end
            }
        case "ask": action = readAsk(keys, node: pair.value, id: id)
        case "choices": action = readChoices(keys, id: id)
        case "branch": action = readBranch(keys, id: id)
        case "pause": action = readPause(keys, node: pair.value, id: id)
        case "listen": action = readListen(keys, node: pair.value, id: id)
        default: action = readEnd(keys, id: id)
        }
        facts.close(at: uses.count)
        return DialogueNode(id: id, location: location, say: say, set: set, remember: remember, action: action)
    }

    /// `next:` that must accompany ask, pause or listen; reports when missing.
    func requiredNext(_ keys: PairsByKey, node: Node, id: String, action: String) -> String {
        guard let next = keys["next"] else {
            report(.missingKey, "node '\(id)' has '\(action)' but no 'next' saying where to go afterwards", at: node)
            return ""
        }
        return link(next.value, what: "next") ?? ""
    }

    /// Reports a `next:` that cannot be combined with the node's action.
    func rejectNext(_ keys: PairsByKey, id: String, action: String, hint: String) {
        guard let next = keys["next"], !next.recovered else { return }
        report(.multipleActions, "node '\(id)' has both '\(action)' and 'next'; \(hint)", at: next.keyNode)
    }

    /// `end: true`.
    func readEnd(_ keys: PairsByKey, id: String) -> NodeAction {
        rejectNext(keys, id: id, action: "end", hint: "an ending node goes nowhere (remove next or end)")
        if let end = keys["end"], !(tagName(end.value) == .bool && ScalarTyping.bool(end.value) == true) {
            report(.wrongType, "end must be 'true' (leave the key out if the node does not end the conversation)",
                   at: end.value)
        }
        return .end
    }

    /// `set: {name: expression}` in order.
    func readAssignments(_ node: Node) -> [Assignment] {
        guard let pairs = pairs(node, what: "set") else { return [] }
        var result: [Assignment] = []
        for pair in pairs {
            guard let name = variableName(pair.keyNode, what: "variable name in set") else { continue }
            defined.insert(name)
            facts.definitions.append(.init(name: name, kind: .assigned, location: source.location(of: pair.keyNode)))
            if BuiltinVariable.names.contains(name) {
                report(.invalidName, "'\(name)' is a built-in name supplied by the app and cannot be set", at: pair.keyNode)
            }
            if let expression = expression(pair.value, what: "set \(name)") {
                result.append(Assignment(variable: name, expression: expression))
            }
        }
        return result
    }

    /// `save:` a variable name, recorded as defined.
    func readSave(_ keys: PairsByKey) -> String? {
        guard let pair = keys["save"], let name = variableName(pair.value, what: "save") else { return nil }
        defined.insert(name)
        return name
    }
}
