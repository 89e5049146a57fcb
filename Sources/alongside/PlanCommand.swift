import ArgumentParser
import DialogueRuntime
import Foundation
import Safety
import TranscriptStore
import Session

/// `alongside plan`: the safety plan (or another versioned document) saved by exercises.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Show, export and trace the versions of your safety plan (or another plan, with --kind).",
        discussion: """
            `alongside run safety-plan` makes or edits the plan; every save keeps a new version. Other kinds: \
            recovery-roadmap (`alongside run recovery-roadmap`), support-services (`alongside run finding-support`).
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
        static let configuration = CommandConfiguration(abstract: "Show the newest version of your plan.")
        @OptionGroup var selection: Selection

        func run() throws {
            guard let rendering = try PlanCommand.newest(selection) else { return }
            print(rendering.render(.txt))
            if selection.kind == SafetyPlanGlance.kind {
                let store = try AppEnvironment(options: selection.global).openStore()
                let services = try guardStore { try store.latestPlan(kind: SupportServicesNote.kind) }
                for line in SupportServicesNote.lines(latest: services) { print(line) }
            }
        }
    }

    /// `plan export`.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export the newest version as Markdown, plain text or one printable HTML page.")
        @Option(name: .long, help: "md, txt or html.") var format: PlanRendering.Format = .md
        @Option(name: .long, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
        var out: String?
        @OptionGroup var selection: Selection

        func run() throws {
            guard let rendering = try PlanCommand.newest(selection, toError: true) else { throw ExitCode(ExitStatus.checkFailed) }
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
        static let configuration = CommandConfiguration(abstract: "List the saved versions, with dates and what changed.")
        @OptionGroup var selection: Selection

        func run() throws {
            let store = try AppEnvironment(options: selection.global).openStore()
            let versions = try guardStore { try store.planVersions(kind: selection.kind) }
            if versions.isEmpty { PlanCommand.sayEmpty(selection.kind); return }
            for version in versions.reversed() {
                print("Version \(version.version)  \(PlanRendering.date(version.at))  \(TerminalText.safe(version.summaryOfChanges ?? "saved"))")
            }
        }
    }

    /// The newest version ready to render (a plan still being made when none is saved yet), or nil after
    /// saying there is none (on stderr when `toError`, so an export never saves that sentence as the plan).
    static func newest(_ selection: Selection, toError: Bool = false) throws -> PlanRendering? {
        let app = AppEnvironment(options: selection.global)
        let store = try app.openStore()
        let catalog = ExerciseCatalog(userDirectory: app.configDirectory + "/dialogues")
        guard let latest = try guardStore({ try store.latestPlan(kind: selection.kind) }) else {
            if let draft = try draft(selection.kind, store: store, catalog: catalog, help: app.help) { return draft }
            sayEmpty(selection.kind, toError: toError)
            return nil
        }
        let content = DocumentVersioning.decode(latest.content)
        let spec = PlanDocuments.spec(kind: selection.kind, content: content, catalog: catalog)
        return PlanRendering(spec: spec, content: content, version: latest.version, savedAt: latest.at)
    }

    /// A plan still being made: the answers so far of an unfinished session (shown as version 0).
    static func draft(_ kind: String, store: TranscriptStore, catalog: ExerciseCatalog, help: RegionHelp) throws -> PlanRendering? {
        guard let exercise = PlanDocuments.find(kind: kind, catalog: catalog)?.exerciseId,
              let source = try? catalog.resolve(exercise), let script = try? ExerciseCatalog.compile(source),
              let (content, session) = try guardStore({
                  try PlanDraft.unfinished(script: script, store: store, environment: EngineEnvironment(builtins: TestEnvironment.builtins(help)))
              }) else { return nil }
        let spec = PlanDocuments.spec(kind: kind, content: content, catalog: catalog)
        return PlanRendering(spec: spec, content: content, version: 0, savedAt: session.startedAt)
    }

    /// The kind message for an empty store (stdout, exit 0 for `show`; stderr for `export`).
    static func sayEmpty(_ kind: String, toError: Bool = false) {
        let exercise = PlanDocuments.find(kind: kind)?.exerciseId ?? kind
        let name = kind == SafetyPlanGlance.kind ? "safety plan" : "\"\(kind)\" plan"
        let text = "You have no \(name) saved yet. When you feel ready, `alongside run \(exercise)` walks you through it, one step at a time."
        if toError { Console.standardError("alongside: " + text) } else { print(text) }
    }
}

extension PlanRendering.Format: ExpressibleByArgument {}
