import ArgumentParser
import Foundation
import TranscriptStore

/// Output formats of `transcripts export`.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable { case jsonl, md }

/// `transcripts export [ID...|--all] --format jsonl|md [--out FILE]`.
struct TranscriptExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export sessions: JSON lines (everything, re-importable) or Markdown (to read).",
        discussion: "The JSON lines schema is described in docs/storage.md. A file given with --out is readable by you only (0600).")
    @Argument(help: "Session ids (default: all).") var ids: [Int64] = []
    @Flag(name: .long, help: "Export every session (the default when no ids are given).") var all = false
    @Option(name: .long, help: "jsonl or md.") var format: ExportFormat = .jsonl
    @Option(name: .long, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file")) var out: String?
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if all && !ids.isEmpty { throw ValidationError("Give session ids or --all, not both.") }
    }

    func run() throws {
        let store = try AppEnvironment(options: global).openStore()
        let selection: [Int64]? = ids.isEmpty ? nil : ids
        let text: String
        switch format {
        case .jsonl:
            text = try guardQuery { try store.exportArchive(sessionIds: selection) }
        case .md:
            let sessions = try guardQuery { () -> [SessionRecord] in
                if let selection {
                    return try selection.map { id in
                        guard let session = try store.session(id) else { throw StoreError.notFound("session \(id)") }
                        return session
                    }
                }
                return try store.sessions().reversed()
            }
            text = try sessions.map { session in
                TranscriptFormat.render(session, turns: try guardStore { try store.turns(sessionId: session.id) }, markdown: true)
            }.joined(separator: "\n\n") + "\n"
        }
        guard let out else { print(text, terminator: ""); return }
        try PrivateFile.write(text, to: out)
        Console.standardError("Exported to \(out) (readable by you only).")
    }
}

/// `transcripts import FILE.jsonl`.
struct TranscriptImport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a JSON lines export (sessions already here are skipped, so importing twice is safe).")
    @Argument(help: ArgumentHelp("A file made by `transcripts export` (- for standard input).", valueName: "file")) var file: String
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let text: String
        if file == "-" {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        } else {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw AlongsideError.usage("alongside: cannot read \(file). Check the name and try again.")
            }
            text = String(decoding: data, as: UTF8.self)
        }
        let store = try AppEnvironment(options: global).openStore(creating: true)
        let summary = try guardQuery { try store.importArchive(text) }
        let plural = { (n: Int, word: String) in "\(n) \(word)\(n == 1 ? "" : "s")" }
        if summary.sessionsAdded == 0 && summary.plans == 0 {
            print("Nothing new to import: \(plural(summary.sessionsSkipped, "session")) already stored.")
            return
        }
        print("Imported \(plural(summary.sessionsAdded, "session")) (\(plural(summary.turns, "turn")), "
              + "\(plural(summary.ratings, "rating")), \(plural(summary.safetyEvents, "safety event")), "
              + "\(plural(summary.facts, "remembered value")), \(plural(summary.plans, "plan version"))).")
        if summary.sessionsSkipped > 0 {
            print("Skipped \(plural(summary.sessionsSkipped, "session")) already stored.")
        }
    }
}

/// `transcripts delete ID...|--all`.
struct TranscriptDelete: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete sessions for good: turns, safety events, ratings and their search index.",
        discussion: "The file is then rewritten so the deleted text does not stay on disk. On a terminal you are asked first; elsewhere pass --yes.")
    @Argument(help: "Session ids.") var ids: [Int64] = []
    @Flag(name: .long, help: "Delete every session and saved plan.") var all = false
    @Flag(name: .long, help: "Do not ask for confirmation.") var yes = false
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if ids.isEmpty == !all { throw ValidationError("Give session ids or --all (one of them).") }
    }

    func run() throws {
        let app = AppEnvironment(options: global)
        let store = try app.openStore()
        let question = all ? "Delete every stored session and saved plan?" : "Delete \(ids.count) session\(ids.count == 1 ? "" : "s")?"
        guard try Confirmation.granted(question, yes: yes, app: app) else { return }
        try guardQuery { all ? try store.deleteAll() : try store.delete(sessionIds: ids) }
        print(all ? "Deleted everything. The file was rewritten so nothing deleted stays on disk."
                  : "Deleted \(ids.count) session\(ids.count == 1 ? "" : "s"). The file was rewritten so nothing deleted stays on disk.")
    }
}
