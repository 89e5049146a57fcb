import DialogueModel

extension ScriptReader {
    /// AL0037: a variable read where some path from `start` has not given it a value yet.
    ///
    /// A forward "definitely has a value" analysis over the node graph: a node's incoming set is the
    /// intersection over its reachable predecessors; `set` and `save` add to it. Declared, recalled and built-in
    /// variables always have a value, so only variables that get one from `set` or `save` are followed.
    func checkReadsBeforeValues(_ script: DialogueScript) {
        guard script.nodes[script.start] != nil else { return }
        var given: [String: Set<String>] = [:]      // what each node adds on leaving
        var assigned: [String: Set<String>] = [:]   // what each node's `set` adds before its action
        var followed = Set<String>()
        for node in script.orderedNodes {
            let sets = Set(node.set.map(\.variable))
            var leaving = sets
            switch node.action {
            case .ask(let ask): if let save = ask.save { leaving.insert(save) }
            case .choose(let choose): if let save = choose.save { leaving.insert(save) }
            case .listen(let listen): if let save = listen.save { leaving.insert(save) }
            default: break
            }
            given[node.id] = leaving
            assigned[node.id] = sets
            followed.formUnion(leaving)
        }
        followed.subtract(script.variables.keys)
        followed.subtract(script.recall)
        followed.subtract(BuiltinVariable.names)
        guard !followed.isEmpty else { return }

        let order = reversePostorder(script)
        var predecessors: [String: [String]] = [:]
        for id in order {
            for next in script.nodes[id]?.successors ?? [] where script.nodes[next] != nil {
                predecessors[next, default: []].append(id)
            }
        }
        // Optimistic start (everything known) so loops settle on the largest consistent sets.
        var incoming: [String: Set<String>] = [:]
        var changed = true
        while changed {
            changed = false
            for id in order {
                var value: Set<String>
                if id == script.start {
                    value = []
                } else {
                    value = followed
                    for previous in predecessors[id] ?? [] {
                        let out = (incoming[previous] ?? followed).union(given[previous] ?? [])
                        value.formIntersection(out)
                    }
                }
                if incoming[id] != value {
                    incoming[id] = value
                    changed = true
                }
            }
        }
        var reported = Set<String>()
        for span in facts.spans {
            guard let known = incoming[span.node] else { continue }    // unreachable: AL0013 says so
            let available = span.phase == .say ? known : known.union(assigned[span.node] ?? [])
            for use in uses[span.uses] where followed.contains(use.name) && !available.contains(use.name) {
                guard reported.insert("\(span.node)\u{0}\(use.name)").inserted else { continue }
                report(.readBeforeValue, "variable '\(use.name)' may not have a value yet in node '\(span.node)': "
                       + "on some way from start '\(script.start)' no node has saved or set it; declare it under "
                       + "variables with a starting value, or make sure every way here gives it one", at: use.location)
            }
        }
    }

    /// Reachable node ids in reverse postorder from `start` (iterative, so deep graphs are fine).
    func reversePostorder(_ script: DialogueScript) -> [String] {
        var visited: Set<String> = [script.start]
        var postorder: [String] = []
        var stack: [(id: String, next: Int)] = [(script.start, 0)]
        while let top = stack.last {
            let successors = script.nodes[top.id]?.successors ?? []
            if top.next < successors.count {
                stack[stack.count - 1].next += 1
                let next = successors[top.next]
                if script.nodes[next] != nil, visited.insert(next).inserted { stack.append((next, 0)) }
            } else {
                postorder.append(top.id)
                stack.removeLast()
            }
        }
        return postorder.reversed()
    }
}
