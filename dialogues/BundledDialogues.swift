/// The exercises that ship inside the binary, as YAML source text keyed by file name.
public enum BundledDialogues {
    /// Every bundled script: file name (without extension) and its UTF-8 YAML source.
    public static let all: [(name: String, source: String)] = [
        ("grounding-54321", String(decoding: PackageResources.grounding_54321_yaml, as: UTF8.self)),
    ]
}
