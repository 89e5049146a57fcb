import DialogueModel
import Yams

extension ScriptReader {
    /// Lists the nodes in order and their successors once, for `checkGraph` and `analyse`.
    func prepareChecks(_ script: DialogueScript) {
        // The nodes as read, unless an id repeated (then, as the script has them: the last node with that id).
        nodesInOrder = readNodes.count == script.nodes.count ? readNodes : script.orderedNodes
        readNodes = []
        successorIDs = []
        successorIDs.reserveCapacity(nodesInOrder.count)
        canonical = []
        canonical.reserveCapacity(nodesInOrder.count)
        nodeIndex.reserveCapacity(nodesInOrder.count)
        for (i, node) in nodesInOrder.enumerated() {
            successorIDs.append(node.successors)
            if let first = nodeIndex[node.id] { canonical.append(first) } else {
                nodeIndex[node.id] = i
                canonical.append(i)
            }
        }
        successorIndices = successorIDs.map { $0.compactMap { nodeIndex[$0] } }
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
        for link in links where !link.target.isEmpty && nodeIndex[link.target] == nil {
            let guess = Suggestion.closest(to: link.target, in: ids)
            if let guess { repaired[link.target] = guess } else { unrepaired = true }
            report(.unknownTarget, "there is no node '\(link.target)'" + (guess.map { "; did you mean '\($0)'?" } ?? ""),
                   at: link.location)
        }
        guard script.nodes[script.start] != nil, let start = nodeIndex[script.start] else { return }
        let shadows = facts.shadowSuccessors
        // By position in `nodesInOrder`; with repaired links or a repeated id's links, as the author meant them.
        func successors(_ i: Int) -> [Int] {
            if repaired.isEmpty && shadows.isEmpty { return successorIndices[i] }
            let written = shadows.isEmpty ? successorIDs[i] : successorIDs[i] + (shadows[nodesInOrder[i].id] ?? [])
            return written.compactMap { next in nodeIndex[next] ?? repaired[next].flatMap { nodeIndex[$0] } }
        }
        var reached = Array(repeating: false, count: nodesInOrder.count)
        reached[start] = true
        var queue = [start]
        while let i = queue.popLast() {
            for next in successors(i) where !reached[next] {
                reached[next] = true
                queue.append(next)
            }
        }
        if !unrepaired { reportUnreachable(script, reached: reached, successors: successors) }
        // With broken links the graph is incomplete, so "cannot finish" would only add noise.
        // A repeated node id leaves the graph ambiguous in the same way.
        if repaired.isEmpty && !unrepaired && facts.shadowSuccessors.isEmpty { checkEndings(script, reached: reached, startNode: startNode) }
    }

    /// AL0013 once per unreachable region, at its entry (a node nothing else links to, else the first in the
    /// file), counting the nodes that only it leads to. `reached` and `successors` are by position (an id
    /// that repeats counts as its first position).
    func reportUnreachable(_ script: DialogueScript, reached: [Bool], successors: (Int) -> [Int]) {
        let unreachable = nodesInOrder.indices.filter { !reached[canonical[$0]] }
        guard !unreachable.isEmpty else { return }
        var linkedTo = Array(repeating: false, count: nodesInOrder.count)
        for k in unreachable {
            let p = canonical[k]
            for next in successors(p) where next != p { linkedTo[next] = true }
        }
        var covered = Array(repeating: false, count: nodesInOrder.count)
        let entries = unreachable.filter { !linkedTo[canonical[$0]] } + unreachable
        for k in entries where !covered[canonical[k]] {
            var region = 0
            var queue = [canonical[k]]
            covered[canonical[k]] = true
            while let i = queue.popLast() {
                for next in successors(i) where !reached[next] && !covered[next] {
                    covered[next] = true
                    region += 1
                    queue.append(next)
                }
            }
            let entry = nodesInOrder[k]
            let more = region == 0 ? "" : " (nor can the \(region) node\(region == 1 ? "" : "s") it leads to)"
            report(.unreachableNode, "node '\(entry.id)' can never be reached from start '\(script.start)'\(more)",
                   at: entry.location)
        }
    }

    /// Warns about reachable nodes from which no `end` can be reached (`reached` by position, as above).
    func checkEndings(_ script: DialogueScript, reached: [Bool], startNode: Node?) {
        var predecessors = Array(repeating: [Int](), count: nodesInOrder.count)
        var finishing = Array(repeating: false, count: nodesInOrder.count)
        var queue: [Int] = []
        for i in nodesInOrder.indices {
            let from = canonical[i]
            for next in successorIndices[i] { predecessors[next].append(from) }
            // A node with an error (a missing next...) is a dead end already reported, not a loop.
            var ends = facts.brokenNodes.contains(nodesInOrder[i].id)
            if case .end = nodesInOrder[i].action { ends = true }
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
        for i in nodesInOrder.indices where reached[canonical[i]] && !finishing[canonical[i]] {
            report(.noPathToEnd, "from node '\(nodesInOrder[i].id)' no 'end: true' node can be reached; the conversation would loop forever",
                   at: nodesInOrder[i].location)
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
