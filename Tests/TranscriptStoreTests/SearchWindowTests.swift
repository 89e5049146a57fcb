import Foundation
import GRDB
import Testing
@testable import TranscriptStore

@Suite("Search window")
struct SearchWindowTests {
    /// Sentences with common and rare words, so rankings have ties, stems and phrases.
    static let sentences = [
        "I feel calm after the walk", "calm calm calm", "work was tiring and I feel tired",
        "the rain kept me inside all day", "a calm evening with music and my family",
        "I could not sleep, I feel restless", "my friend called and we talked about work",
        "feeling calmer now", "the walk in the rain was calming", "music helps me sleep",
    ]

    /// One session of `count` turns cycling through `sentences`, one second apart.
    private func store(turns count: Int) throws -> TranscriptStore {
        let store = try TranscriptStore.inMemory()
        let id = try store.startSession(Fixtures.grounding())
        let turns = (0..<count).map { index in
            NewTurn(speaker: index % 2 == 0 ? .person : .app, kind: .answer,
                    text: Self.sentences[index % Self.sentences.count] + (index % 7 == 0 ? " again" : ""),
                    at: Fixtures.time(Double(index)))
        }
        try store.commit(TurnCommit(sessionId: id, turns: turns, at: Fixtures.time(Double(count))))
        return store
    }

    /// The query the store used before the window: rank every match, snippet every match.
    private func naive(_ store: TranscriptStore, _ query: String, limit: Int = 20) throws -> [SearchHit] {
        try store.read { db in
            try SearchHit.fetchAll(
                db,
                sql: """
                    SELECT turn.sessionId, session.exerciseId, session.title, turn.seq, turn.speaker, turn.at,
                           snippet(turnFts, 0, '[', ']', '…', 12) AS snippet
                    FROM turnFts
                    JOIN turn ON turn.id = turnFts.rowid
                    JOIN session ON session.id = turn.sessionId
                    WHERE turnFts MATCH ?
                    ORDER BY bm25(turnFts), turn.id DESC
                    LIMIT ?
                    """,
                arguments: [query, limit])
        }
    }

    @Test func aSmallStoreGivesExactlyTheNaiveResult() throws {
        let store = try store(turns: 120)
        let queries = ["calm", "feel", "calm*", "\"feel tired\"", "rain OR music", "walk NOT rain", "again",
                       "sleep", "family music", "nothinglikethis"]
        for query in queries {
            for limit in [1, 5, 20, 200] {
                #expect(try store.search(query, limit: limit) == naive(store, query, limit: limit), "\(query) limit \(limit)")
            }
        }
    }

    @Test func aCommonWordRanksOnlyTheNewestMatches() throws {
        let store = try store(turns: 200)
        let all = try naive(store, "calm", limit: 1_000)
        let newest = Set(all.map(\.seq).sorted(by: >).prefix(30))

        let hits = try store.search("calm", limit: 5, window: 30)
        #expect(hits.count == 5)
        #expect(hits.allSatisfy { newest.contains($0.seq) })
        // The best of the recent lines comes first: the newest "calm calm calm".
        let newestTriple = all.filter { $0.snippet == "[calm] [calm] [calm]" }.map(\.seq).max()
        #expect(hits.first?.seq == newestTriple)
        #expect(hits.first?.snippet == "[calm] [calm] [calm]")
        // Within the window the order is the naive order restricted to those lines.
        #expect(hits == Array(all.filter { newest.contains($0.seq) }.prefix(5)))
    }

    @Test func aWindowAsLargeAsTheMatchesChangesNothing() throws {
        let store = try store(turns: 200)
        let count = try naive(store, "rain", limit: 1_000).count
        #expect(try store.search("rain", limit: 20, window: count) == naive(store, "rain"))
        #expect(try store.search("rain", limit: 20, window: count + 1) == naive(store, "rain"))
    }

    @Test func aZeroLimitStillRefusesABadQuery() throws {
        let store = try store(turns: 10)
        #expect(try store.search("calm", limit: 0).isEmpty)
        #expect(throws: StoreError.self) { try store.search("\"unclosed", limit: 0) }
    }
}
