import DialogueCompiler
import DialogueModel
import DialogueRuntime
import Foundation
import LineEditing
import Session

/// `alongside run PATH --watch`: runs a script file and, whenever it is saved, reloads it and replays the
/// answers given so far into the new version, so an author sees a change without starting over. Nothing is
/// stored. When the answers no longer fit (a question was removed, an answer is no longer accepted), it says
/// which answer stopped fitting and carries on from the last one that did; when the new version has errors,
/// it shows them and keeps running the last good version.
struct ScriptWatcher {
    let path: String
    let app: AppEnvironment
    let seed: UInt64?
    let trace: Bool

    func run() throws -> SessionOutcome {
        var source = try ExerciseCatalog.readFile(path)
        var script = try ExerciseCatalog.compile(source)
        var answers: [String] = []
        let input = WatchedInput(watching: path)
        app.console.say("Watching \(path): save it to reload; the answers so far are replayed.", style: .dim)
        while true {
            let log = ReplayLog(inner: TraceOptions.observer(record: nil, trace: trace, script: script, source: source, app: app))
            let catalog = ExerciseCatalog(userDirectory: app.configDirectory + "/dialogues")
            var launcher = ExerciseLauncher(app: app, catalog: catalog, reader: input, noStore: true, seed: seed)
            launcher.observer = log
            launcher.replay = answers
            input.acknowledgeChange()
            let outcome = try launcher.launch(script, resume: .no)
            answers += log.answers
            if !input.changed {
                guard outcome == .completed, try waitForChange(input, script: script) else { return outcome }
            }
            let reloaded = try ExerciseCatalog.readFile(path)
            let result = ScriptCompiler.compile(yaml: reloaded.text, file: path)
            guard let next = result.script else {
                for diagnostic in result.diagnostics {
                    for line in SourceExcerpt.rendered(diagnostic, in: reloaded.text) { Console.standardError(line) }
                }
                app.console.say("↻ \(path) has errors (above); still running the last version that worked.", style: .alert)
                continue
            }
            (source, script) = (reloaded, next)
            let fit = ReplayFit(answers, engine: DialogueEngine(script: script, environment: environment))
            if let problem = fit.problem {
                app.console.say("↻ Reloaded \(path), but the replay no longer fits: \(problem). Carrying on after "
                                + "answer \(fit.fitting.count) of \(answers.count); type from there.", style: .alert)
            } else {
                app.console.say("↻ Reloaded \(path) and replayed \(answers.count) answer\(answers.count == 1 ? "" : "s").", style: .dim)
            }
            answers = fit.fitting
        }
    }

    /// After the conversation ended: true when the file is saved again, false on Ctrl-D or an interrupt. Lines
    /// typed meanwhile are not answers, but they still pass the safety router first.
    func waitForChange(_ input: WatchedInput, script: DialogueScript) throws -> Bool {
        app.console.say("The conversation ended. Save \(path) to replay it with your changes, or press Ctrl-D to stop.", style: .dim)
        var screen = LineScreen(router: try ExerciseLauncher.router(for: script, app: app), help: app.help)
        let rendering = SessionRendering(console: app.console, interactive: false)
        while true {
            switch try screen.screen(TypedInput(input.readLine(prompt: ""))) {
            case .accepted:
                app.console.say("The conversation has ended; save the script to replay it, or press Ctrl-D to stop.", style: .dim)
            case .answered(let output), .detour(_, let output):
                _ = rendering.show(output)
            case .endOfInput: return input.changed
            case .interrupted: return false
            }
        }
    }

    /// The engine environment `ExerciseLauncher` uses for a run that stores nothing (seed 0 unless given).
    var environment: EngineEnvironment {
        EngineEnvironment(seed: seed ?? 0, classify: SkillClassifier.classify)
    }
}
