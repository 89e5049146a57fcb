import ArgumentParser
import Foundation
import DialogueModel
import LineEditing
import Safety

/// `alongside` with no subcommand: a numbered menu of exercises.
struct MenuCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "menu",
        abstract: "Choose an exercise from a menu (the default when no command is given).",
        shouldDisplay: false
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let app = AppEnvironment(options: global)
        let console = app.console
        let catalog = ExerciseCatalog(userDirectory: app.configDirectory + "/dialogues")
        let scripts = catalog.compiledScripts()
        console.say(console.paint("Alongside", .prompt) + " — practice and self-help exercises, kept on this computer.")
        console.say("This is not therapy and not a crisis service. If you are in danger, call \(app.help.emergencyInWords). Type /helplines to see people you can talk to.", style: .dim)
        console.write("\n")
        let unfinished = MenuCommand.unfinished(app: app, scripts: scripts)
        var ordered: [DialogueScript] = []
        for group in ExerciseAudience.grouped(scripts) {
            console.say(group.audience.heading, style: .prompt)
            for script in group.scripts {
                ordered.append(script)
                let mark = unfinished[script.id].map { "  " + console.paint("unfinished since \($0): pick it up again", .prompt) } ?? ""
                console.say("  \(ordered.count). \(script.title)  " + console.paint("(\(script.minutes) min, \(script.id))", .dim) + mark)
            }
        }
        if !unfinished.isEmpty {
            console.write("\n")
            console.say("You have \(unfinished.count == 1 ? "an unfinished exercise" : "\(unfinished.count) unfinished exercises"). Choose it and you can carry on where you stopped, or start afresh.", style: .dim)
        }
        let reader = LineReaders.standardInput()
        SignalFlags.install()
        let screen = LineScreen(router: try SafetyCommand.router(app: app, files: []), help: app.help, console: console)
        while true {
            console.say("Which one? Type a number or an id, or q to leave.", style: .prompt)
            guard case .line(let raw) = reader.readLine(prompt: reader.isInteractive ? "> " : "") else { return }
            let answer = raw.trimmingCharacters(in: .whitespaces)
            if screen.check(raw) != .none { continue }
            if ["q", "quit", "exit", "/quit"].contains(answer.lowercased()) { return }
            if ["/helplines", "helplines"].contains(answer.lowercased()) { console.say(HelpLineDirectory.renderText(app.help)); continue }
            let chosen = Int(answer).flatMap { (1...ordered.count).contains($0) ? ordered[$0 - 1] : nil }
                ?? ordered.first { $0.id == answer.lowercased() }
            guard let script = chosen else {
                console.say("I didn't find that one. Type a number from 1 to \(ordered.count).", style: .dim)
                continue
            }
            let outcome = try ExerciseLauncher(app: app, reader: reader, noStore: false, seed: nil).launch(script, resume: .ask)
            if case .switchTo(let id) = outcome, let next = ordered.first(where: { $0.id == id }) {
                _ = try ExerciseLauncher(app: app, reader: reader, noStore: false, seed: nil).launch(next, resume: .no)
            }
            if outcome == .interrupted { throw ExitCode(ExitStatus.interrupted) }
            return
        }
    }

    /// Exercise id → the day its unfinished (active or paused) session started, from the store when one
    /// exists already; an unreadable store just means no marks (the menu never creates the database).
    static func unfinished(app: AppEnvironment, scripts: [DialogueScript]) -> [String: String] {
        guard !app.incognito, FileManager.default.fileExists(atPath: app.databasePath),
              let store = try? app.openStore() else { return [:] }
        var found: [String: String] = [:]
        for script in scripts {
            if let session = try? store.unfinishedSession(exerciseId: script.id) {
                found[script.id] = ProgressReport.day(session.startedAt)
            }
        }
        return found
    }
}
