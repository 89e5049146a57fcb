import ArgumentParser
import DialogueModel
import Foundation
import LineEditing
import Plans
import ProgressReview
import Safety
import Session

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
            for topic in ExerciseTopic.parts(of: group) {
                if let heading = topic.heading { console.say("  " + heading, style: .dim) }
                for script in topic.scripts {
                    ordered.append(script)
                    let mark = unfinished[script.id].map { "  " + console.paint("unfinished since \($0): pick it up again", .prompt) } ?? ""
                    console.say("  \(ordered.count). \(script.title)  " + console.paint("(\(script.minutes) min, \(script.id))", .dim) + mark)
                }
            }
        }
        if !unfinished.isEmpty {
            console.write("\n")
            console.say("You have \(unfinished.count == 1 ? "an unfinished exercise" : "\(unfinished.count) unfinished exercises"). Choose it and you can carry on where you stopped, or start afresh.", style: .dim)
        }
        let reader = LineReaders.standardInput()
        SignalFlags.install()
        let launcher = ExerciseLauncher(app: app, catalog: catalog, reader: reader, noStore: false, seed: nil)
        launcher.welcomeBack()
        let menu = ExerciseMenu(ids: ordered.map(\.id))
        var question = ScreenedQuestion(console: console, reader: reader, router: try SafetyCommand.router(app: app, files: []), help: app.help,
                                        planGlance: { try Self.planGlance(app: app) })
        question.detour = { id in try launcher.detour(to: id) }
        while true {
            console.say(ExerciseMenu.question, style: .prompt)
            let reply: String
            switch try question.ask(ExerciseMenu.question) {
            case .line(let line): reply = line
            case .endOfInput: return
            case .interrupted: throw ExitCode(ExitStatus.interrupted)
            }
            switch menu.choice(reply) {
            case .leave:
                _ = question.leaving(.line(reply))
                return
            case .helpLines: console.say(HelpLineDirectory.renderText(app.help))
            case .help: console.say("Type the number or the id of an exercise to start it; q leaves. /helplines shows people you can talk to.", style: .dim)
            case .unknown: console.say(menu.unknownReply(), style: .dim)
            case .exercise(let id):
                guard let script = ordered.first(where: { $0.id == id }) else { continue }
                let outcome = try launcher.launch(script, resume: .ask)
                if outcome == .interrupted { throw ExitCode(ExitStatus.interrupted) }
                return
            }
        }
    }

    /// The glance at the saved safety plan for the crisis options (nil when none is saved; the menu never creates the database).
    static func planGlance(app: AppEnvironment) throws -> [String]? {
        guard !app.incognito, FileManager.default.fileExists(atPath: app.databasePath) else { return nil }
        return SafetyPlanGlance.lines(try app.openStore().latestPlan(kind: SafetyPlanGlance.kind))
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
