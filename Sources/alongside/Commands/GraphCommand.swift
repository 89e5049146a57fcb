import ArgumentParser
import DialogueCompiler
import DialogueModel
import Foundation

extension GraphRenderer.Format: ExpressibleByArgument {}

/// `alongside graph ID|PATH --format dot|mermaid`: the script's node graph.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Print a script's node graph as Graphviz DOT or a Mermaid flowchart.",
        discussion: """
        Shapes show what each node does (say, ask, choices, branch, pause, listen, end); edges carry the \
        choice label, the condition or the skill names. Unreachable nodes are dashed and grey. \
        A script with errors is still drawn as far as it could be read; its errors go to stderr. \
        Example: alongside graph grounding-54321 --format dot | dot -Tsvg > graph.svg
        """
    )

    @Argument(help: ArgumentHelp("Exercise id or path to a script.", valueName: "id-or-path"))
    var exercise: String

    @Option(name: .long, help: "Output format: dot or mermaid.")
    var format: GraphRenderer.Format = .dot

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let app = AppEnvironment(options: global)
        let source = try ExerciseCatalog(userDirectory: app.configDirectory + "/dialogues").resolve(exercise)
        let result = ScriptCompiler.compile(yaml: source.text, file: source.origin)
        guard let script = result.draft else {
            throw AlongsideError.script(result.diagnostics.flatMap { SourceExcerpt.rendered($0, in: source.text) }.joined(separator: "\n"))
        }
        if result.hasErrors {
            Console.standardError("alongside: \(source.origin) has errors; drawing what could be read:")
            for diagnostic in result.errors {
                for line in SourceExcerpt.rendered(diagnostic, in: source.text) { Console.standardError(line) }
            }
        }
        print(GraphRenderer.render(ScriptGraph(script: script), as: format), terminator: "")
    }
}
