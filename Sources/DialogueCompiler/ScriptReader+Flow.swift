import DialogueModel

extension ScriptReader {
    /// AL0039: a variable read where some path from `start` has not given it a value yet.
    ///
    /// A variable read in node `n` has a value when every way from start to `n` passes a node that gives it
    /// one (`set` or `save`) before arriving (or, after the `say` part, when `n`'s own `set` gives it). With
    /// one such node that is "it dominates `n`" (`FlowGraph`); with several, one walk from start that stops
    /// at them, shared by the variables given a value by the same nodes. Declared, recalled and built-in
    /// variables always have a value, so only variables that get one from `set` or `save` are followed.
    func checkReadsBeforeValues(_ script: DialogueScript) {
        guard let start = nodeIndex[script.start] else { return }
        var excluded = BuiltinVariable.names
        excluded.formUnion(script.variables.keys)
        excluded.formUnion(script.recall)
        let graph = FlowGraph(successors: successorIndices, start: start)
        // For each followed variable, the reachable nodes that give it a value on leaving.
        var givers: [String: [Int]] = [:]
        for (i, node) in nodesInOrder.enumerated() {
            var leaving = node.set.map(\.variable)
            switch node.action {
            case .ask(let ask): if let save = ask.save { leaving.append(save) }
            case .choose(let choose): if let save = choose.save { leaving.append(save) }
            case .listen(let listen): if let save = listen.save { leaving.append(save) }
            default: break
            }
            let reachable = graph.isReachable(i)
            for name in leaving where !excluded.contains(name) {
                if !reachable {
                    if givers[name] == nil { givers[name] = [] }     // followed, though no reachable node gives it
                } else if givers[name]?.last != i {
                    givers[name, default: []].append(i)
                }
            }
        }
        guard !givers.isEmpty else { return }
        var unguarded: [[Int]: [Bool]] = [:]   // per set of giving nodes: where a way arrives without passing one
        func hasValue(_ given: [Int], at n: Int) -> Bool {
            switch given.count {
            case 0: return false
            case 1: return graph.strictlyDominates(given[0], n)
            default:
                if let reached = unguarded[given] { return !reached[n] }
                let reached = graph.reachable(avoiding: given)
                unguarded[given] = reached
                return !reached[n]
            }
        }
        var reported = Set<String>()
        for span in facts.spans {
            guard let i = nodeIndex[span.node], graph.isReachable(i) else { continue }    // unreachable: AL0013 says so
            for use in uses[span.uses] {
                guard let given = givers[use.name], !hasValue(given, at: i),
                      span.phase == .say || !nodesInOrder[i].set.contains(where: { $0.variable == use.name }) else { continue }
                guard reported.insert("\(span.node)\u{0}\(use.name)").inserted else { continue }
                report(.readBeforeValue, "variable '\(use.name)' may not have a value yet in node '\(span.node)': "
                       + "on some way from start '\(script.start)' no node has saved or set it; declare it under "
                       + "variables with a starting value, or make sure every way here gives it one", at: use.location)
            }
        }
    }
}
