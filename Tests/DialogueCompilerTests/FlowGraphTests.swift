import Testing
@testable import DialogueCompiler

/// Small graphs made from a fixed seed: chains, back edges, joins and nodes start cannot reach.
private func sampleGraphs() -> [[[Int]]] {
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }
    return (0..<300).map { _ in
        let count = 1 + next(12)
        return (0..<count).map { _ in (0..<next(4)).map { _ in next(count) } }
    }
}

@Test func dominanceAgreesWithWalksThatAvoidANode() {
    for successors in sampleGraphs() {
        let graph = FlowGraph(successors: successors, start: 0)
        let reachable = graph.reachable(avoiding: [])
        for n in successors.indices {
            #expect(graph.isReachable(n) == reachable[n])
            for d in successors.indices where reachable[d] && reachable[n] {
                // d strictly dominates n exactly when no way from start arrives at n without passing d first.
                let around = graph.reachable(avoiding: [d])
                #expect(graph.strictlyDominates(d, n) == !around[n], "\(successors): \(d) over \(n)")
            }
        }
    }
}

@Test func aLongChainIsDominatedAllTheWayDown() {
    let count = 50_000
    let successors = (0..<count).map { $0 + 1 < count ? [$0 + 1, count - 1] : [] }
    let graph = FlowGraph(successors: successors, start: 0)
    #expect(graph.strictlyDominates(0, count - 2))
    #expect(graph.strictlyDominates(100, 40_000))
    #expect(!graph.strictlyDominates(100, count - 1))     // every node links straight to the last
    #expect(!graph.strictlyDominates(40_000, 100))
}
