/// Writes a `ScriptGraph` as Graphviz DOT or a Mermaid flowchart.
///
/// Shapes by kind: say a box, ask a parallelogram, choices a hexagon, branch a diamond, pause an oval,
/// listen a box with a double border, end a double circle. The start gets an arrow from a small "start"
/// marker; unreachable nodes are dashed and grey.
public enum GraphRenderer {
    /// The output formats.
    public enum Format: String, Sendable, CaseIterable {
        case dot, mermaid
    }

    /// The graph in `format`, ending with a newline.
    public static func render(_ graph: ScriptGraph, as format: Format) -> String {
        switch format {
        case .dot: return dot(graph)
        case .mermaid: return mermaid(graph)
        }
    }

    // MARK: DOT

    static func dot(_ graph: ScriptGraph) -> String {
        var out = "digraph \(dotQuoted(graph.scriptID)) {\n"
        out += "  rankdir=TB;\n  node [fontname=\"Helvetica\", fontsize=10];\n  edge [fontname=\"Helvetica\", fontsize=9];\n"
        out += "  \"__start\" [shape=circle, label=\"start\", width=0.4, style=filled, fillcolor=black, fontcolor=white];\n"
        for node in graph.nodes {
            var attributes = ["shape=\(dotShape(node.kind))", "label=\(dotQuoted(label(node)))"]
            if node.kind == .listen { attributes.append("peripheries=2") }
            // One style attribute with every style in it: DOT keeps only the last of repeated attributes.
            var styles: [String] = []
            if node.kind == .ask || node.kind == .say { styles.append("rounded") }
            if !node.reachable { styles.append("dashed") }
            if !styles.isEmpty { attributes.append(styles.count == 1 ? "style=\(styles[0])" : "style=\(dotQuoted(styles.joined(separator: ",")))") }
            if !node.reachable { attributes += ["color=grey", "fontcolor=grey"] }
            out += "  \(dotQuoted(node.id)) [\(attributes.joined(separator: ", "))];\n"
        }
        for id in graph.missing {
            out += "  \(dotQuoted(id)) [shape=box, style=\"dashed,filled\", color=red, fillcolor=\"#fde2e2\", label=\(dotQuoted("\(id)\n(missing)"))];\n"
        }
        if graph.nodes.contains(where: { $0.id == graph.start }) {
            out += "  \"__start\" -> \(dotQuoted(graph.start));\n"
        }
        let unreachable = Set(graph.nodes.filter { !$0.reachable }.map(\.id))
        for edge in graph.edges {
            var attributes: [String] = []
            if !edge.label.isEmpty { attributes.append("label=\(dotQuoted(edge.label))") }
            if unreachable.contains(edge.from) { attributes += ["style=dashed", "color=grey", "fontcolor=grey"] }
            let suffix = attributes.isEmpty ? "" : " [\(attributes.joined(separator: ", "))]"
            out += "  \(dotQuoted(edge.from)) -> \(dotQuoted(edge.to))\(suffix);\n"
        }
        return out + "}\n"
    }

    static func dotShape(_ kind: ScriptGraph.Kind) -> String {
        switch kind {
        case .say: return "box"
        case .ask: return "parallelogram"
        case .choices: return "hexagon"
        case .branch: return "diamond"
        case .pause: return "oval"
        case .listen: return "box"
        case .end: return "doublecircle"
        }
    }

    /// A DOT string literal: quotes and backslashes escaped, new lines as `\n`.
    static func dotQuoted(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r", "\t": out += " "
            default: out.append(character)
            }
        }
        return out + "\""
    }

    static func label(_ node: ScriptGraph.Node) -> String {
        node.text.isEmpty ? "\(node.id)\n(\(node.kind.rawValue))" : "\(node.id) (\(node.kind.rawValue))\n\(node.text)"
    }

    // MARK: Mermaid

    static func mermaid(_ graph: ScriptGraph) -> String {
        var ids: [String: String] = [:]
        for (index, node) in graph.nodes.enumerated() { ids[node.id] = mermaidID(node.id, index: index) }
        for (index, id) in graph.missing.enumerated() { ids[id] = "missing\(index)_" + mermaidID(id, index: index).drop { $0 != "_" }.dropFirst() }
        var out = "flowchart TD\n"
        out += "  start_marker((\"start\"))\n"
        for node in graph.nodes {
            let (open, close) = mermaidShape(node.kind)
            out += "  \(ids[node.id]!)\(open)\"\(mermaidText(label(node)))\"\(close)\n"
        }
        for id in graph.missing { out += "  \(ids[id]!)[\"\(mermaidText("\(id)\n(missing)"))\"]\n" }
        if let first = ids[graph.start] { out += "  start_marker --> \(first)\n" }
        for edge in graph.edges {
            guard let from = ids[edge.from], let to = ids[edge.to] else { continue }
            let label = edge.label.isEmpty ? "" : "|\"\(mermaidText(edge.label))\"|"
            out += "  \(from) -->\(label) \(to)\n"
        }
        out += "  classDef startMarker fill:#000,color:#fff\n  class start_marker startMarker\n"
        let unreachable = graph.nodes.filter { !$0.reachable }.compactMap { ids[$0.id] }
        if !unreachable.isEmpty {
            out += "  classDef unreachable stroke-dasharray:5 5,stroke:#999,color:#999\n"
            out += "  class \(unreachable.joined(separator: ",")) unreachable\n"
        }
        if !graph.missing.isEmpty {
            out += "  classDef missing stroke:#c00,fill:#fde2e2,stroke-dasharray:5 5\n"
            out += "  class \(graph.missing.compactMap { ids[$0] }.joined(separator: ",")) missing\n"
        }
        return out
    }

    /// `n3_check_in`: a prefix and index keep ids unique and away from Mermaid keywords (`end`, `graph`...).
    static func mermaidID(_ id: String, index: Int) -> String {
        let cleaned = String(id.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
        return "n\(index)_\(cleaned)"
    }

    static func mermaidShape(_ kind: ScriptGraph.Kind) -> (String, String) {
        switch kind {
        case .say: return ("(", ")")
        case .ask: return ("[/", "/]")
        case .choices: return ("{{", "}}")
        case .branch: return ("{", "}")
        case .pause: return ("([", "])")
        case .listen: return ("[[", "]]")
        case .end: return ("(((", ")))")
        }
    }

    /// Text for inside a quoted Mermaid label: quotes and markup characters as entity codes, new lines as `<br/>`.
    static func mermaidText(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\"": out += "#quot;"
            case "#": out += "#35;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case "|": out += "#124;"
            case "`": out += "#96;"
            case "\n": out += "<br/>"
            case "\r", "\t": out += " "
            default: out.append(character)
            }
        }
        return out
    }
}
