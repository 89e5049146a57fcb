import EmbeddedTexts

/// Files embedded in the binary's read-only data at build time (`Sources/EmbeddedTexts`), read in place.
public enum EmbeddedText {
    /// The bytes of a core text ("lexicon.tsv", "helplines.tsv", "crisis-phrases.tsv"); empty when unknown.
    public static func core(_ name: String) -> UnsafeBufferPointer<UInt8> {
        buffer(alongside_core_text(name))
    }

    /// The bytes of a bundled exercise's file ("grounding-54321.yaml", "compiled/grounding-54321.json"); empty when unknown.
    public static func bundled(_ name: String) -> UnsafeBufferPointer<UInt8> {
        buffer(alongside_bundled_text(name))
    }

    private static func buffer(_ text: alongside_embedded) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: text.bytes, count: text.count)
    }
}
