/// The router's compiled core tables: what the binary embeds and whether it is current.
public enum SafetyTables {
    /// The core image as it should be embedded, freshly compiled from the lexicon (written to
    /// `Sources/SafetyImage/router.bin` by `scripts/gen-router-image`).
    public static func freshCoreImage() -> [UInt8] { CompiledRules.freshCoreImage() }

    /// True when the embedded image was compiled from exactly the lexicon in this binary (its full hash). Start-up
    /// checks only the lexicon's length and, when that differs, compiles the tables at start (slower, same results).
    public static var embeddedImageIsCurrent: Bool {
        CompiledRules.embeddedImage?.sourceHash == CompiledRules.coreSourceHash
    }
}
