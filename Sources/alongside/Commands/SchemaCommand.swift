import ArgumentParser
import DialogueCompiler

/// `alongside schema`: prints the JSON Schema of the script format.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print a JSON Schema (draft 2020-12) of the script format, for editors and other tools.",
        discussion: """
        The same file is docs/script.schema.json. In an editor with the YAML language server, put \
        `# yaml-language-server: $schema=PATH/TO/script.schema.json` at the top of a script to get \
        completion and checks as you type. `alongside lint` still checks what a schema cannot (links, variables).
        """
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        print(ScriptSchema.json, terminator: "")
    }
}
