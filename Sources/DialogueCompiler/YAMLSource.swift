import DialogueModel
import Yams

/// The script text split into lines, used to turn Yams marks and offsets inside scalars into locations.
struct YAMLSource {
    /// The file name used in locations.
    let file: String
    /// Each line as Unicode scalars (Yams counts columns in scalars).
    let lines: [[Unicode.Scalar]]

    init(text: String, file: String) {
        self.file = file
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
    }

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
        guard let scalar = node.scalar, let mark = node.mark, mark.line - 1 < lines.count else { return start }
        let line = lines[mark.line - 1]
        var column = mark.column - 1
        switch scalar.style {
        case .plain, .any: break
        case .singleQuoted, .doubleQuoted:
            let quote: Unicode.Scalar = scalar.style == .singleQuoted ? "'" : "\""
            guard column < line.count, line[column] == quote else { return start }
            column += 1
        default: return start
        }
        let value = Array(scalar.string.unicodeScalars)
        guard column + value.count <= line.count, Array(line[column..<(column + value.count)]) == value else {
            return start
        }
        return location(line: mark.line, column: column + 1 + offset)
    }
}

extension Node {
    /// The resolved tag's name (`.int`, `.bool`, `.null`, `.str`...).
    var tagName: Tag.Name { Tag.Name(rawValue: tag.rawValue) }
}
