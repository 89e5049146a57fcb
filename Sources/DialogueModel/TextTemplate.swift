/// Text with `{variable}` placeholders, split once at compile time.
///
/// `{{` and `}}` stand for literal braces. Names may contain dots (`{helpline.crisis}`).
public struct TextTemplate: Sendable, Equatable, Codable {
    /// One piece of a template.
    public enum Part: Sendable, Equatable, Codable {
        case literal(String)
        case variable(String)
    }

    /// The source text as written.
    public var raw: String
    /// The parsed pieces.
    public var parts: [Part]
    /// Where the text was written.
    public var location: SourceLocation?

    /// Creates a template from already-split parts.
    public init(raw: String, parts: [Part], location: SourceLocation? = nil) {
        self.raw = raw
        self.parts = parts
        self.location = location
    }

    /// A template with no placeholders.
    public init(literal: String) {
        self.init(raw: literal, parts: [.literal(literal)])
    }

    /// Variable names the template reads.
    public var variables: [String] {
        parts.compactMap { if case .variable(let name) = $0 { return name } else { return nil } }
    }

    /// Renders with the given variables; unknown names render as empty text.
    public func render(_ variables: [String: Value]) -> String {
        var out = ""
        for part in parts {
            switch part {
            case .literal(let text): out += text
            case .variable(let name): out += (variables[name] ?? .null).description
            }
        }
        return out
    }
}
