import DialogueModel

/// What the reader noticed on its way through a script, for the checks that need the whole picture:
/// which variable reads belong to which node (and to which part of it), where variables are given values,
/// and where expressions were written.
struct ScriptFacts {
    /// The part of a node a variable read belongs to; parts run in this order on entering the node.
    enum Phase: Sendable { case say, set, action }

    /// A stretch of `ScriptReader.uses` read inside one part of one node.
    struct Span {
        let node: String
        let phase: Phase
        var uses: Range<Int>
    }

    /// How a variable got a value at a definition site.
    enum DefinitionKind: Sendable { case declared, assigned, saved }

    /// Where a variable is given a value.
    struct Definition {
        let name: String
        let kind: DefinitionKind
        let location: SourceLocation
    }

    /// An expression as written: the parsed form, the text and where it starts.
    struct ExpressionSite {
        let expression: Expression
        let raw: String
        let location: SourceLocation
        /// True for a branch condition (`if:`), false for an assignment (`set:`).
        let isCondition: Bool
    }

    /// Variables whose kind of value cannot be known because where they get it has an error (a broken `expect`).
    var untyped: Set<String> = []
    /// Nodes where reading reported an error: graph checks do not pile consequences onto them.
    var brokenNodes: Set<String> = []
    /// Links written in a repeated node id's body (ignored as a node, but where the author meant it to go).
    var shadowSuccessors: [String: [String]] = [:]

    private(set) var spans: [Span] = []
    var definitions: [Definition] = []
    var expressions: [ExpressionSite] = []

    /// Starts a new part of a node at `useIndex` (the current count of reads), closing the previous one.
    mutating func begin(node: String, phase: Phase, useIndex: Int) {
        close(at: useIndex)
        spans.append(Span(node: node, phase: phase, uses: useIndex..<useIndex))
        open = true
    }

    /// Closes the open part at `useIndex`.
    mutating func close(at useIndex: Int) {
        guard open, let last = spans.indices.last else { return }
        spans[last].uses = spans[last].uses.lowerBound..<max(useIndex, spans[last].uses.lowerBound)
        open = false
    }

    private var open = false
}
