import DialogueModel

/// One exercise's YAML source, bundled or from the user's directory or a path.
public struct ExerciseSource: Sendable {
    /// A bundled exercise's UTF-8 YAML text and compiled image, as embedded in the binary.
    public typealias BundledBytes = (utf8: [UInt8], image: [UInt8])

    /// The id the person types (the file name without extension).
    public let id: String
    /// File path, or `bundled:ID`.
    public let origin: String
    /// The text as given, or nil for a bundled exercise (its bytes are read only when used).
    private let givenText: String?
    /// For a bundled exercise, reads its bytes from the binary. Reading a bundled array for the first time
    /// touches its pages, so listing the exercises at start reads none of them, only the one that runs.
    private let bundled: (@Sendable () -> BundledBytes)?

    /// A source with its id, where it came from and its text.
    public init(id: String, origin: String, text: String) {
        self.id = id
        self.origin = origin
        givenText = text
        bundled = nil
    }

    /// A bundled source whose text and compiled image are read from the binary only when used.
    public init(id: String, origin: String, bundled: @escaping @Sendable () -> BundledBytes) {
        self.id = id
        self.origin = origin
        givenText = nil
        self.bundled = bundled
    }

    /// For a bundled exercise, its compiled image (`ScriptImage`), read instead of compiling `text` when current.
    public var image: [UInt8]? { bundled?().image }

    /// The YAML text.
    public var text: String { givenText ?? bundled.map { String(decoding: $0().utf8, as: UTF8.self) } ?? "" }

    /// The script compiled at development time, when this source has a current image.
    public var precompiled: DialogueScript? { image.flatMap { ScriptImage.decode($0, source: text) } }
}
