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
        let start = location(of: node)
        guard let scalar = node.scalar, let mark = node.mark, mark.line - 1 < lineCount else { return start }
        // Compared in place, scalar by scalar, without copying the line.
        let line = textLines[mark.line - 1].unicodeScalars
        var column = mark.column - 1
        guard column <= line.count else { return start }
        var rest = line.dropFirst(column)
        switch scalar.style {
        case .plain, .any: break
        case .singleQuoted, .doubleQuoted:
            let quote: Unicode.Scalar = scalar.style == .singleQuoted ? "'" : "\""
            guard rest.first == quote else { return start }
            rest = rest.dropFirst()
            column += 1
        default: return start
        }
        guard rest.starts(with: scalar.string.unicodeScalars) else { return start }
        return location(line: mark.line, column: column + 1 + offset)
    }
}
