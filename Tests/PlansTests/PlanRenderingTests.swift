import DialogueModel
import Foundation
import Plans
import Testing

/// `plan show` and `plan export`: every section in order, empty ones said kindly, typed text shown safely.
@Suite struct PlanRenderingTests {
    static let spec = DocumentSpec(kind: "notes", title: "My plan", sections: [
        DocumentSection(key: "first", title: "First things"), DocumentSection(key: "second", title: "Second things"),
    ])
    static let saved = Date(timeIntervalSince1970: 1_796_000_000)

    static func rendering(_ content: [String: [String]], version: Int = 2) -> PlanRendering {
        PlanRendering(spec: spec, content: content, version: version, savedAt: saved)
    }

    @Test func textShowsEverySectionAndSaysWhenOneIsEmpty() {
        let lines = Self.rendering(["first": ["a walk", "call \u{1B}[2J Sam"]]).render(.txt).components(separatedBy: "\n")
        #expect(lines[0] == "My plan")
        #expect(lines[1] == "Version 2, saved \(PlanRendering.date(Self.saved))")
        #expect(Array(lines[3...8]) == ["1. First things", "   - a walk", "   - call ^[[2J Sam", "", "2. Second things", "   (nothing here yet)"])
        #expect(lines.last?.hasPrefix("This is yours. Alongside is not therapy and not a crisis service") == true)
    }

    @Test func aDraftSaysItIsNotFinished() {
        let text = Self.rendering([:], version: 0).render(.txt)
        #expect(text.components(separatedBy: "\n")[1].hasPrefix("Not finished yet (started "))
    }

    @Test func markdownShowsWhatWasTypedNotFormatting() {
        let markdown = Self.rendering(["first": ["*not bold* # [x](y)"]]).render(.md)
        #expect(markdown.contains("\n- \\*not bold\\* \\# \\[x\\](y)\n"))
        #expect(markdown.contains("## 2. Second things\n\n_(nothing here yet)_"))
    }

    @Test func htmlIsOnePageWithEverythingEscaped() {
        let html = Self.rendering(["second": ["<b>Sam</b> & \"Jo\""]]).render(.html)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<li>&lt;b&gt;Sam&lt;/b&gt; &amp; &quot;Jo&quot;</li>"))
        #expect(!html.contains("<b>Sam"))
        #expect(!html.contains("<script"))
    }

    @Test func theBundledScriptDescribesTheSafetyPlan() throws {
        let found = try #require(PlanDocuments.find(kind: "safety-plan"))
        #expect(found.exerciseId == "safety-plan")
        #expect(found.spec.title == "My safety plan")
        #expect(found.spec.sections.count == 7)
        #expect(PlanDocuments.find(kind: "no-such-kind") == nil)
    }

    @Test func aKindNoScriptDescribesIsLaidOutFromItsKeys() {
        let spec = PlanDocuments.spec(kind: "my-notes", content: ["b_two": ["x"], "a_one": []])
        #expect(spec.title == "My Notes")
        #expect(spec.sections.map(\.title) == ["A One", "B Two"])
    }
}
