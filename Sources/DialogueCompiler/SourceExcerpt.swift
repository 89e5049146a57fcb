/// The source line of a diagnostic with a caret under its column, the way swiftc and rustc show them:
///
/// ```
///    12 |     nxt: b
///       |     ^
/// ```
public enum SourceExcerpt {
    /// `diagnostic.formatted` followed by its excerpt (none for notes, which are about the whole file), one
    /// line each: what `alongside lint` prints.
    public static func rendered(_ diagnostic: Diagnostic, in text: String?) -> [String] {
        guard diagnostic.severity != .note, let text else { return [diagnostic.formatted] }
        return [diagnostic.formatted] + lines(for: diagnostic, in: text)
    }

    /// The two lines to print under `diagnostic`; empty when its line is not in `text`.
    public static func lines(for diagnostic: Diagnostic, in text: String) -> [String] {
        lines(line: diagnostic.location.line, column: diagnostic.location.column, in: text)
    }

    /// The excerpt for a 1-based line and column (columns count Unicode scalars, as Yams does).
    public static func lines(line: Int, column: Int, in text: String) -> [String] {
        var current = 1
        var found: Substring?
        for candidate in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == line { found = candidate; break }
            current += 1
        }
        guard let found else { return [] }
        let shown = Array(found.unicodeScalars.filter { $0 != "\r" })
        let number = String(line)
        let gutter = String(repeating: " ", count: number.count)
        // Tabs stay tabs so the caret lines up however the terminal shows them.
        let pad = shown.prefix(max(0, column - 1)).map { $0 == "\t" ? "\t" : " " }.joined()
        return [" \(number) | " + String(String.UnicodeScalarView(shown)), " \(gutter) | " + pad + "^"]
    }
}
