import Foundation
import GRDB
import Testing
@testable import TranscriptStore

/// A database written by the previous schema (`v1`, no prefix index) opens with this build: `v2` rebuilds the
/// full-text index with its prefix index, keeps every row, and searches find the old turns.
@Suite("Schema upgrade")
struct SchemaUpgradeTests {
    /// A `v1` database file with two sessions, written with plain SQL as the previous build stored them.
    private func previousSchemaFile(_ path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try StoreSchema.migrator.migrate(queue, upTo: "v1")
        try queue.write { db in
            for (id, texts) in [(1, ["I was panicking on the train", "Family dinner went well"]),
                                (2, ["A quiet walk with my family", "Fast asleep by ten"])] {
                try db.execute(sql: """
                    INSERT INTO session (id, exerciseId, scriptHash, title, kind, startedAt, status)
                    VALUES (?, 'grounding-54321', 'sha256:abc', '5-4-3-2-1 grounding', 'individual', '2026-11-23 12:00:00.000', 'completed')
                    """, arguments: [id])
                for (seq, text) in texts.enumerated() {
                    try db.execute(sql: """
                        INSERT INTO turn (sessionId, seq, speaker, text, at, kind)
                        VALUES (?, ?, 'person', ?, '2026-11-23 12:00:01.000', 'answer')
                        """, arguments: [id, seq + 1, text])
                }
            }
        }
        #expect(try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") } == 1)
        #expect(try queue.read { try ftsDefinition($0) }?.contains("prefix") == false)
    }

    private func ftsDefinition(_ db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'turnFts'")
    }

    @Test func aVersionOneFileGetsThePrefixIndexAndKeepsItsTurns() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/alongside.sqlite"
        try previousSchemaFile(path)

        let store = try TranscriptStore.open(path: path).store
        let (version, definition, migrations, triggers) = try store.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA user_version"), try ftsDefinition(db),
             try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier"),
             try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"))
        }
        #expect(version == 2)
        #expect(definition?.contains("prefix='2 3'") == true, "\(definition ?? "no table")")
        #expect(migrations == ["v1", "v2"])
        #expect(triggers == ["__turnFts_ad", "__turnFts_ai", "__turnFts_au"])
        #expect(try store.integrityCheck())

        // Old turns are found by word and by 2- and 3-letter prefixes, with the same snippets as before.
        #expect(try store.search("family").map(\.snippet) == ["[Family] dinner went well", "A quiet walk with my [family]"])
        #expect(try store.search("fa*").map(\.snippet)
            == ["[Fast] asleep by ten", "[Family] dinner went well", "A quiet walk with my [family]"])
        #expect(try store.search("pan*").map(\.snippet) == ["I was [panicking] on the train"])

        // New turns are indexed by the new triggers; deleting a session takes its words out of the index.
        let id = try store.startSession(Fixtures.grounding(at: 50))
        try store.commit(TurnCommit(
            sessionId: id, turns: [NewTurn(speaker: .person, kind: .answer, text: "Panic passed", at: Fixtures.time(51))],
            at: Fixtures.time(51)))
        #expect(try store.search("pa*").map(\.sessionId) == [id, 1])
        try store.delete(sessionIds: [1])
        #expect(try store.search("pa*").map(\.sessionId) == [id])
        #expect(try store.integrityCheck())
    }

    @Test func aNewFileIsCreatedWithThePrefixIndex() throws {
        let store = try TranscriptStore.inMemory()
        let definition = try store.read { try ftsDefinition($0) }
        #expect(definition?.contains("prefix='2 3'") == true, "\(definition ?? "no table")")
    }
}
