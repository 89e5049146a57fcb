import BundledDialogues
import DialogueCompiler
import DialogueModel
import Testing

/// The compiled images of the bundled scripts (dialogues/compiled/) match what the compiler makes of their YAML.
@Suite struct BundledImageTests {
    @Test(arguments: BundledDialogues.sources.map(\.id))
    func imageIsCurrent(id: String) throws {
        let source = try #require(BundledDialogues.sources.first { $0.id == id })
        let fresh = try #require(ScriptCompiler.compile(yaml: source.text, file: source.origin).script)
        let image = try #require(source.precompiled, "dialogues/compiled/\(id).json is stale or missing: run scripts/gen-bundled")
        #expect(image == fresh, "dialogues/compiled/\(id).json differs from a fresh compile: run scripts/gen-bundled")
        #expect(try ScriptImage.encode(fresh, source: source.text) == source.image,
                "dialogues/compiled/\(id).json is not what the generator writes now: run scripts/gen-bundled")
    }

    @Test func staleImageIsIgnored() throws {
        let source = try #require(BundledDialogues.sources.first { $0.id == "grounding-54321" })
        let image = try #require(source.image)
        #expect(ScriptImage.decode(image, source: source.text) != nil)
        #expect(ScriptImage.decode(image, source: source.text + "\n# edited\n") == nil)
        #expect(ScriptImage.decode(Array("{}\n".utf8), source: source.text) == nil)
        #expect(ScriptImage.decode([], source: source.text) == nil)
    }
}
