/// A script's node graph by index, with the dominator tree of the part reachable from start: node `d`
/// dominates node `n` when every way from start to `n` passes through `d`.
///
/// Built in near-linear time (Lengauer and Tarjan's algorithm with path compression, no recursion, so deep
/// graphs are fine); after that, "does `d` dominate `n`" is two comparisons. The read-before-value check
/// (AL0039) asks this for every variable read, which keeps it linear in the size of the script where a
/// set of known variables per node grew with nodes × variables.
struct FlowGraph {
    /// Each node's successors by index (links to missing nodes left out).
    let successors: [[Int]]
    /// The start node's index.
    let start: Int
    /// Each node's number in a depth-first walk from start; -1 when start cannot reach it.
    private var number: [Int]
    /// By depth-first number: where the node's subtree starts in a preorder of the dominator tree.
    private var treeEntry: [Int]
    /// By depth-first number: how many nodes the node dominates (itself included).
    private var treeSize: [Int]

    init(successors: [[Int]], start: Int) {
        self.successors = successors
        self.start = start
        number = Array(repeating: -1, count: successors.count)
        treeEntry = []
        treeSize = []
        // Depth-first walk: `vertex` maps numbers to nodes, `parent` is the walk's tree (by number).
        var vertex = [start]
        var parent = [-1]
        number[start] = 0
        var stack: [(node: Int, edge: Int)] = [(start, 0)]
        while let top = stack.last {
            let next = successors[top.node]
            guard top.edge < next.count else { stack.removeLast(); continue }
            stack[stack.count - 1].edge += 1
            let target = next[top.edge]
            if number[target] < 0 {
                number[target] = vertex.count
                vertex.append(target)
                parent.append(number[top.node])
                stack.append((target, 0))
            }
        }
        let idom = Self.immediateDominators(successors: successors, number: number, vertex: vertex, parent: parent)
        // A dominator has a smaller number than the nodes it dominates, so one pass each way lays the tree out.
        let count = vertex.count
        treeSize = Array(repeating: 1, count: count)
        for w in stride(from: count - 1, to: 0, by: -1) { treeSize[idom[w]] += treeSize[w] }
        treeEntry = Array(repeating: 0, count: count)
        var nextFree = Array(repeating: 1, count: count)
        for w in 1..<max(count, 1) {
            let d = idom[w]
            treeEntry[w] = nextFree[d]
            nextFree[d] += treeSize[w]
            nextFree[w] = treeEntry[w] + 1
        }
    }

    /// Whether start can reach node `n`.
    func isReachable(_ n: Int) -> Bool { number[n] >= 0 }

    /// Whether every way from start to `n` passes through `d` before arriving at `n` (`d` ≠ `n`, both reachable).
    func strictlyDominates(_ d: Int, _ n: Int) -> Bool {
        let a = number[d], b = number[n]
        guard a >= 0, b >= 0, a != b else { return false }
        return treeEntry[a] <= treeEntry[b] && treeEntry[b] < treeEntry[a] + treeSize[a]
    }

    /// The nodes start reaches without going on from any node in `blocked` (a blocked node is reached, not
    /// left): `n` is marked when some way from start arrives at `n` without passing a blocked node before.
    func reachable(avoiding blocked: [Int]) -> [Bool] {
        var stops = Array(repeating: false, count: successors.count)
        for node in blocked { stops[node] = true }
        var reached = Array(repeating: false, count: successors.count)
        reached[start] = true
        var queue = [start]
        while let node = queue.popLast() {
            if stops[node] { continue }
            for next in successors[node] where !reached[next] {
                reached[next] = true
                queue.append(next)
            }
        }
        return reached
    }

    /// The immediate dominator of each reachable node, by depth-first number (start's is itself).
    private static func immediateDominators(successors: [[Int]], number: [Int], vertex: [Int], parent: [Int]) -> [Int] {
        let count = vertex.count
        // Predecessors by number, in one flat array (`firstPredecessor[w]..<firstPredecessor[w + 1]`).
        var firstPredecessor = Array(repeating: 0, count: count + 1)
        for v in 0..<count {
            for target in successors[vertex[v]] { firstPredecessor[number[target] + 1] += 1 }
        }
        for w in 0..<count { firstPredecessor[w + 1] += firstPredecessor[w] }
        var predecessors = Array(repeating: 0, count: firstPredecessor[count])
        var filled = firstPredecessor
        for v in 0..<count {
            for target in successors[vertex[v]] {
                let w = number[target]
                predecessors[filled[w]] = v
                filled[w] += 1
            }
        }
        var semi = Array(0..<count)
        var label = Array(0..<count)
        var ancestor = Array(repeating: -1, count: count)
        var idom = Array(repeating: 0, count: count)
        var bucketHead = Array(repeating: -1, count: count)
        var bucketNext = Array(repeating: -1, count: count)
        var path: [Int] = []
        func eval(_ v: Int) -> Int {
            guard ancestor[v] >= 0 else { return v }
            // Path compression, bottom-up from the topmost linked ancestor.
            var x = v
            while ancestor[ancestor[x]] >= 0 {
                path.append(x)
                x = ancestor[x]
            }
            while let y = path.popLast() {
                let a = ancestor[y]
                if semi[label[a]] < semi[label[y]] { label[y] = label[a] }
                ancestor[y] = ancestor[a]
            }
            return label[v]
        }
        for w in stride(from: count - 1, to: 0, by: -1) {
            for k in firstPredecessor[w]..<firstPredecessor[w + 1] {
                let u = eval(predecessors[k])
                if semi[u] < semi[w] { semi[w] = semi[u] }
            }
            bucketNext[w] = bucketHead[semi[w]]
            bucketHead[semi[w]] = w
            let p = parent[w]
            ancestor[w] = p
            var v = bucketHead[p]
            while v >= 0 {
                let u = eval(v)
                idom[v] = semi[u] < semi[v] ? u : p
                v = bucketNext[v]
            }
            bucketHead[p] = -1
        }
        for w in 1..<max(count, 1) where idom[w] != semi[w] { idom[w] = idom[idom[w]] }
        return idom
    }
}
