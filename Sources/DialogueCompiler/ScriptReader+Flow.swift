import DialogueModel

extension ScriptReader {
    /// AL0039: a variable read where some path from `start` has not given it a value yet.
    ///
    /// A forward "definitely has a value" analysis over the node graph: a node's incoming set is the
    /// intersection over its reachable predecessors; `set` and `save` add to it. Declared, recalled and built-in
    /// variables always have a value, so only variables that get one from `set` or `save` are followed.
    func checkReadsBeforeValues(_ script: DialogueScript) {
        guard script.nodes[script.start] != nil else { return }
        var given: [String: Set<String>] = [:]      // what each node adds on leaving
        var assigned: [String: Set<String>] = [:]   // what each node's `set` adds before its action
        var followed = Set<String>()
        for node in nodesInOrder {
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

        // Bit sets over the followed variables keep this linear in nodes × (variables / 64).
        let names = followed.sorted()
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        func bits(_ set: Set<String>) -> VariableBits {
            var result = VariableBits(count: names.count)
            for name in set { if let i = index[name] { result.insert(i) } }
            return result
        }
        let order = reversePostorder(script)
        let position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        var predecessors = Array(repeating: [Int](), count: order.count)
        for (i, id) in order.enumerated() {
            for next in successorsByID[id] ?? [] {
                if let j = position[next] { predecessors[j].append(i) }
            }
        }
        let leavingBits = order.map { bits(given[$0] ?? []) }
        // Optimistic start (everything known) so loops settle on the largest consistent sets.
        let everything = VariableBits(count: names.count, filled: true)
        var incoming = Array(repeating: everything, count: order.count)
        var changed = true
        while changed {
            changed = false
            for i in order.indices {
                var value = i == 0 ? VariableBits(count: names.count) : everything
                if i != 0 {
                    for p in predecessors[i] { value.formIntersection(incoming[p], union: leavingBits[p]) }
                }
                if incoming[i] != value {
                    incoming[i] = value
                    changed = true
                }
            }
        }
        var reported = Set<String>()
        for span in facts.spans {
            guard let i = position[span.node] else { continue }    // unreachable: AL0013 says so
            let sets = span.phase == .say ? [] : (assigned[span.node] ?? [])
            for use in uses[span.uses] {
                guard let bit = index[use.name], !incoming[i].contains(bit), !sets.contains(use.name) else { continue }
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
            let successors = successorsByID[top.id] ?? []
            if top.next < successors.count {
                stack[stack.count - 1].next += 1
                let next = successors[top.next]
                if successorsByID[next] != nil, visited.insert(next).inserted { stack.append((next, 0)) }
            } else {
                postorder.append(top.id)
                stack.removeLast()
            }
        }
        return postorder.reversed()
    }
}

/// A fixed-size set of variable indices, 64 to a word.
struct VariableBits: Equatable {
    private var words: [UInt64]

    init(count: Int, filled: Bool = false) {
        words = Array(repeating: filled ? ~0 : 0, count: (count + 63) / 64)
    }

    mutating func insert(_ i: Int) { words[i >> 6] |= 1 << UInt64(i & 63) }

    func contains(_ i: Int) -> Bool { words[i >> 6] & (1 << UInt64(i & 63)) != 0 }

    /// `self ∩ (a ∪ b)`, in place.
    mutating func formIntersection(_ a: VariableBits, union b: VariableBits) {
        for w in words.indices { words[w] &= a.words[w] | b.words[w] }
    }
}
