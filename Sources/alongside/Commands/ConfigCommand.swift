import ArgumentParser
import Foundation
import TextEncoding

/// `alongside config get|set|list`: the few settings Alongside keeps in `$XDG_CONFIG_HOME/alongside/config`.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show or change settings (e.g. how long transcripts are kept).",
        subcommands: [Get.self, Set.self, List.self])

    /// `config get KEY`.
    struct Get: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "get", abstract: "Print one setting's value (nothing when unset).")
        @Argument(help: "The setting, e.g. retention-days.") var key: String
        @OptionGroup var global: GlobalOptions

        func run() throws {
            try ConfigCommand.requireKnown(key)
            if let value = ConfigFile(directory: AppEnvironment(options: global).configDirectory).value(key) { print(value) }
        }
    }

    /// `config set KEY VALUE`.
    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set", abstract: "Change a setting, e.g. `config set retention-days 30`.")
        @Argument(help: "The setting.") var key: String
        @Argument(help: "Its new value.") var value: String
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let known = try ConfigCommand.requireKnown(key)
            if let problem = known.validate(value) { throw AlongsideError.usage("alongside: \(problem)") }
            let file = ConfigFile(directory: AppEnvironment(options: global).configDirectory)
            try file.set(key, to: value)
            if key == "retention-days" {
                print(value == "0" ? "Transcripts are kept until you delete them."
                      : "Sessions older than \(value) days will be removed the next time Alongside opens your transcripts.")
            } else {
                print("\(key) = \(value)")
            }
        }
    }

    /// `config list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Every setting with its value and what it does.")
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let file = ConfigFile(directory: AppEnvironment(options: global).configDirectory)
            for key in ConfigFile.keys {
                print("\(key.name) = \(file.value(key.name) ?? "(not set)")")
                print("    \(key.help)")
            }
            print("Settings file: \(file.path)")
        }
    }

    @discardableResult
    static func requireKnown(_ key: String) throws -> ConfigFile.Key {
        guard let known = ConfigFile.keys.first(where: { $0.name == key }) else {
            throw AlongsideError.usage("alongside: there is no setting called \"\(TerminalText.safe(key))\". Known: "
                                       + ConfigFile.keys.map(\.name).joined(separator: ", ") + ".")
        }
        return known
    }
}
