import ArgumentParser
import Safety

/// Options every command accepts, before or after the subcommand name.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file (else ALONGSIDE_DB, else the user data directory).", valueName: "path"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp("Region for help lines: a two-letter ISO 3166 code such as US, GB, DE, or international (else ALONGSIDE_REGION, else the locale).", valueName: "CC"))
    var region: String?

    @Flag(name: .long, help: "Never use colour (NO_COLOR does the same).")
    var noColor = false

    /// A `--region` that is not a code (`Germany`, `uk`) is a usage error (exit 2) naming the likely code,
    /// never a silent fall-back to international. An empty value means none was given.
    func validate() throws {
        if let region, region.contains(where: { !$0.isWhitespace }), let problem = RegionInput.read(region).problem {
            throw ValidationError(problem)
        }
    }
}
