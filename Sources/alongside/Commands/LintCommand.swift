import ArgumentParser
import DialogueCompiler
import DialogueModel
import Foundation

/// `alongside lint PATH...`: checks scripts and prints located diagnostics.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check dialogue scripts; prints file:line:col: error|warning: CODE message.",
        discussion: "Directories are searched for .yaml/.yml files. Exit status 1 when any error is found (or any warning with --werror). Codes are explained in docs/diagnostics.md."
    )

    @Argument(help: ArgumentHelp("Script files or directories.", valueName: "path"))
    var paths: [String]

    @Option(name: .long, help: "Output format.")
    var format: TextOrJSON = .text

    @Flag(name: .long, help: "Treat warnings as errors.")
    var werror = false

    @Flag(name: .long, help: "Rewrite what has a mechanical fix (the older on_skill form) in place, then check again.")
    var fix = false

    @Flag(name: .long, help: ArgumentHelp("Lift the 1 MB and 100,000-value limits (for scripts/bench/lint).", visibility: .hidden))
    var noSizeLimits = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        var all: [Diagnostic] = []
        var sources: [String: [Substring]] = [:]
        for file in try ScriptFiles.expand(paths) {
            guard var source = try ExerciseCatalog.readFileForLint(file) else {
                all.append(Diagnostic(code: .yamlSyntax, severity: .error, message: "the file is not valid UTF-8 text; save it as UTF-8",
                                      location: SourceLocation(file: file, line: 1, column: 1)))
                continue
            }
            var diagnostics = ScriptCompiler.compile(yaml: source, file: file, sizeLimits: !noSizeLimits).diagnostics
            if fix, case let fixes = diagnostics.compactMap(\.fix), !fixes.isEmpty {
                let (fixed, applied) = FixIt.apply(fixes, to: source)
                try Data(fixed.utf8).write(to: URL(fileURLWithPath: file))   // in place: keeps the mode
                Console.standardError("\(file): applied \(applied) fix\(applied == 1 ? "" : "es")")
                source = fixed
                diagnostics = ScriptCompiler.compile(yaml: source, file: file, sizeLimits: !noSizeLimits).diagnostics
            }
            all += diagnostics
            sources[file] = SourceExcerpt.split(source)
            all += TestplanPresence.forFile(file).map { [$0] } ?? []
        }
        switch format {
        case .json: print(ScriptCompiler.renderJSON(all))
        case .text:
            for diagnostic in all {
                for line in SourceExcerpt.rendered(diagnostic, lines: sources[diagnostic.location.file]) { print(line) }
            }
            let errors = all.filter { $0.severity == .error }.count
            let warnings = all.filter { $0.severity == .warning }.count
            Console.standardError("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        }
        if all.contains(where: { $0.severity == .error || (werror && $0.severity == .warning) }) {
            throw ExitCode(ExitStatus.checkFailed)
        }
    }
}
