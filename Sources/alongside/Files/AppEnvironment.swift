import Foundation
import Safety
import TranscriptStore

/// Where things live and which region applies, resolved once from options and the environment.
struct AppEnvironment {
    let environment: [String: String]
    let options: GlobalOptions
    let console: Console

    init(options: GlobalOptions, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
        self.options = options
        self.console = Console(noColor: options.noColor, environment: environment)
    }

    var home: String { environment["HOME"] ?? NSHomeDirectory() }

    /// The database path: `--db`, else `ALONGSIDE_DB`, else the XDG data directory.
    var databasePath: String {
        if let explicit = options.db, !explicit.isEmpty { return explicit }
        return TranscriptStore.defaultPath(environment: environment, home: home)
    }

    /// `$XDG_CONFIG_HOME/alongside` (user scripts in `dialogues/`, extra safety rules in `safety/`).
    var configDirectory: String {
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.config"
        return base + "/alongside"
    }

    /// Incognito runs write nothing (`ALONGSIDE_INCOGNITO=1`).
    var incognito: Bool { ["1", "true", "yes"].contains(environment["ALONGSIDE_INCOGNITO"]?.lowercased() ?? "") }

    /// The region code for help lines (nil means international).
    var region: String? {
        HelpLineDirectory.region(explicit: options.region, environment: environment)
    }

    /// The help lines for the region.
    var help: RegionHelp { HelpLineDirectory.help(for: region) }

    /// Opens the store, printing permission repairs as warnings; storage failures become exit 4. Only
    /// `creating` callers (a stored exercise run, an import) make the file: a command that only reads gets an
    /// empty in-memory store when there is none yet, so nothing is written before a person starts an exercise.
    func openStore(creating: Bool = false) throws -> TranscriptStore {
        if incognito { return try StorePrivacy.incognitoStore() }
        if !creating && !FileManager.default.fileExists(atPath: databasePath) {
            return try guardStore { try TranscriptStore.inMemory() }
        }
        do {
            let (store, warnings) = try TranscriptStore.open(path: databasePath)
            for warning in warnings { Console.standardError("warning: \(warning)") }
            try StorePrivacy.applyRetention(to: store, configDirectory: configDirectory)
            return store
        } catch let error as StoreError {
            throw AlongsideError.storage("alongside: \(error.description)")
        } catch {
            throw AlongsideError.storage("alongside: could not open the database at \(databasePath): \(error)")
        }
    }

    /// Extra safety rules from `safety/*.tsv` in the config directory (added to the core, never replacing it).
    func userSafetyRules() throws -> [SafetyRule] {
        let directory = configDirectory + "/safety"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        var rules: [SafetyRule] = []
        for name in names.sorted() where name.hasSuffix(".tsv") {
            let path = directory + "/" + name
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw AlongsideError.usage("alongside: cannot read safety rules at \(path) (not UTF-8 text?)")
            }
            do {
                rules += try SafetyLexicon.parse(text, origin: path)
            } catch {
                throw AlongsideError.usage("alongside: \(error)")
            }
        }
        return rules
    }
}
