import SafetyImage
import TextEncoding

/// The compiled form of the rules (vocabulary and phrase automaton), shared by copies of a router.
final class CompiledRules: Sendable {
    let image: RouterImage
    let vocabulary: Vocabulary
    let matcher: PhraseMatcher

    /// The tables stored in `image`.
    init(_ image: RouterImage) {
        self.image = image
        vocabulary = Vocabulary(image)
        matcher = PhraseMatcher(image)
    }

    /// The core rules' tables: the image embedded in the binary, read in place; compiled here only when
    /// that image is missing or stale (a lexicon edited since `scripts/gen-router-image` last ran).
    static let core: CompiledRules = {
        // The same decision as the router's rules (`coreStructure`), so tables and rules always come from one source.
        if coreStructure != nil, let image = embeddedImage { return CompiledRules(image) }
        return PhraseCompiler.compile(SafetyLexicon.core, coreCount: SafetyLexicon.core.count)
    }()

    /// Whether the embedded image was made from a lexicon of the embedded one's length (else the core is compiled at
    /// start): the start-up check, which costs no read of the text. `SafetyTables.embeddedImageIsCurrent` checks the
    /// full hash (`RouterImageTests`), so a committed image is always current; an image left stale by an edit of the
    /// same length keeps reading as the rules it was made from, consistently, since the rules come from it too.
    static let embeddedImageFitsLexicon: Bool = embeddedImage?.lexiconSize == EmbeddedText.core("lexicon.tsv").count

    /// The core rules' structure (no phrases) as the current embedded image holds it; nil when the core is compiled.
    static let coreStructure: [SafetyRule]? = embeddedImageFitsLexicon
        ? embeddedImage.flatMap { RuleFactsSection.rules($0.array(.ruleFacts), origin: "core") } : nil

    /// The image embedded in the binary, whether or not it is current (its header read once).
    static let embeddedImage: RouterImage? = RouterImage(bytes: embeddedBytes, owner: nil)

    /// The bytes of the embedded image (empty when none was generated).
    static var embeddedBytes: UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: alongside_router_image(), count: alongside_router_image_size())
    }

    /// The hash a current core image carries.
    static var coreSourceHash: UInt64 {
        PhraseCompiler.sourceHash(lexicon: EmbeddedText.core("lexicon.tsv"))
    }

    /// The core image as it should be embedded (written by `scripts/gen-router-image`, checked by a test).
    static func freshCoreImage() -> [UInt8] {
        PhraseCompiler.image(SafetyLexicon.core, coreCount: SafetyLexicon.core.count, sourceHash: coreSourceHash,
                             lexiconSize: EmbeddedText.core("lexicon.tsv").count)
    }
}
