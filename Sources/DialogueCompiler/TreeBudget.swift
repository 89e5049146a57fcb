import Yams

/// Walks a composed tree counting nodes (aliases count again each time they are used, as a reader would
/// expand them) and measuring depth, stopping as soon as a limit is passed.
struct TreeBudget {
    /// Deepest nesting of collections allowed.
    static let maxDepth = 64
    /// Most nodes allowed after alias expansion.
    static let maxNodes = 100_000

    /// What went over a limit, and the node where it happened.
    enum Overrun {
        case tooDeep(Node)
        case tooManyNodes(Node)
    }

    private var visited = 0
    private var limit = TreeBudget.maxNodes

    /// The first limit passed, or nil when the tree is within both limits (`maxNodes` nil: no value limit).
    static func check(_ root: Node, maxNodes: Int? = TreeBudget.maxNodes) -> Overrun? {
        var budget = TreeBudget()
        budget.limit = maxNodes ?? Int.max
        return budget.walk(root, depth: 1)
    }

    private mutating func walk(_ node: Node, depth: Int) -> Overrun? {
        visited += 1
        if visited > limit { return .tooManyNodes(node) }
        if depth > Self.maxDepth { return .tooDeep(node) }
        switch node {
        case .mapping(let mapping):
            // By index: iterating a Yams mapping first copies all its pairs into a new array.
            for index in mapping.startIndex..<mapping.endIndex {
                let (key, value) = mapping[index]
                if let overrun = walk(key, depth: depth + 1) ?? walk(value, depth: depth + 1) { return overrun }
            }
        case .sequence(let sequence):
            for item in sequence {
                if let overrun = walk(item, depth: depth + 1) { return overrun }
            }
        case .scalar, .alias:
            break
        }
        return nil
    }
}
