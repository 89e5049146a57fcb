import DialogueModel

/// One exercise's YAML source, bundled or from the user's directory or a path.
public struct ExerciseSource: Sendable {
    /// The id the person types (the file name without extension).
    public let id: String
    /// File path, or `bundled:ID`.
    public let origin: String
    /// For a bundled exercise, its compiled image (`ScriptImage`), read instead of compiling `text` when current.
    public let image: [UInt8]?
    /// The text as given, or nil when it is kept as UTF-8 bytes until asked for (bundled exercises).
    private let givenText: String?
    private let utf8: [UInt8]

    /// A source with its id, where it came from, its text and (for bundled exercises) its compiled image.
    public init(id: String, origin: String, text: String, image: [UInt8]? = nil) {
        self.id = id
        self.origin = origin
        self.image = image
        givenText = text
        utf8 = []
    }

    /// A source whose UTF-8 text is decoded only when used, so listing the bundled exercises at start reads
    /// none of their text.
    public init(id: String, origin: String, utf8: [UInt8], image: [UInt8]? = nil) {
        self.id = id
        self.origin = origin
        self.image = image
        givenText = nil
        self.utf8 = utf8
    }

    /// The YAML text.
    public var text: String { givenText ?? String(decoding: utf8, as: UTF8.self) }

    /// The script compiled at development time, when this source has a current image.
    public var precompiled: DialogueScript? { image.flatMap { ScriptImage.decode($0, source: text) } }
}
