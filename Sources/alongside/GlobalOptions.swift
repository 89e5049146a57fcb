import ArgumentParser

/// Options every command accepts, before or after the subcommand name.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file (else ALONGSIDE_DB, else the user data directory).", valueName: "path"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp("Region for help lines, ISO 3166 code such as US, GB, DE (else ALONGSIDE_REGION, else the locale).", valueName: "CC"))
    var region: String?

    @Flag(name: .long, help: "Never use colour (NO_COLOR does the same).")
    var noColor = false
}
