import DialogueModel
import Foundation
import Testing
@testable import DialogueCompiler

/// The folder of golden files beside this test.
let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

/// Compares `actual` with the golden file; `UPDATE_GOLDEN=1` rewrites it instead.
func expectGolden(_ actual: String, _ name: String) throws {
    let url = goldenDirectory.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
        try actual.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(actual == expected, "golden \(name) differs; run with UPDATE_GOLDEN=1 to see the new output")
}

func everyKindGraph() throws -> ScriptGraph {
    let yaml = try String(contentsOf: goldenDirectory.appendingPathComponent("every-kind.yaml"), encoding: .utf8)
    let result = ScriptCompiler.compile(yaml: yaml, file: "every-kind.yaml")
    let script = try #require(result.script, "\(result.diagnostics.map(\.formatted))")
    return ScriptGraph(script: script)
}

@Test func graphMarksKindsStartAndUnreachableNodes() throws {
    let graph = try everyKindGraph()
    #expect(graph.start == "hello")
    #expect(graph.nodes.map(\.kind) == [.say, .ask, .branch, .choices, .pause, .listen, .end, .say])
    #expect(graph.nodes.filter { !$0.reachable }.map(\.id) == ["old-draft"])
    #expect(graph.edges.filter { $0.from == "route" }.map(\.label) == ["score >= 7 and not (score == 10)", "score < 3", "else"])
    #expect(graph.edges.filter { $0.from == "talk" }.map(\.label) == ["reflection, summary", "default"])
}

@Test func dotGolden() throws {
    try expectGolden(GraphRenderer.render(try everyKindGraph(), as: .dot), "every-kind.dot")
}

@Test func mermaidGolden() throws {
    try expectGolden(GraphRenderer.render(try everyKindGraph(), as: .mermaid), "every-kind.mmd")
}

@Test func mermaidIdsAreSanitisedAndLabelsEscaped() {
    #expect(GraphRenderer.mermaidID("end", index: 6) == "n6_end")
    #expect(GraphRenderer.mermaidID("old-draft.v2", index: 7) == "n7_old_draft_v2")
    #expect(GraphRenderer.mermaidText("a \"b\" <c> | #d") == "a #quot;b#quot; #lt;c#gt; #124; #35;d")
    #expect(GraphRenderer.dotQuoted("say \"hi\" \\ there") == "\"say \\\"hi\\\" \\\\ there\"")
}

@Test func expressionsAreWrittenBackWithNeededParentheses() {
    let parsed = try? ExpressionParser.parse("(a + b) * 2 > 3 or not (x and y)").get()
    #expect(parsed.map { ExpressionText.written($0.expression) } == "(a + b) * 2 > 3 or not (x and y)")
}

@Test func brokenLinksAreDrawnAsMissingNodes() throws {
    let result = ScriptCompiler.compile(yaml: script("a:\n  choices: { Go: b, Typo: nowhere }\nb:\n  end: true"), file: "t.yaml")
    let graph = ScriptGraph(script: try #require(result.draft))
    #expect(result.script == nil)
    #expect(graph.missing == ["nowhere"])
    let dot = GraphRenderer.render(graph, as: .dot)
    #expect(dot.contains("\"nowhere\" [shape=box, style=\"dashed,filled\", color=red, fillcolor=\"#fde2e2\", label=\"nowhere\\n(missing)\"];"))
    #expect(dot.contains("\"a\" -> \"nowhere\" [label=\"Typo\"];"))
    let mermaid = GraphRenderer.render(graph, as: .mermaid)
    #expect(mermaid.contains("  missing0_nowhere[\"nowhere<br/>(missing)\"]\n"))
    #expect(mermaid.contains("  n0_a -->|\"Typo\"| missing0_nowhere\n"))
}
