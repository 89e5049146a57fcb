import ArgumentParser
import Foundation

/// The `alongside` command: a terminal companion for peer-support practice.
@main
struct Alongside: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "alongside",
        abstract: "A terminal companion for peer-support practice: grounding, safety planning and listening role-play.",
        discussion: """
        Alongside is a self-help and training tool. It is not therapy and not a crisis service. \
        If you are in danger now, call your local emergency number; `alongside helplines` lists \
        people you can talk to, any time.

        Global options, before or after any command: --db PATH (else ALONGSIDE_DB, else \
        $XDG_DATA_HOME/alongside/alongside.sqlite), --region CC (else ALONGSIDE_REGION, else the locale), \
        --no-color (or NO_COLOR). Exit codes: 0 ok, 1 check failed, 2 usage, 3 script invalid, \
        4 storage error, 130 interrupted.
        """,
        version: BuildStamp.line(version: version, commit: BuildStamp.commit),
        subcommands: [MenuCommand.self, RunCommand.self, ListCommand.self, LintCommand.self,
                      TestCommand.self, GraphCommand.self, SchemaCommand.self, SafetyCommand.self, SkillsCommand.self,
                      HelplinesCommand.self, TranscriptsCommand.self,
                      PlanCommand.self, ProgressCommand.self, ReportCommand.self, ConfigCommand.self, DataCommand.self,
                      BundleImagesCommand.self],
        defaultSubcommand: MenuCommand.self
    )

    /// Parses with global options hoisted, runs, and maps every error to the documented exit codes.
    static func main() {
        let arguments = GlobalArgumentOrder.hoist(Array(CommandLine.arguments.dropFirst()))
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch let failure as AlongsideError {
            Console.standardError(failure.message)
            Foundation.exit(failure.exitCode)
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                exit(withError: error)
            }
            Console.standardError(fullMessage(for: error))
            Foundation.exit(code == .validationFailure ? ExitStatus.usage : code.rawValue)
        }
    }
}
