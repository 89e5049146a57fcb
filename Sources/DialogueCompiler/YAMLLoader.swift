import DialogueModel
import Yams

/// Composes YAML text into a Yams `Node`, turning parser errors into diagnostics.
///
/// Yams rejects a mapping with a repeated key; the loader reports the repeat, renames it in a copy of the
/// text (so the reader can skip it) and composes again, so one run still reports every other problem.
enum YAMLLoader {
    /// Keys renamed by duplicate recovery start with this marker; readers skip them.
    static let duplicateMarker = "__alongside_duplicate_"

    /// Whether `text` holds `duplicateMarker` anywhere (a plain byte search).
    static func mentionsMarker(_ text: String) -> Bool {
        let marker = Array(duplicateMarker.utf8)
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= marker.count else { return false }
            for start in 0...(bytes.count - marker.count) where bytes[start] == marker[0] {
                var matched = 1
                while matched < marker.count, bytes[start + matched] == marker[matched] { matched += 1 }
                if matched == marker.count { return true }
            }
            return false
        }
    }

    /// The most duplicate keys recovered from before giving up.
    static let maxRecoveries = 100

    /// The default YAML resolver without the timestamp, merge (`<<`) and value (`=`) rules, which scripts
    /// never use: every plain scalar is matched against each rule's regular expression, so fewer rules make
    /// large scripts noticeably faster to read. Dates and `<<` stay text.
    static let resolver = Resolver.default.removing(.timestamp).removing(.merge).removing(.value)

    /// The composed root (nil when the text is empty or unusable), the diagnostics found and how to read
    /// the scalars' types.
    ///
    /// A text without tags that composes cleanly is composed without resolver rules (Yams would match every
    /// plain scalar against regular expressions; `ScalarTyping.plainRules` types them by hand, with the
    /// same result). Anything else (tags, a syntax error, a key that may repeat) takes the resolver path
    /// below, so its diagnostics are exactly those it always gave.
    ///
    /// The common script (one document, no anchors or aliases, no repeated key) is composed by
    /// `EventComposer` from libyaml's events into the same nodes Yams would make, with the tree's size, so
    /// the tree budget walk can be skipped (`size` nil: walk it).
    static func load(_ text: String, source: YAMLSource)
        -> (root: Node?, diagnostics: [Diagnostic], typing: ScalarTyping, size: (count: Int, depth: Int)?) {
        if !ScalarTyping.mayHoldTags(text) {
            if let composed = EventComposer.compose(text) {
                return (composed.root, [], .plainRules, (composed.count, composed.depth))
            }
            if let root = try? Yams.compose(yaml: text, Resolver.basic) {
                return (root, [], .plainRules, nil)
            }
        }
        let (root, diagnostics) = loadResolvingTags(text, source: source)
        return (root, diagnostics, .resolvedByYams, nil)
    }

    /// The load with `resolver`, recovering from repeated keys.
    private static func loadResolvingTags(_ text: String, source: YAMLSource) -> (root: Node?, diagnostics: [Diagnostic]) {
        var text = text
        var lines: [[Unicode.Scalar]]?   // made on the first repeated key
        var diagnostics: [Diagnostic] = []
        for attempt in 0...maxRecoveries {
            do {
                return (try Yams.compose(yaml: text, resolver), diagnostics)
            } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
                let key = duplicates.first ?? ""
                let first = context.mark
                guard attempt < maxRecoveries,
                      let again = findRepeat(of: key, after: first, in: lines ?? source.lines) else {
                    diagnostics.append(Diagnostic(code: .duplicateKey,
                                                  message: "key '\(key)' is used more than once in this mapping",
                                                  location: source.location(line: first.line, column: first.column)))
                    return (nil, diagnostics)
                }
                diagnostics.append(Diagnostic(
                    code: .duplicateKey,
                    message: "key '\(key)' is already used at line \(first.line); each key (and node id) must be unique",
                    location: source.location(line: again.line, column: again.column)))
                text = rename(in: text, line: again.line, column: again.column, marker: "\(duplicateMarker)\(attempt)_")
                lines = YAMLSource(text: text, file: source.file).lines
            } catch let error as YamlError {
                diagnostics.append(syntaxDiagnostic(error, source: source))
                return (nil, diagnostics)
            } catch {
                diagnostics.append(Diagnostic(code: .yamlSyntax, message: "\(error)",
                                              location: source.location(line: 1, column: 1)))
                return (nil, diagnostics)
            }
        }
        return (nil, diagnostics)
    }

    /// A located diagnostic for a Yams error.
    static func syntaxDiagnostic(_ error: YamlError, source: YAMLSource) -> Diagnostic {
        func make(_ problem: String, _ context: YamlError.Context?, _ mark: Mark) -> Diagnostic {
            YAMLSyntaxExplanation(source: source).diagnostic(problem: problem, context: context, mark: mark)
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            return make(problem, context, mark)
        case let .reader(problem, offset, _, yaml):
            var line = 1, column = 1
            for (i, c) in yaml.utf8.enumerated() {
                if i >= (offset ?? 0) { break }
                if c == UInt8(ascii: "\n") { line += 1; column = 1 } else if c & 0xC0 != 0x80 { column += 1 }
            }
            return Diagnostic(code: .yamlSyntax, message: "cannot read the text: \(problem)",
                              location: source.location(line: line, column: column))
        default:
            return Diagnostic(code: .yamlSyntax, message: "\(error)", location: source.location(line: 1, column: 1))
        }
    }

    /// The position of the next sibling key equal to `key` in the block mapping whose key starts at `first`.
    static func findRepeat(of key: String, after first: Mark, in lines: [[Unicode.Scalar]]) -> (line: Int, column: Int)? {
        let indent = first.column - 1
        let spellings = [key, "\"\(key)\"", "'\(key)'"].map { Array($0.unicodeScalars) }
        var lineIndex = first.line
        while lineIndex < lines.count {
            let line = lines[lineIndex]
            lineIndex += 1
            let lead = line.prefix { $0 == " " }.count
            if lead == line.count || line[lead] == "#" || line[lead] == "\r" { continue }
            if lead < indent { return nil }
            guard lead == indent else { continue }
            for spelling in spellings where line.count >= indent + spelling.count
                && Array(line[indent..<(indent + spelling.count)]) == spelling {
                var j = indent + spelling.count
                while j < line.count, line[j] == " " { j += 1 }
                if j < line.count, line[j] == ":" { return (lineIndex, first.column) }
            }
        }
        return nil
    }

    /// The text with `marker` inserted at a key's position (after its opening quote, if any).
    static func rename(in text: String, line: Int, column: Int, marker: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        var at = column - 1
        if at < lines[line - 1].count, lines[line - 1][at] == "\"" || lines[line - 1][at] == "'" { at += 1 }
        lines[line - 1].insert(contentsOf: marker.unicodeScalars, at: at)
        return lines.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n")
    }
}
