import DialogueModel
import Yams
import TextEncoding

/// Compiles script format v1 (YAML) into a `DialogueScript`, reporting every problem it finds with a location.
public enum ScriptCompiler {
    /// Largest accepted file, in bytes (UTF-8).
    public static let maxFileSize = 1_048_576

    /// Compiles `yaml`; `file` is used in locations and as the script's `origin`. `sizeLimits: false` lifts the
    /// 1 MB and 100,000-value limits (nesting stays limited): only for benchmarks of trusted, generated scripts.
    public static func compile(yaml: String, file: String, sizeLimits: Bool = true) -> CompileResult {
        let source = YAMLSource(text: yaml, file: file)
        func stop(_ code: DiagnosticCode, _ message: String, _ location: SourceLocation) -> CompileResult {
            CompileResult(script: nil, diagnostics: [Diagnostic(code: code, message: message, location: location)])
        }
        if sizeLimits && yaml.utf8.count > maxFileSize {
            return stop(.fileTooLarge, "the file has \(yaml.utf8.count) bytes; scripts may have at most \(maxFileSize)",
                        source.location(line: 1, column: 1))
        }
        if let line = NestingGuard.firstLineTooDeep(lines: source.textLines) {
            return stop(.nestingTooDeep, "collections are nested too deeply (more than \(TreeBudget.maxDepth) levels)",
                        source.location(line: line, column: 1))
        }
        let (root, loadDiagnostics, typing, size) = YAMLLoader.load(yaml, source: source)
        guard let root else {
            let diagnostics = loadDiagnostics.isEmpty
                ? [Diagnostic(code: .wrongType, message: "the file is empty; a script is a mapping with id, title, kind, description, minutes, start and nodes",
                              location: source.location(line: 1, column: 1))]
                : loadDiagnostics
            return CompileResult(script: nil, diagnostics: sorted(diagnostics))
        }
        let maxNodes = sizeLimits ? TreeBudget.maxNodes : nil
        let withinBudget = size.map { $0.depth <= TreeBudget.maxDepth && $0.count <= (maxNodes ?? Int.max) } ?? false
        switch withinBudget ? nil : TreeBudget.check(root, maxNodes: maxNodes) {
        case .tooDeep(let node):
            return stop(.nestingTooDeep, "collections are nested more than \(TreeBudget.maxDepth) levels deep",
                        source.location(of: node))
        case .tooManyNodes(let node):
            return stop(.documentTooLarge, "the document expands to more than \(TreeBudget.maxNodes) values "
                        + "(aliases are expanded each time they are used)", source.location(of: node))
        case nil:
            break
        }
        let reader = ScriptReader(source: source, typing: typing)
        reader.diagnostics = loadDiagnostics
        reader.keysMayBeRenamed = loadDiagnostics.contains { $0.code == .duplicateKey }
            || YAMLLoader.mentionsMarker(yaml)
        let read = reader.readScript(root, origin: file)
        if let read {
            reader.prepareChecks(read.script)
            reader.checkGraph(read.script, startNode: read.startNode)
            reader.checkVariables()
            reader.analyse(read.script)
        }
        let diagnostics = sorted(reader.diagnostics)
        let hasErrors = diagnostics.contains { $0.severity == .error }
        return CompileResult(script: hasErrors ? nil : read?.script, diagnostics: diagnostics, draft: read?.script)
    }

    /// Diagnostics as a JSON array of `{file, line, column, severity, code, message}` objects.
    public static func renderJSON(_ diagnostics: [Diagnostic]) -> String {
        let objects = diagnostics.map { d in
            "{\"file\":\(jsonString(d.location.file)),\"line\":\(d.location.line),\"column\":\(d.location.column),"
                + "\"severity\":\"\(d.severity.rawValue)\",\"code\":\"\(d.code.rawValue)\",\"message\":\(jsonString(d.message))}"
        }
        return "[" + objects.joined(separator: ",") + "]"
    }

    /// Root causes first: problems with the file itself (YAML syntax, size, repeated keys and node ids) come
    /// before everything else, since later findings may follow from them; then by line and column, keeping
    /// the reporting order for ties.
    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        func stage(_ code: DiagnosticCode) -> Int {
            [.yamlSyntax, .fileTooLarge, .nestingTooDeep, .documentTooLarge, .duplicateKey].contains(code) ? 0 : 1
        }
        return diagnostics.enumerated().sorted { a, b in
            (stage(a.element.code), a.element.location.line, a.element.location.column, a.offset)
                < (stage(b.element.code), b.element.location.line, b.element.location.column, b.offset)
        }.map(\.element)
    }

    /// A JSON string literal.
    public static func jsonString(_ s: String) -> String {
        JSONString.quoted(s)
    }
}
