import DialogueModel
import Yams

/// The script text split into lines, used to turn Yams marks and offsets inside scalars into locations.
struct YAMLSource {
    /// The file name used in locations.
    let file: String
    /// The text's lines, cut as `SourceExcerpt.split` cuts them.
    let textLines: [Substring]

    init(text: String, file: String) {
        self.file = file
        self.textLines = SourceExcerpt.split(text)
    }

    /// How many lines the text has.
    var lineCount: Int { textLines.count }

    /// One line (0-based) as Unicode scalars (Yams counts columns in scalars); made when asked for, since
    /// only a few lines are ever looked at.
    func scalars(ofLine index: Int) -> [Unicode.Scalar] { Array(textLines[index].unicodeScalars) }

    /// Every line as Unicode scalars (for the repeated-key search).
    var lines: [[Unicode.Scalar]] { textLines.map { Array($0.unicodeScalars) } }

    /// A location at a line and column.
    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: max(line, 1), column: max(column, 1))
    }

    /// Where a node starts (1:1 when Yams kept no mark).
    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return location(line: 1, column: 1) }
        return location(line: mark.line, column: mark.column)
    }

    /// Where the character at `offset` (in scalars) inside a scalar's value was written.
    ///
    /// Precise when the value sits on one line as plain or simply quoted text; otherwise the scalar's start.
    func location(of node: Node, offset: Int) -> SourceLocation {
        location(of: node, offset: offset, valueColumn: valueColumn(of: node))
    }

    /// `location(of:offset:)` with the node's `valueColumn(of:)` already found (for several offsets in one value).
    func location(of node: Node, offset: Int, valueColumn: Int?) -> SourceLocation {
        guard let valueColumn, let mark = node.mark else { return location(of: node) }
        return location(line: mark.line, column: valueColumn + offset)
    }

    /// The column where a scalar's value starts, when it sits on its line as plain or simply quoted text
    /// (so an offset inside the value is a column away from it); nil otherwise.
    func valueColumn(of node: Node) -> Int? {
        guard let scalar = node.scalar, let mark = node.mark, mark.line - 1 < lineCount else { return nil }
        // Walked in place, scalar by scalar up to the mark, then compared byte by byte, without copying the line.
        let line = textLines[mark.line - 1]
        var column = mark.column - 1
        guard column >= 0, var at = line.unicodeScalars.index(line.startIndex, offsetBy: column, limitedBy: line.endIndex)
        else { return nil }
        switch scalar.style {
        case .plain, .any: break
        case .singleQuoted, .doubleQuoted:
            let quote: Unicode.Scalar = scalar.style == .singleQuoted ? "'" : "\""
            guard at < line.endIndex, line.unicodeScalars[at] == quote else { return nil }
            at = line.unicodeScalars.index(after: at)
            column += 1
        default: return nil
        }
        guard line.utf8[at...].starts(with: scalar.string.utf8) else { return nil }
        return column + 1
    }
}
