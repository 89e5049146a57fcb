import ArgumentParser
import Foundation
import LineEditing
import Session

/// Asks before something that cannot be undone: on a terminal a yes/no question, elsewhere `--yes` is needed.
enum Confirmation {
    /// True when the person agreed (or passed `--yes`); throws a usage error when stdin is not a terminal.
    /// The answer passes the safety router like every typed line (a crisis line gets the response and options).
    static func granted(_ question: String, yes: Bool, flag: String = "--yes", app: AppEnvironment) throws -> Bool {
        if yes { return true }
        guard isatty(0) == 1 else {
            throw AlongsideError.usage("alongside: this cannot be undone, so it needs \(flag) when not run at a terminal.")
        }
        let text = "\(question) This cannot be undone. (yes/no)"
        FileHandle.standardError.write(Data((text + " ").utf8))
        var screened = ScreenedQuestion(console: app.console, reader: LineReaders.standardInput(),
                                        router: try SafetyCommand.router(app: app, files: []), help: app.help)
        switch try screened.ask(text) {
        case .line(let answer) where ConfirmationReply.isYes(answer):
            return true
        case .interrupted:
            throw ExitCode(ExitStatus.interrupted)
        default:
            Console.standardError("Nothing was changed.")
            return false
        }
    }
}
