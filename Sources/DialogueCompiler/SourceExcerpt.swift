/// The source line of a diagnostic with a caret under its column, the way swiftc and rustc show them:
///
/// ```
///    12 |     nxt: b
///       |     ^
/// ```
public enum SourceExcerpt {
    /// The most characters of a line shown.
    static let maxWidth = 160

    /// `diagnostic.formatted` followed by its excerpt (none for notes, which are about the whole file), one
    /// line each: what `alongside lint` prints.
    public static func rendered(_ diagnostic: Diagnostic, in text: String?) -> [String] {
        rendered(diagnostic, lines: text.map(split))
    }

    /// The same for text already split with `split(_:)` (split once when a file has many diagnostics).
    public static func rendered(_ diagnostic: Diagnostic, lines source: [Substring]?) -> [String] {
        guard diagnostic.severity != .note, let source else { return [diagnostic.formatted] }
        return [diagnostic.formatted] + lines(line: diagnostic.location.line, column: diagnostic.location.column, in: source)
    }

    /// The text's lines.
    public static func split(_ text: String) -> [Substring] {
        text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The two lines to print under `diagnostic`; empty when its line is not in `text`.
    public static func lines(for diagnostic: Diagnostic, in text: String) -> [String] {
        lines(line: diagnostic.location.line, column: diagnostic.location.column, in: text)
    }

    /// The excerpt for a 1-based line and column (columns count Unicode scalars, as Yams does).
    public static func lines(line: Int, column: Int, in text: String) -> [String] {
        lines(line: line, column: column, in: split(text))
    }

    static func lines(line: Int, column: Int, in source: [Substring]) -> [String] {
        guard line >= 1, line <= source.count else { return [] }
        let found = source[line - 1]
        var shown = Array(found.unicodeScalars.filter { $0 != "\r" })
        var caret = max(0, column - 1)
        // A very long line (generated or hostile input) is cut to a window around the column.
        if shown.count > maxWidth {
            let from = max(0, min(caret - maxWidth / 2, shown.count - maxWidth))
            let cut = Array(shown[from..<min(shown.count, from + maxWidth)])
            shown = (from > 0 ? ["…"] : []) + cut + (from + maxWidth < shown.count ? ["…"] : [])
            caret = caret - from + (from > 0 ? 1 : 0)
        }
        let number = String(line)
        let gutter = String(repeating: " ", count: number.count)
        // Tabs stay tabs so the caret lines up however the terminal shows them.
        let pad = shown.prefix(caret).map { $0 == "\t" ? "\t" : " " }.joined()
        return [" \(number) | " + String(String.UnicodeScalarView(shown)), " \(gutter) | " + pad + "^"]
    }
}
