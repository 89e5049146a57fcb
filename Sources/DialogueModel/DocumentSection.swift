/// One section of a `DocumentSpec`: a script variable and the heading it is shown under.
public struct DocumentSection: Sendable, Equatable, Codable {
    /// The script variable holding the section's entries (a list, or one text).
    public var key: String
    /// The heading shown for the section, e.g. "Warning signs".
    public var title: String

    /// Creates a section.
    public init(key: String, title: String) {
        self.key = key
        self.title = title
    }
}
