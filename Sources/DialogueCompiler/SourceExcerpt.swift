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

    /// The text's lines: cut at each `\n`, except one that follows `\r` (Swift sees `\r\n` as one character,
    /// and so did the character-by-character split this replaces). Walks the UTF-8 bytes, not characters.
    public static func split(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        var previous: UInt8 = 0
        while index != utf8.endIndex {
            let byte = utf8[index]
            utf8.formIndex(after: &index)
            if byte == 0x0A && previous != 0x0D {
                lines.append(text[start..<utf8.index(before: index)])
                start = index
            }
            previous = byte
        }
        lines.append(text[start...])
        return lines
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
