import ArgumentParser
import DialogueModel
import DialogueRuntime
import Foundation
import LineEditing
import Listening
import Plans
import Safety
import Session
import TranscriptStore

/// `alongside run ID|PATH`: runs one exercise.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run one exercise by id (see `alongside list`) or from a YAML file.",
        discussion: """
        Every line you type is checked for signs of crisis first; help lines for your region are shown \
        when needed. Type /help during a run for commands; Ctrl-D or /pause saves and leaves.
        """
    )

    @Argument(help: ArgumentHelp("Exercise id or path to a script.", valueName: "id-or-path"), completion: ExerciseCompletion.kind)
    var exercise: String

    @Flag(name: .long, help: "Store nothing at all for this run.")
    var noStore = false

    @Flag(name: .long, help: "Resume an unfinished session of this exercise without asking.")
    var resume = false

    @Flag(name: .long, help: "Start afresh even if an unfinished session exists.")
    var fresh = false

    @Option(name: .long, help: "Seed for persona variations (default: the session number).")
    var seed: UInt64?

    @Option(name: .long, help: ArgumentHelp("Write what was typed and shown as a testplan to this file.", valueName: "file"))
    var record: String?

    @Flag(name: .long, help: ArgumentHelp("Let --record replace an existing file.", valueName: "force"))
    var force = false

    @Flag(name: .long, help: "Show node ids, branch decisions and variable changes (dimmed, on stderr).")
    var trace = false

    @Flag(name: .long, help: "Reload a script file whenever it is saved, replaying the answers so far (stores nothing).")
    var watch = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if resume && fresh { throw ValidationError("--resume and --fresh cannot be used together.") }
        if watch && record != nil { throw ValidationError("--watch and --record cannot be used together.") }
        if let record, !force, FileManager.default.fileExists(atPath: record) {
            throw ValidationError("\(record) already exists (it may be a hand-edited testplan); record to another file, "
                                  + "or add --force to replace it.")
        }
    }

    func run() throws {
        let app = AppEnvironment(options: global)
        let catalog = ExerciseCatalog(userDirectory: app.configDirectory + "/dialogues")
        let source = try catalog.resolve(exercise)
        if watch {
            guard !source.origin.hasPrefix("bundled:") else {
                throw AlongsideError.usage("alongside: --watch needs a script file (a path), not a bundled exercise.")
            }
            SignalFlags.install()
            let outcome = try ScriptWatcher(path: source.origin, app: app, seed: seed, trace: trace).run()
            if outcome == .interrupted { throw ExitCode(ExitStatus.interrupted) }
            return
        }
        let script = try ExerciseCatalog.compile(source)
        let reader = LineReaders.standardInput()
        SignalFlags.install()
        var launcher = ExerciseLauncher(app: app, catalog: catalog, reader: reader, noStore: noStore, seed: seed)
        launcher.observer = TraceOptions.observer(record: record, trace: trace, script: script, source: source, app: app)
        launcher.welcomeBack()
        let outcome = try launcher.launch(script, resume: resume ? .yes : (fresh ? .no : .ask))
        if outcome == .interrupted { throw ExitCode(ExitStatus.interrupted) }
    }
}

/// Wires a compiled script to the store, the router and the terminal, then runs it.
struct ExerciseLauncher {
    enum ResumeChoice { case yes, no, ask }

    let app: AppEnvironment
    let catalog: ExerciseCatalog
    let reader: LineReader
    let noStore: Bool
    let seed: UInt64?
    /// Watches the session (`--record`, `--trace`); nil for a plain run.
    var observer: SessionObserver? = nil
    /// Answers to replay before reading any (`run --watch` after a reload); empty starts afresh.
    var replay: [String] = []

    /// The gentle check-in after a session in which the router flagged something.
    func welcomeBack() {
        guard !(noStore || app.incognito), FileManager.default.fileExists(atPath: app.databasePath),
              let store = try? app.openStore(), let events = try? WelcomeBack.lastSessionEvents(in: store) else { return }
        for line in WelcomeBack.lines(lastSessionEvents: events, help: app.help) { app.console.say(line, style: .dim) }
    }

