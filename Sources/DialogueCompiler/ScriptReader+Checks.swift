import DialogueModel
import Yams

extension ScriptReader {
    /// Whole-script checks once every node is read: start, links, reachability, endings and variables.
    func checkGraph(_ script: DialogueScript, startNode: Node?) {
        let ids = script.nodeOrder
        if let startNode, !script.start.isEmpty, script.nodes[script.start] == nil {
            report(.missingStartNode, "start node '\(script.start)' does not exist\(Suggestion.hint(for: script.start, in: ids))",
                   at: startNode)
        }
        var brokenLinks = false
        for link in links where !link.target.isEmpty && script.nodes[link.target] == nil {
            brokenLinks = true
            report(.unknownTarget, "there is no node '\(link.target)'\(Suggestion.hint(for: link.target, in: ids))",
                   at: link.location)
        }
        guard script.nodes[script.start] != nil else { return }
        var reached: Set<String> = [script.start]
        var queue = [script.start]
        while let id = queue.popLast() {
            for next in script.nodes[id]?.successors ?? [] where script.nodes[next] != nil && reached.insert(next).inserted {
                queue.append(next)
            }
        }
        for node in script.orderedNodes where !reached.contains(node.id) {
            report(.unreachableNode, "node '\(node.id)' can never be reached from start '\(script.start)'",
                   at: node.location)
        }
        // With broken links the graph is incomplete, so "cannot finish" would only add noise.
        if !brokenLinks { checkEndings(script, reached: reached, startNode: startNode) }
    }

    /// Warns about reachable nodes from which no `end` can be reached.
    func checkEndings(_ script: DialogueScript, reached: Set<String>, startNode: Node?) {
        var predecessors: [String: [String]] = [:]
        for node in script.orderedNodes {
            for next in node.successors { predecessors[next, default: []].append(node.id) }
        }
        var finishing = Set(script.orderedNodes.filter { $0.action == .end }.map(\.id))
        var queue = Array(finishing)
        while let id = queue.popLast() {
            for previous in predecessors[id] ?? [] where finishing.insert(previous).inserted { queue.append(previous) }
        }
        if !finishing.contains(script.start) {
            report(.noPathToEnd, "no node with 'end: true' can be reached from start '\(script.start)'; the conversation can never finish",
                   at: startNode.map { source.location(of: $0) } ?? source.location(line: 1, column: 1))
            return
        }
        for node in script.orderedNodes where reached.contains(node.id) && !finishing.contains(node.id) {
            report(.noPathToEnd, "from node '\(node.id)' no 'end: true' node can be reached; the conversation would loop forever",
                   at: node.location)
        }
    }

    /// Errors for variables that are read but never given a value.
    func checkVariables() {
        for use in uses where !defined.contains(use.name) {
            let hint = Suggestion.hint(for: use.name, in: defined.sorted())
            report(.undefinedVariable, "variable '\(use.name)' is never given a value\(hint); declare it under "
                   + "variables, recall it, or save/set it in a node", at: use.location)
        }
    }
}
