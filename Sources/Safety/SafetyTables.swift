/// The router's compiled core tables: what the binary embeds and whether it is current.
public enum SafetyTables {
    /// The core image as it should be embedded, freshly compiled from the lexicon (written to
    /// `Sources/SafetyImage/router.bin` by `scripts/gen-router-image`).
    public static func freshCoreImage() -> [UInt8] { CompiledRules.freshCoreImage() }

    /// True when the embedded image was compiled from the lexicon in this binary (so start-up reads it in
    /// place); false means the router compiles its tables at start, slower but with the same results.
    public static var embeddedImageIsCurrent: Bool {
        CompiledRules.embeddedImage?.sourceHash == CompiledRules.coreSourceHash
    }
}