    func launch(_ script: DialogueScript, resume: ResumeChoice) throws -> SessionOutcome {
        let storing = !(noStore || app.incognito)
        if storing { FirstRunNote.showIfFirstRun(app: app) }
        let store = storing ? try app.openStore(creating: true) : nil
        let router = try Self.router(for: script, app: app)
        var resumeAnswers: [String]? = nil
        var resumingId: Int64? = nil
        if let store, resume != .no, let unfinished = try guardStore({ try store.unfinishedSession(exerciseId: script.id) }) {
            // A changed script is never replayed into: --resume refuses; at a prompt, the offer is to start afresh.
            let changed = !ResumeOffer.canResume(unfinished, scriptHash: ScriptHash.of(script))
            if changed && resume == .yes { throw AlongsideError.usage(ResumeOffer.changedMessage(exerciseId: script.id)) }
            var wanted = resume == .yes
            if !wanted {
                let question = changed ? ResumeOffer.changedQuestion(exerciseId: script.id)
                    : ResumeOffer.question(title: script.title, since: Self.describe(unfinished.startedAt))
                app.console.say(question, style: .prompt)
                var screened = ScreenedQuestion(console: app.console, reader: reader, router: router, help: app.help,
                                                planGlance: { try SafetyPlanGlance.lines(store.latestPlan(kind: SafetyPlanGlance.kind)) })
                screened.detour = { id in try self.detour(to: id) }
                switch try guardStore({ try screened.ask(question) }) {
                case .line(let answer) where changed:
                    guard ConfirmationReply.isYes(answer) else { return .paused }
                case .line(let answer): wanted = ResumeOffer.decision(answer) == .resume
                case .endOfInput: return .paused
                case .interrupted: return .interrupted
                }
                if !wanted { try guardStore { try store.finishSession(unfinished.id, status: .abandoned, at: Date()) } }
            }
            if wanted {
                resumeAnswers = try guardStore { try store.answers(sessionId: unfinished.id) }
                resumingId = unfinished.id
            }
        }
        if resumeAnswers == nil && !replay.isEmpty { resumeAnswers = replay }
        let recorder = SessionRecorder(store: store)
        try guardStore { try recorder.begin(script: script, region: app.region, resuming: resumingId) }
        let recalled = try recalledValues(script, store: store)
        let environment = EngineEnvironment(seed: seed ?? UInt64(recorder.sessionId ?? 0), builtins: builtins(sessionCount: try sessionCount(script, store: store)),
                                            classify: SkillClassifier.classify, topic: { ReplyTopic.of($0) })
        if resumeAnswers == nil {
            app.console.say(app.console.paint(script.title, .prompt) + app.console.paint("  ·  about \(script.minutes) min  ·  /help for commands", .dim))
            app.console.write("\n")
        }
        let conversation = Conversation(script: script, engine: DialogueEngine(script: script, environment: environment), router: router,
                                        help: app.help, recorder: recorder)
        conversation.observer = observer
        conversation.lineLimit = LineReaders.maxLineBytes
        conversation.planGlance = { try SafetyPlanGlance.lines(recorder.latestPlan(kind: SafetyPlanGlance.kind)) }
        let runner = SessionRunner(conversation: conversation, reader: reader, console: app.console)
        runner.detour = { id in try self.detour(to: id) }
        return try runner.run(resumeAnswers: resumeAnswers, recalled: recalled)
    }

    /// Runs another exercise in between: grounding afresh; the safety plan offering to resume a half-finished one.
    func detour(to id: String) throws -> SessionOutcome {
        let script = try ExerciseCatalog.compile(try catalog.resolve(id))
        return try ExerciseLauncher(app: app, catalog: catalog, reader: reader, noStore: noStore, seed: seed)
            .launch(script, resume: id == Conversation.groundingExercise ? .no : .ask)
    }

    /// The router for a script: built-in rules, the user's and the script's.
    static func router(for script: DialogueScript, app: AppEnvironment) throws -> SafetyRouter {
        let userRules = try app.userSafetyRules()
        do {
            return try SafetyGate.router(for: script, userRules: userRules)
        } catch {
            throw AlongsideError.script("alongside: \(script.origin): invalid safety rules: \(error)")
        }
    }

    /// Values of `recall:` keys from earlier sessions (newest first), `null` when never stored.
    private func recalledValues(_ script: DialogueScript, store: TranscriptStore?) throws -> [String: Value] {
        guard let store else { return [:] }
        var values: [String: Value] = [:]
        if let document = script.document {
            values = DocumentVersioning.recalled(document, stored: try guardStore { try store.latestPlan(kind: document.kind) }?.content)
        }
        for key in script.recall where !(script.document?.keys.contains(key) ?? false) {
            if let fact = try guardStore({ try store.facts(key: key) }).first,
               let value = try? JSONDecoder().decode(Value.self, from: Data(fact.value.utf8)) {
                values[key] = value
            }
        }
        return values
    }

    /// Built-in variables every script may use.
    /// How many sessions of this exercise exist, this one included (1 when nothing is stored).
    private func sessionCount(_ script: DialogueScript, store: TranscriptStore?) throws -> Int {
        guard let store else { return 1 }
        return max(1, try guardStore { try store.sessions(exerciseId: script.id) }.count)
    }

    private func builtins(sessionCount: Int) -> [String: Value] {
        TestEnvironment.builtins(app.help, today: LocalDate.long(Date()), sessionCount: sessionCount)
    }

    static func describe(_ date: Date) -> String {
        LocalDate.dayAndTime(date)
    }
}

/// Maps store errors to the storage exit code.
func guardStore<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as StoreError {
        throw AlongsideError.storage("alongside: \(error.description)")
    }
}
