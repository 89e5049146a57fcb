import ArgumentParser
import DialogueRuntime
import Foundation
import Plans
import Safety
import Session
import TextEncoding
import TranscriptStore

/// `alongside plan`: the safety plan (or another versioned document) saved by exercises.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Show, export and trace the versions of your safety plan (or another plan, with --kind).",
        discussion: """
            `alongside run safety-plan` makes or edits the plan; every save keeps a new version. Other kinds: \
            recovery-roadmap (`alongside run recovery-roadmap`), support-services (`alongside run finding-support`), \
            buddy-plan (`alongside run buddy-plan`), dear-man (`alongside run dear-man`), and thought-record \
            (`alongside run thought-record`: each record is a version; `--version N` shows an earlier one).
            """,
        subcommands: [Show.self, Export.self, History.self]
    )

    /// Options shared by the subcommands.
    struct Selection: ParsableArguments {
        @Option(name: .long, help: "Which plan (a document kind, e.g. safety-plan).")
        var kind: String = "safety-plan"
        @OptionGroup var global: GlobalOptions
    }

    /// `plan show`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show the newest version of your plan (or an earlier one).")
        @Option(name: .long, help: "Show this version instead of the newest (see `plan history`).") var version: Int?
        @OptionGroup var selection: Selection

        func run() throws {
            let rendering = try PlanCommand.newest(selection, version: version)
            if let rendering { print(rendering.render(.txt)) }
            guard selection.kind == SafetyPlanGlance.kind && version == nil else { return }
            let store = try AppEnvironment(options: selection.global).openStore()
            if rendering != nil {
                let services = try guardStore { try store.latestPlan(kind: SupportServicesNote.kind) }
                for line in SupportServicesNote.lines(latest: services) { print(line) }
            }
            // The buddy plan sits beside the safety plan, and shows even before there is a safety plan.
            let buddy = try guardStore { try store.latestPlan(kind: BuddyPlanNote.kind) }
            for line in BuddyPlanNote.lines(latest: buddy) { print(line) }
        }
    }

    /// `plan export`.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Export the newest version as Markdown, plain text or one printable HTML page.")
        @Option(name: .long, help: "md, txt or html.") var format: PlanRendering.Format = .md
        @Option(name: .long, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
        var out: String?
        @Option(name: .long, help: "Export this version instead of the newest (see `plan history`).") var version: Int?
        @OptionGroup var selection: Selection

        func run() throws {
            guard let rendering = try PlanCommand.newest(selection, version: version, toError: true) else {
                throw ExitCode(ExitStatus.checkFailed)
            }
            let text = rendering.render(format) + "\n"
            guard let out else { print(text, terminator: ""); return }
            let path = (out as NSString).expandingTildeInPath
            guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
                throw AlongsideError.usage("alongside: could not write \(out). Is the folder there, and may you write to it?")
            }
            Console.standardError("Saved your plan to \(out).")
        }
    }

    /// `plan history`.
    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "history", abstract: "List the saved versions, with dates and what changed.")
        @OptionGroup var selection: Selection

        func run() throws {
            let store = try AppEnvironment(options: selection.global).openStore()
            let versions = try guardStore { try store.planVersions(kind: selection.kind) }
            if versions.isEmpty { PlanCommand.sayEmpty(selection.kind); return }
            let records = PlanDocuments.isRecordKind(selection.kind)
            for version in versions.reversed() {
                let note = records ? PlanDocuments.headline(version) : version.summaryOfChanges
                print("Version \(version.version)  \(PlanRendering.date(version.at))  \(TerminalText.safe(note ?? "saved"))")
            }
        }
    }

    /// The newest version (or version `version`) ready to render (a plan still being made when none is saved
    /// yet), or nil after saying there is none (on stderr when `toError`, so an export never saves that
    /// sentence as the plan).
    static func newest(_ selection: Selection, version: Int? = nil, toError: Bool = false) throws -> PlanRendering? {
        let app = AppEnvironment(options: selection.global)
        let store = try app.openStore()
        let catalog = ExerciseCatalog(userDirectory: app.configDirectory + "/dialogues")
        guard let latest = try guardStore({ try store.latestPlan(kind: selection.kind) }) else {
            if let draft = try draft(selection.kind, store: store, catalog: catalog, help: app.help) { return draft }
            sayEmpty(selection.kind, toError: toError)
            return nil
        }
        if let version, version != latest.version {
            let versions = try guardStore { try store.planVersions(kind: selection.kind) }
            guard let chosen = versions.first(where: { $0.version == version }) else {
                throw AlongsideError.usage("alongside: there is no version \(version); `alongside plan history --kind \(selection.kind)` lists them (1 to \(latest.version)).")
            }
            return rendering(chosen, kind: selection.kind, app: app)
        }
        return rendering(latest, kind: selection.kind, app: app)
    }

    /// One stored version with the section titles of the script that declares its kind.
    static func rendering(_ stored: PlanVersionRecord, kind: String, app: AppEnvironment) -> PlanRendering {
        let content = DocumentVersioning.decode(stored.content)
        let catalog = ExerciseCatalog(userDirectory: app.configDirectory + "/dialogues")
        let spec = PlanDocuments.spec(kind: kind, content: content, sources: catalog.sources)
        return PlanRendering(spec: spec, content: content, version: stored.version, savedAt: stored.at)
    }

    /// A plan still being made: the answers so far of an unfinished session (shown as version 0).
    static func draft(_ kind: String, store: TranscriptStore, catalog: ExerciseCatalog, help: RegionHelp) throws -> PlanRendering? {
        guard let exercise = PlanDocuments.find(kind: kind, sources: catalog.sources)?.exerciseId,
              let source = try? catalog.resolve(exercise), let script = try? ExerciseCatalog.compile(source),
              let (content, session) = try guardStore({
                  try PlanDraft.unfinished(script: script, store: store, environment: EngineEnvironment(builtins: TestEnvironment.builtins(help)))
              }) else { return nil }
        let spec = PlanDocuments.spec(kind: kind, content: content, sources: catalog.sources)
        return PlanRendering(spec: spec, content: content, version: 0, savedAt: session.startedAt)
    }

    /// The kind message for an empty store (stdout, exit 0 for `show`; stderr for `export`).
    static func sayEmpty(_ kind: String, toError: Bool = false) {
        let found = PlanDocuments.find(kind: kind)
        let exercise = found?.exerciseId ?? kind
        let name = kind == SafetyPlanGlance.kind ? "safety plan" : found.map { "\"\($0.spec.title)\"" } ?? "\"\(kind)\" plan"
        let text = "You have no \(name) saved yet. When you feel ready, `alongside run \(exercise)` walks you through it, one step at a time."
        if toError { Console.standardError("alongside: " + text) } else { print(text) }
    }
}

extension PlanRendering.Format: ExpressibleByArgument {}
