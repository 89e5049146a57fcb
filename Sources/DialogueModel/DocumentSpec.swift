/// A document a script builds and keeps across sessions (`document:`), such as a safety plan.
///
/// Each section names a script variable that holds the section's entries. The shell pre-loads those
/// variables from the newest stored version when a session starts, and stores a new version when the
/// session ends with different entries.
public struct DocumentSpec: Sendable, Equatable, Codable {
    /// The plan kind in the store (`planVersion.planKind`), e.g. `safety-plan`.
    public var kind: String
    /// The document's title, e.g. "My safety plan".
    public var title: String
    /// The sections, in the order they are shown.
    public var sections: [DocumentSection]

    /// Creates a document description.
    public init(kind: String, title: String, sections: [DocumentSection]) {
        self.kind = kind
        self.title = title
        self.sections = sections
    }

    /// The variable names of the sections, in order.
    public var keys: [String] { sections.map(\.key) }
}
