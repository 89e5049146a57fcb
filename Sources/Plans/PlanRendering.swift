import DialogueModel
import Foundation
import Session
import TextEncoding

/// A stored plan version as plain text, Markdown or one self-contained printable HTML page.
public struct PlanRendering: Sendable {
    /// Output formats of `plan show` and `plan export`.
    public enum Format: String, CaseIterable, Sendable { case txt, md, html }

    /// The document's title and sections.
    public let spec: DocumentSpec
    /// The entries per section key.
    public let content: DocumentVersioning.Content
    /// The stored version (0: a draft not finished yet).
    public let version: Int
    /// When it was saved (a draft: when it was started).
    public let savedAt: Date

    /// A rendering of `content` laid out by `spec`.
    public init(spec: DocumentSpec, content: DocumentVersioning.Content, version: Int, savedAt: Date) {
        self.spec = spec
        self.content = content
        self.version = version
        self.savedAt = savedAt
    }

    /// The plan in `format`; empty sections say so kindly instead of disappearing.
    public func render(_ format: Format) -> String {
        switch format {
        case .txt: return text()
        case .md: return markdown()
        case .html: return html()
        }
    }

    private var dateLine: String {
        version > 0 ? "Version \(version), saved \(Self.date(savedAt))"
            : "Not finished yet (started \(Self.date(savedAt))): run the exercise again to carry on"
    }
    private static let empty = "(nothing here yet)"
    private static let footer = "This is yours. Alongside is not therapy and not a crisis service: "
        + "if you are in danger now, call your local emergency number."

    private func entries(_ section: DocumentSection) -> [String] { content[section.key] ?? [] }

    private func text() -> String {
        var lines = [spec.title, dateLine, ""]
        for (index, section) in spec.sections.enumerated() {
            lines.append("\(index + 1). \(section.title)")
            let items = entries(section)
            lines += items.isEmpty ? ["   " + Self.empty] : items.map { "   - " + TerminalText.safe($0) }
            lines.append("")
        }
        lines.append(Self.footer)
        return lines.joined(separator: "\n")
    }

    private func markdown() -> String {
        var lines = ["# \(spec.title)", "", "_\(dateLine)_", ""]
        for (index, section) in spec.sections.enumerated() {
            lines.append("## \(index + 1). \(section.title)")
            lines.append("")
            let items = entries(section)
            lines += items.isEmpty ? ["_\(Self.empty)_"] : items.map { "- " + Self.markdownEscaped($0) }
            lines.append("")
        }
        lines.append("> " + Self.footer)
        return lines.joined(separator: "\n")
    }

    private func html() -> String {
        var body = ""
        for (index, section) in spec.sections.enumerated() {
            body += "<section><h2>\(index + 1). \(Self.escaped(section.title))</h2>\n"
            let items = entries(section)
            body += items.isEmpty ? "<p class=\"empty\">\(Self.empty)</p>\n"
                : "<ul>\n" + items.map { "<li>\(Self.escaped($0))</li>\n" }.joined() + "</ul>\n"
            body += "</section>\n"
        }
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(Self.escaped(spec.title))</title>
        <style>
        body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 0 auto; padding: 1rem; line-height: 1.5; color: #222; }
        h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
        h2 { font-size: 1.15rem; margin: 1.2rem 0 0.3rem; }
        section { border-left: 4px solid #7a9e7e; padding-left: 0.8rem; break-inside: avoid; }
        .meta, .empty { color: #666; font-style: italic; }
        footer { margin-top: 2rem; font-size: 0.9rem; color: #444; }
        @media print { body { max-width: none; } section { border-color: #999; } }
        </style>
        </head>
        <body>
        <h1>\(Self.escaped(spec.title))</h1>
        <p class="meta">\(Self.escaped(dateLine))</p>
        \(body)<footer>\(Self.escaped(Self.footer))</footer>
        </body>
        </html>
        """
    }

    /// Text safe inside HTML (see `HTMLText`).
    public static func escaped(_ text: String) -> String {
        HTMLText.escape(text)
    }

    /// Text that Markdown shows as typed (no accidental emphasis, links or headings).
    public static func markdownEscaped(_ text: String) -> String {
        var out = ""
        for character in TerminalText.safe(text) {
            if "\\`*_[]<>#|".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// `2025-03-01 14:05` in local time.
    public static func date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}
