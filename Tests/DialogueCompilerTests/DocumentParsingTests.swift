import DialogueModel
import Testing
@testable import DialogueCompiler

/// `document:` is read into `DialogueScript.document`, with located diagnostics.
@Suite struct DocumentParsingTests {
    static let nodes = "a:\n  ask: Signs?\n  expect: { list: [1, 10] }\n  save: signs\n  next: b\nb:\n  set: { why: \"'to see the sea'\" }\n  end: true"

    @Test func sectionsAreReadInOrderAndStartAsRecalled() throws {
        let yaml = script(Self.nodes, extra: "document:\n  kind: my-plan\n  title: \"My plan\"\n  sections:\n    - { key: signs, title: \"Warning signs\" }\n    - { key: why, title: \"Reasons\" }\n")
        let result = compile(yaml)
        #expect(result.diagnostics.isEmpty, "\(summary(result))")
        let document = try #require(result.script?.document)
        #expect(document == DocumentSpec(kind: "my-plan", title: "My plan",
                                         sections: [DocumentSection(key: "signs", title: "Warning signs"),
                                                    DocumentSection(key: "why", title: "Reasons")]))
        #expect(result.script?.recall == ["signs", "why"])
    }

    @Test func scriptsWithoutDocumentHaveNone() {
        #expect(compile(script(Self.nodes)).script?.document == nil)
    }

    @Test func unknownKeysAreReportedWhereWritten() {
        let (yaml, marks) = stripMarkers(script(Self.nodes, extra: "document:\n  kind: my-plan\n  title: P\n  ‸titl: Q\n  sections:\n    - { key: signs, title: S, ‸note: x }\n"))
        let result = compile(yaml)
        let found = result.diagnostics.filter { $0.code == .unknownKey }.map { [$0.location.line, $0.location.column] }
        #expect(found == marks.map { [$0.line, $0.column] })
        #expect(result.diagnostics.first?.message.contains("did you mean 'title'") == true)
    }

    @Test func missingPartsAndBadKindAreErrors() {
        let (yaml, marks) = stripMarkers(script(Self.nodes, extra: "document:\n  kind: ‸My Plan\n  sections: []\n"))
        let result = compile(yaml)
        #expect(result.script == nil)
        #expect(result.diagnostics.contains { $0.code == .missingKey && $0.message.contains("'title'") })
        #expect(result.diagnostics.contains { $0.code == .invalidName && $0.location.line == marks[0].line && $0.location.column == marks[0].column })
    }

    @Test func unsavedSectionSuggestsTheCloseName() {
        let result = compile(script(Self.nodes, extra: "document:\n  kind: p\n  title: P\n  sections:\n    - { key: sign, title: S }\n"))
        let diagnostic = result.diagnostics.first { $0.code == .documentSectionNotSaved }
        #expect(diagnostic?.message.contains("did you mean 'signs'") == true)
        #expect(diagnostic?.severity == .error)
    }
}
