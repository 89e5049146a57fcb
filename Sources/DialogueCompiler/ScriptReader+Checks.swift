import DialogueModel
import Yams

extension ScriptReader {
    /// Lists the nodes in order and their successors once, for `checkGraph` and `analyse`.
    func prepareChecks(_ script: DialogueScript) {
        // The nodes as read, unless an id repeated (then, as the script has them: the last node with that id).
        nodesInOrder = readNodes.count == script.nodes.count ? readNodes : script.orderedNodes
        readNodes = []
        var successors: [[String]] = []
        successors.reserveCapacity(nodesInOrder.count)
        nodeIndex.reserveCapacity(nodesInOrder.count)
        successorsByID.reserveCapacity(nodesInOrder.count)
        for (i, node) in nodesInOrder.enumerated() {
            let next = node.successors
            successors.append(next)
            if nodeIndex.index(forKey: node.id) == nil {
                nodeIndex[node.id] = i
                successorsByID[node.id] = next
            }
        }
        successorIndices = successors.map { $0.compactMap { nodeIndex[$0] } }
    }

    /// Whole-script checks once every node is read: start, links, reachability, endings and variables.
    func checkGraph(_ script: DialogueScript, startNode: Node?) {
        let ids = script.nodeOrder
        if let startNode, !script.start.isEmpty, script.nodes[script.start] == nil {
            report(.missingStartNode, "start node '\(script.start)' does not exist\(Suggestion.hint(for: script.start, in: ids))",
                   at: startNode)
        }
        // A broken link with a close id counts as a link to that node (the likely intent), so one typo in a
        // `next` does not also make every node after it "unreachable". Without a close id the graph is unknown.
        var repaired: [String: String] = [:]
        var unrepaired = false
        for link in links where !link.target.isEmpty && successorsByID.index(forKey: link.target) == nil {
            let guess = Suggestion.closest(to: link.target, in: ids)
            if let guess { repaired[link.target] = guess } else { unrepaired = true }
            report(.unknownTarget, "there is no node '\(link.target)'" + (guess.map { "; did you mean '\($0)'?" } ?? ""),
                   at: link.location)
        }
        guard script.nodes[script.start] != nil else { return }
        let shadows = facts.shadowSuccessors
        func successors(_ id: String) -> [String] {
            let written = shadows.isEmpty ? successorsByID[id] ?? [] : (successorsByID[id] ?? []) + (shadows[id] ?? [])
            if repaired.isEmpty { return written.filter { successorsByID.index(forKey: $0) != nil } }
            return written.compactMap { next in successorsByID.index(forKey: next) != nil ? next : repaired[next] }
        }
        var reached: Set<String> = [script.start]
        var queue = [script.start]
        while let id = queue.popLast() {
            for next in successors(id) where reached.insert(next).inserted { queue.append(next) }
        }
        if !unrepaired { reportUnreachable(script, reached: reached, successors: successors) }
        // With broken links the graph is incomplete, so "cannot finish" would only add noise.
        // A repeated node id leaves the graph ambiguous in the same way.
        if repaired.isEmpty && !unrepaired && facts.shadowSuccessors.isEmpty { checkEndings(script, reached: reached, startNode: startNode) }
    }

    /// AL0013 once per unreachable region, at its entry (a node nothing else links to, else the first in the
    /// file), counting the nodes that only it leads to.
    func reportUnreachable(_ script: DialogueScript, reached: Set<String>, successors: (String) -> [String]) {
        let unreachable = nodesInOrder.filter { !reached.contains($0.id) }
        guard !unreachable.isEmpty else { return }
        var linkedTo = Set<String>()
        for node in unreachable { for next in successors(node.id) where next != node.id { linkedTo.insert(next) } }
        var covered = Set<String>()
        let entries = unreachable.filter { !linkedTo.contains($0.id) } + unreachable
        for entry in entries where !covered.contains(entry.id) {
            var region = 0
            var queue = [entry.id]
            covered.insert(entry.id)
            while let id = queue.popLast() {
                for next in successors(id) where !reached.contains(next) && covered.insert(next).inserted {
                    region += 1
                    queue.append(next)
                }
            }
            let more = region == 0 ? "" : " (nor can the \(region) node\(region == 1 ? "" : "s") it leads to)"
            report(.unreachableNode, "node '\(entry.id)' can never be reached from start '\(script.start)'\(more)",
                   at: entry.location)
        }
    }

    /// Warns about reachable nodes from which no `end` can be reached.
    func checkEndings(_ script: DialogueScript, reached: Set<String>, startNode: Node?) {
        // By position in `nodesInOrder` (an id that repeats counts as its first position).
        var predecessors = Array(repeating: [Int](), count: nodesInOrder.count)
        var finishing = Array(repeating: false, count: nodesInOrder.count)
        var queue: [Int] = []
        for (i, node) in nodesInOrder.enumerated() {
            let from = nodeIndex[node.id] ?? i
            for next in successorIndices[i] { predecessors[next].append(from) }
            // A node with an error (a missing next...) is a dead end already reported, not a loop.
            var ends = facts.brokenNodes.contains(node.id)
            if case .end = node.action { ends = true }
            if ends && !finishing[from] {
                finishing[from] = true
                queue.append(from)
            }
        }
        while let i = queue.popLast() {
            for previous in predecessors[i] where !finishing[previous] {
                finishing[previous] = true
                queue.append(previous)
            }
        }
        if !(nodeIndex[script.start].map { finishing[$0] } ?? false) {
            report(.noPathToEnd, "no node with 'end: true' can be reached from start '\(script.start)'; the conversation can never finish",
                   at: startNode.map { source.location(of: $0) } ?? source.location(line: 1, column: 1))
            return
        }
        for (i, node) in nodesInOrder.enumerated() where reached.contains(node.id) && !finishing[nodeIndex[node.id] ?? i] {
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
