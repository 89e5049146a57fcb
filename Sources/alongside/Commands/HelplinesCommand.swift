import ArgumentParser
import Safety

/// `alongside helplines`: the people you can talk to, for your region.
struct HelplinesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "helplines",
        abstract: "Show the help lines Alongside would show you (crisis lines and the emergency number).",
        discussion: """
        The region comes from --region CC (a two-letter ISO 3166 code, or international), else \
        ALONGSIDE_REGION, else your locale (LANG/LC_ALL); with none, the emergency guidance and a directory \
        of help lines are shown. A --region that is not a code is a usage error (exit 2) naming the likely code. \
        --format json adds where each entry was checked, when, and its status.
        """
    )

    @Option(name: .long, help: "Output format.")
    var format: TextOrJSON = .text

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let help = AppEnvironment(options: global).help
        print(format == .json ? HelpLineDirectory.renderJSON(help) : HelpLineDirectory.renderText(help))
    }
}
