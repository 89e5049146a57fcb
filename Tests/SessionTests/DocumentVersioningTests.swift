import DialogueModel
import Foundation
import Testing
import TranscriptStore
import Session

/// The pure rules of document versions: content from variables, summaries of change, when to save.
@Suite struct DocumentVersioningTests {
    static let spec = DocumentSpec(kind: "safety-plan", title: "My safety plan",
                                   sections: [DocumentSection(key: "signs", title: "Warning signs"),
                                              DocumentSection(key: "reasons", title: "Reasons for living")])

    @Test func contentTakesListsTextsAndNulls() {
        let content = DocumentVersioning.content(of: Self.spec, variables: ["signs": .list(["a", " ", "b"]), "reasons": .string("my cat")])
        #expect(content == ["signs": ["a", "b"], "reasons": ["my cat"]])
        #expect(DocumentVersioning.content(of: Self.spec, variables: [:]) == ["signs": [], "reasons": []])
    }

    @Test func summarySaysWhatWasAddedAndRemoved() {
        let old = ["signs": ["a", "b", "c"], "reasons": ["x"]]
        let new = ["signs": ["a", "d"], "reasons": ["x", "y"]]
        #expect(DocumentVersioning.summary(of: Self.spec, old: old, new: new)
                == "Warning signs: 1 added, 2 removed; Reasons for living: 1 added")
        #expect(DocumentVersioning.summary(of: Self.spec, old: old, new: old) == nil)
        #expect(DocumentVersioning.summary(of: Self.spec, old: nil, new: ["signs": ["a"]]) == "First version: 1 of 2 sections filled in")
    }

    @Test func aNewVersionOnlyWhenSomethingChanged() throws {
        let at = Date(timeIntervalSince1970: 0)
        let variables: [String: Value] = ["signs": .list(["a"]), "reasons": .null]
        let first = try #require(DocumentVersioning.nextVersion(of: Self.spec, variables: variables, latest: nil, at: at))
        #expect(first.planKind == "safety-plan")
        #expect(first.content == #"{"reasons":[],"signs":["a"]}"#)
        #expect(DocumentVersioning.nextVersion(of: Self.spec, variables: [:], latest: nil, at: at) == nil)
        #expect(DocumentVersioning.recalled(Self.spec, stored: first.content) == ["signs": .list(["a"])])
    }
}
