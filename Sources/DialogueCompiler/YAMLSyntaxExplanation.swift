import Yams

/// Parser errors in plain words, located where the broken construct began (the opening quote or bracket,
/// the badly indented line) rather than where the parser gave up, which may be the end of the file.
struct YAMLSyntaxExplanation {
    let source: YAMLSource

    /// The diagnostic for a scanner, parser or composer error: `problem` at `mark`, while reading what `context`
    /// describes at its own mark.
    func diagnostic(problem: String, context: YamlError.Context?, mark: Mark) -> Diagnostic {
        let (message, line, column) = explain(problem: problem, context: context, mark: mark)
        return Diagnostic(code: .yamlSyntax, message: message, location: source.location(line: line, column: column))
    }

    func explain(problem: String, context: YamlError.Context?, mark: Mark) -> (String, Int, Int) {
        let contextText = context?.text ?? ""
        let start = context?.mark ?? mark
        if contextText.contains("quoted scalar") {
            let quote = character(line: start.line, column: start.column) ?? "\""
            if problem.contains("end of stream") || problem.contains("document") {
                return ("this quoted text is never closed: add the closing \(quote) at its end", start.line, start.column)
            }
            if problem.contains("escape") {
                return ("this double-quoted text has an unknown \\ escape; write \\\\ for a backslash, or use single quotes",
                        mark.line, mark.column)
            }
        }
        if contextText.contains("flow sequence") || contextText.contains("flow mapping") {
            let (open, close) = contextText.contains("sequence") ? ("[", "]") : ("{", "}")
            return ("the \(open) opened here is never closed with \(close) (or an item is missing a ','); a text that "
                    + "contains \(open), \(close), ',' or ': ' must be quoted", start.line, start.column)
        }
        if problem.contains("found character that cannot start any token"), character(line: mark.line, column: mark.column) == "\t" {
            return ("a tab is used to indent this line; YAML indents with spaces only", mark.line, mark.column)
        }
        if let tab = firstTabIndent(from: start.line, to: mark.line) {
            return ("a tab is used to indent this line; YAML indents with spaces only", tab, 1)
        }
        if start.line < mark.line, let open = unclosedQuote(from: start.line, to: mark.line - 1) {
            return ("this quoted text is not closed on its line, so the lines after it are read as part of it; add the "
                    + "closing \(open.quote)", open.line, open.column)
        }
        if problem.contains("did not find expected key") || problem.contains("did not find expected '-' indicator") {
            if let quoteStart = closedQuoteBefore(line: mark.line, column: mark.column) {
                return ("the text goes on after its closing quote; put all of it inside the quotes (inside single quotes, "
                        + "write '' for an apostrophe: 'it''s'), or use the other kind of quote", mark.line, quoteStart)
            }
            let indent = indentation(of: mark.line)
            return ("this line is indented by \(indent) space\(indent == 1 ? "" : "s"), which matches none of the keys above it "
                    + "(the mapping it belongs to starts at line \(start.line), column \(start.column)); line it up with "
                    + "the keys it belongs with", mark.line, indent + 1)
        }
        if problem.contains("mapping values are not allowed") {
            let indent = indentation(of: mark.line)
            if mark.column > indent + 1, let colon = firstColon(in: mark.line), colon < mark.column - 1 {
                return ("this text contains ': ', which YAML reads as a new key; put the whole text in quotes",
                        mark.line, colon + 2)
            }
            return ("this line is indented more than the key above it, so it reads as more of that key's text; line it up "
                    + "with the keys above", mark.line, indent + 1)
        }
        var message = "the YAML cannot be read here: \(problem)"
        if let context { message += " (while \(contextText.replacingOccurrences(of: "while ", with: "")) that began at line \(context.mark.line), column \(context.mark.column))" }
        return (message, mark.line, mark.column)
    }

    private func scalars(_ line: Int) -> [Unicode.Scalar] {
        line >= 1 && line <= source.lineCount ? source.scalars(ofLine: line - 1) : []
    }

    private func character(line: Int, column: Int) -> Unicode.Scalar? {
        let text = scalars(line)
        return column >= 1 && column <= text.count ? text[column - 1] : nil
    }

    private func indentation(of line: Int) -> Int { scalars(line).prefix { $0 == " " }.count }

    private func firstTabIndent(from first: Int, to last: Int) -> Int? {
        guard first <= last else { return nil }
        return (first...last).first { line in scalars(line).prefix { $0 == " " || $0 == "\t" }.contains("\t") }
    }

    /// The column of the opening quote of a quoted text that closes just before `column` (spaces between).
    private func closedQuoteBefore(line: Int, column: Int) -> Int? {
        let text = scalars(line)
        var i = min(column - 2, text.count - 1)
        while i >= 0, text[i] == " " { i -= 1 }
        guard i > 0, text[i] == "'" || text[i] == "\"" else { return nil }
        let quote = text[i]
        var j = i - 1
        while j >= 0, text[j] != quote { j -= 1 }
        return j >= 0 ? j + 1 : nil
    }

    /// The first line in the range whose value opens a quote (after `: ` or `- `) that the line does not close.
    private func unclosedQuote(from first: Int, to last: Int) -> (line: Int, column: Int, quote: Unicode.Scalar)? {
        guard first <= last else { return nil }
        for line in first...last {
            let text = scalars(line)
            var i = 1
            var opening: Int?
            while i < text.count {
                if (text[i] == "\"" || text[i] == "'") && (text[i - 1] == " ") && i >= 2 && (text[i - 2] == ":" || text[i - 2] == "-") {
                    opening = i
                    break
                }
                if text[i] == "#" && text[i - 1] == " " { break }
                i += 1
            }
            guard let open = opening else { continue }
            let quote = text[open]
            var j = open + 1
            var closed = false
            while j < text.count {
                if quote == "\"" && text[j] == "\\" { j += 2; continue }
                if text[j] == quote {
                    if quote == "'" && j + 1 < text.count && text[j + 1] == "'" { j += 2; continue }
                    closed = true
                    break
                }
                j += 1
            }
            if !closed { return (line, open + 1, quote) }
        }
        return nil
    }

    /// The 1-based column of the first ':' followed by a space or the line end.
    private func firstColon(in line: Int) -> Int? {
        let text = scalars(line)
        for i in text.indices where text[i] == ":" && (i + 1 == text.count || text[i + 1] == " ") { return i + 1 }
        return nil
    }
}
