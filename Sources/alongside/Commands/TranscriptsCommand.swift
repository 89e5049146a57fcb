import ArgumentParser
import Foundation
import TextEncoding
import TranscriptStore

/// `alongside transcripts`: what was stored, on this computer only.
struct TranscriptsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transcripts",
        abstract: "List, show, search, export, import and delete your local transcripts.",
        discussion: "Everything stays in one file on this computer; `alongside data path` shows where.",
        subcommands: [List.self, Show.self, Search.self, TranscriptExport.self, TranscriptImport.self, TranscriptDelete.self]
    )

    /// `transcripts list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List stored sessions, newest first.")
        @Option(name: .long, help: "Only this exercise.") var exercise: String?
        @Option(name: .long, help: ArgumentHelp("Only sessions started on or after this day.", valueName: "YYYY-MM-DD")) var since: String?
        @Option(name: .long, help: "Output format.") var format: TextOrJSON = .text
        @OptionGroup var global: GlobalOptions

        func validate() throws {
            if let since, TranscriptFormat.day(since) == nil {
                throw ValidationError("--since takes a date like 2026-11-23.")
            }
        }

        func run() throws {
            let store = try AppEnvironment(options: global).openStore()
            let start = since.flatMap(TranscriptFormat.day)
            let sessions = try guardStore { try store.sessions(exerciseId: exercise, since: start) }
            if format == .json {
                print(try TranscriptFormat.json(sessions))
                return
            }
            if sessions.isEmpty {
                print(since == nil && exercise == nil ? "No transcripts stored yet." : "No sessions match.")
                return
            }
            print("ID     STARTED           STATUS     EXERCISE")
            for session in sessions {
                print(String(session.id).padding(toLength: 6, withPad: " ", startingAt: 0) + " "
                      + TranscriptFormat.shortDate(session.startedAt) + "  "
                      + session.status.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0) + " "
                      + TerminalText.safe(session.exerciseId))
            }
        }
    }

    /// Output formats of `show`.
    enum ShowFormat: String, ExpressibleByArgument, CaseIterable { case text, jsonl, md }

    /// `transcripts show ID|--last`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one session turn by turn.")
        @Argument(help: "Session id (see `transcripts list`).") var id: Int64?
        @Flag(name: .long, help: "The most recent session.") var last = false
        @Option(name: .long, help: "Output format: text, jsonl (the export format) or md.") var format: ShowFormat = .text
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
            case .jsonl: print(try guardStore { try store.exportArchive(sessionIds: [session.id]) }, terminator: "")
            case .text, .md:
                let turns = try guardStore { try store.turns(sessionId: session.id) }
                print(TranscriptFormat.render(session, turns: turns, markdown: format == .md))
            }
        }
    }

    /// `transcripts search QUERY`.
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "search",
            abstract: "Search everything stored: the best matches among the most recent 2,000, best first.",
            discussion: """
            Plain words must all appear; "a quoted phrase" matches words together; calm* matches words \
            starting with calm; OR and NOT combine. Matched words are bold on a terminal, [in brackets] otherwise.
            """)
        @Argument(help: "Search words.") var query: [String]
        @Option(name: .long, help: "At most this many matches.") var limit = 20
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let app = AppEnvironment(options: global)
            let store = try app.openStore()
            let hits = try guardQuery { try store.search(query.joined(separator: " "), limit: limit, open: "\u{E000}", close: "\u{E001}") }
            if hits.isEmpty { print("No matches."); return }
            let (open, close) = app.console.color ? ("\u{1B}[1m", "\u{1B}[22m") : ("[", "]")
            for hit in hits {
                let snippet = TerminalText.safe(hit.snippet)
                    .replacingOccurrences(of: "\u{E000}", with: open).replacingOccurrences(of: "\u{E001}", with: close)
                let who = hit.speaker == .person ? "you" : hit.speaker.rawValue
                print("session \(hit.sessionId)  \(TranscriptFormat.shortDate(hit.at))  \(TerminalText.safe(hit.exerciseId))  \(who): \(snippet)")
            }
        }
    }
}

/// Maps store errors to exit codes, treating a request the store cannot read (a bad search, a bad file) as a usage error.
func guardQuery<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch StoreError.invalid(let message) {
        throw AlongsideError.usage("alongside: \(message)")
    } catch let error as StoreError {
        throw AlongsideError.storage("alongside: \(error.description)")
    }
}
