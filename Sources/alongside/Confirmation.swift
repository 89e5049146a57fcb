import Foundation

/// Asks before something that cannot be undone: on a terminal a yes/no question, elsewhere `--yes` is needed.
enum Confirmation {
    /// True when the person agreed (or passed `--yes`); throws a usage error when stdin is not a terminal.
    static func granted(_ question: String, yes: Bool, flag: String = "--yes", app: AppEnvironment) throws -> Bool {
        if yes { return true }
        guard isatty(0) == 1 else {
            throw AlongsideError.usage("alongside: this cannot be undone, so it needs \(flag) when not run at a terminal.")
        }
        FileHandle.standardError.write(Data("\(question) This cannot be undone. (yes/no) ".utf8))
        let answer = readLine()
        if let answer {
            // Every typed line passes the safety router, even a yes/no here.
            LineScreen(router: try SafetyCommand.router(app: app, files: []), help: app.help, console: app.console).check(answer)
        }
        guard let answer, ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased()) else {
            Console.standardError("Nothing was changed.")
            return false
        }
        return true
    }
}
