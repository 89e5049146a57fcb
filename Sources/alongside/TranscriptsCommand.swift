import ArgumentParser
import Foundation
import TranscriptStore

/// `alongside transcripts`: what was stored, on this computer only.
struct TranscriptsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transcripts",
        abstract: "List, show, search, export and delete your local transcripts.",
        subcommands: [List.self, Show.self, Search.self, Export.self, Delete.self]
    )

    /// `transcripts list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List stored sessions, newest first.")
        @Option(name: .long, help: "Only this exercise.") var exercise: String?
        @Option(name: .long, help: "Output format.") var format: TextOrJSON = .text
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let store = try AppEnvironment(options: global).openStore()
            let sessions = try guardStore { try store.sessions(exerciseId: exercise) }
            if format == .json {
                print(try TranscriptFormat.json(sessions))
                return
            }
            if sessions.isEmpty { print("No transcripts stored yet."); return }
            print("ID     STARTED           STATUS     EXERCISE")
            for session in sessions {
                print(String(session.id).padding(toLength: 6, withPad: " ", startingAt: 0) + " "
                      + TranscriptFormat.shortDate(session.startedAt) + "  "
                      + session.status.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0) + " " + session.exerciseId)
            }
        }
    }

    /// Output formats of `show`.
    enum ShowFormat: String, ExpressibleByArgument, CaseIterable { case text, jsonl, md }

    /// `transcripts show ID|--last`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one session turn by turn.")
        @Argument(help: "Session id (see `transcripts list`).") var id: Int64?
        @Flag(name: .long, help: "The most recent session.") var last = false
        @Option(name: .long, help: "Output format.") var format: ShowFormat = .text
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if (id == nil) == !last { throw ValidationError("Give a session id or --last (one of them).") }
        }

        func run() throws {
            let store = try AppEnvironment(options: global).openStore()
            let session: SessionRecord? = try guardStore { try last ? store.lastSession() : store.session(id!) }
            guard let session else {
                throw AlongsideError.usage(last ? "alongside: no transcripts stored yet." : "alongside: no session \(id!). `alongside transcripts list` shows them.")
            }
            switch format {
            case .jsonl: print(try guardStore { try store.exportJSONL(sessionIds: [session.id]) }, terminator: "")
            case .text, .md:
                let turns = try guardStore { try store.turns(sessionId: session.id) }
                print(TranscriptFormat.render(session, turns: turns, markdown: format == .md))
            }
        }
    }

    /// `transcripts search QUERY`.
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Full-text search over everything stored (phrases in quotes, prefix*).")
        @Argument(help: "Search words.") var query: [String]
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let store = try AppEnvironment(options: global).openStore()
            let hits = try guardStore { try store.search(query.joined(separator: " ")) }
            if hits.isEmpty { print("No matches."); return }
            for hit in hits { print("session \(hit.sessionId)  \(TerminalText.safe(hit.snippet))") }
        }
    }

    /// `transcripts export`.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Export sessions as JSON lines (one object per turn).")
        @Argument(help: "Session ids (default: all).") var ids: [Int64] = []
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let store = try AppEnvironment(options: global).openStore()
            print(try guardStore { try store.exportJSONL(sessionIds: ids.isEmpty ? nil : ids) }, terminator: "")
        }
    }

    /// `transcripts delete`.
    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete sessions for good (turns, safety events, ratings and search index).")
        @Argument(help: "Session ids.") var ids: [Int64] = []
        @Flag(name: .long, help: "Delete every session.") var all = false
        @Flag(name: .long, help: "Do not ask for confirmation.") var yes = false
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if ids.isEmpty == !all { throw ValidationError("Give session ids or --all (one of them).") }
        }

        func run() throws {
            let store = try AppEnvironment(options: global).openStore()
            if !yes {
                guard isatty(0) == 1 else { throw AlongsideError.usage("alongside: deleting needs --yes when not at a terminal.") }
                print(all ? "Delete every stored session? This cannot be undone. (yes/no) " : "Delete \(ids.count) session(s)? This cannot be undone. (yes/no) ", terminator: "")
                guard let answer = readLine(), ["y", "yes"].contains(answer.lowercased()) else { print("Nothing deleted."); return }
            }
            try guardStore { all ? try store.deleteAll() : try store.delete(sessionIds: ids) }
            print(all ? "Deleted everything." : "Deleted \(ids.count) session(s).")
        }
    }
}

/// Text renderings of sessions and turns.
enum TranscriptFormat {
    static func shortDate(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }

    static func json(_ sessions: [SessionRecord]) throws -> String {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(sessions), as: UTF8.self)
    }

    static func render(_ session: SessionRecord, turns: [TurnRecord], markdown: Bool) -> String {
        var lines = [markdown ? "# \(session.title)" : "\(session.title)  (session \(session.id), \(session.exerciseId))",
                     (markdown ? "_" : "") + "Started \(shortDate(session.startedAt)), \(session.status.rawValue)" + (markdown ? "_" : ""), ""]
        for turn in turns where turn.kind != .skill {
            let who: String
            switch turn.speaker {
            case .person: who = markdown ? "**You:**" : "you  >"
            case .app: who = markdown ? "" : "     "
            case .system: who = markdown ? "> " : "  !  "
            }
            lines.append(who + (markdown ? " " : " ") + TerminalText.safe(turn.text))
        }
        return lines.joined(separator: "\n")
    }
}
