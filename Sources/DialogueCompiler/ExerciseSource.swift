/// One exercise's YAML source, bundled or from the user's directory or a path.
public struct ExerciseSource: Sendable {
    /// The id the person types (the file name without extension).
    public let id: String
    /// File path, or `bundled:ID`.
    public let origin: String
    /// The YAML text.
    public let text: String

    /// A source with its id, where it came from and its text.
    public init(id: String, origin: String, text: String) {
        self.id = id
        self.origin = origin
        self.text = text
    }
}
