import DialogueModel

/// A script's node graph, ready to draw: nodes with their kind and a short text, labelled edges, the start
/// and which nodes can never be reached. Pure; `GraphRenderer` writes it as Graphviz DOT or Mermaid.
public struct ScriptGraph: Sendable, Equatable {
    /// What a node does, deciding its shape.
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        case say, ask, choices, branch, pause, listen, end
    }

    /// One node of the graph.
    public struct Node: Sendable, Equatable {
        /// The node id as written in the script.
        public let id: String
        /// What the node does.
        public let kind: Kind
        /// A short piece of what it says or asks (may be empty).
        public let text: String
        /// False when no path from `start` leads here.
        public let reachable: Bool
    }

    /// One link between two nodes.
    public struct Edge: Sendable, Equatable {
        /// Source node id.
        public let from: String
        /// Target node id.
        public let to: String
        /// The choice label, condition, `else`, skill names or `default`; empty for a plain `next`.
        public let label: String
    }

    /// The script id.
    public let scriptID: String
    /// The start node id.
    public let start: String
    /// Nodes in source order.
    public let nodes: [Node]
    /// Edges in source order; an edge to a node that does not exist points at an id in `missing`.
    public let edges: [Edge]
    /// Link targets that name no node (only in scripts with AL0012 errors), drawn as red "missing" boxes.
    public let missing: [String]

    /// Longest node text kept, in characters.
    public static let textLimit = 40

    /// Builds the graph of a compiled script.
    public init(script: DialogueScript) {
        scriptID = script.id
        start = script.start
        var reached: Set<String> = script.nodes[script.start] == nil ? [] : [script.start]
        var queue = Array(reached)
        while let id = queue.popLast() {
            for next in script.nodes[id]?.successors ?? [] where script.nodes[next] != nil && reached.insert(next).inserted {
                queue.append(next)
            }
        }
        var nodes: [Node] = []
        var edges: [Edge] = []
        var missing: [String] = []
        for node in script.orderedNodes {
            nodes.append(Node(id: node.id, kind: Self.kind(of: node), text: Self.summary(of: node), reachable: reached.contains(node.id)))
            for (target, label) in Self.links(of: node) where !target.isEmpty {
                if script.nodes[target] == nil && !missing.contains(target) { missing.append(target) }
                edges.append(Edge(from: node.id, to: target, label: label))
            }
        }
        self.nodes = nodes
        self.edges = edges
        self.missing = missing
    }

    static func kind(of node: DialogueNode) -> Kind {
        switch node.action {
        case .next: return .say
        case .ask: return .ask
        case .choose: return .choices
        case .branch: return .branch
        case .pause: return .pause
        case .listen: return .listen
        case .end: return .end
        }
    }

    /// The prompt, pause label or first said line, shortened.
    static func summary(of node: DialogueNode) -> String {
        var text: String?
        switch node.action {
        case .ask(let ask): text = ask.prompt.raw
        case .choose(let choose): text = choose.prompt.raw
        case .pause(let pause): text = pause.label?.raw ?? "\(pause.seconds) s"
        case .listen(let listen): text = listen.prompt?.raw
        default: break
        }
        if text?.isEmpty ?? true { text = node.say?.lines.first?.raw }
        let flat = (text ?? "").split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > textLimit ? String(flat.prefix(textLimit - 1)) + "…" : flat
    }

    /// Each target with the label of the link.
    static func links(of node: DialogueNode) -> [(String, String)] {
        switch node.action {
        case .next(let id): return [(id, "")]
        case .ask(let ask): return [(ask.next, "")]
        case .pause(let pause): return [(pause.next, "")]
        case .choose(let choose): return choose.options.map { ($0.next, $0.label) }
        case .branch(let arms, let otherwise):
            return arms.map { ($0.next, ExpressionText.written($0.condition)) } + [(otherwise, "else")]
        case .listen(let listen):
            let fallback = listen.onSkill.isEmpty ? "" : "default"
            return listen.onSkill.map { ($0.next, $0.skills.joined(separator: ", ")) } + [(listen.otherwise, fallback)]
        case .end: return []
        }
    }
}
