import ArgumentParser
import Safety

/// `alongside helplines`: the people you can talk to, for your region.
struct HelplinesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "helplines",
        abstract: "Show the help lines Alongside would show you (crisis lines and the emergency number).",
        discussion: "The region comes from --region, else ALONGSIDE_REGION, else your locale (LANG/LC_ALL); with none, international services are shown."
    )

    @Option(name: .long, help: "Output format.")
    var format: TextOrJSON = .text

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let help = AppEnvironment(options: global).help
        print(format == .json ? HelpLineDirectory.renderJSON(help) : HelpLineDirectory.renderText(help))
    }
}
