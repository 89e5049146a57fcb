import Foundation
import GRDB
import Testing
@testable import TranscriptStore

@Suite("Search ranking")
struct SearchRankingTests {
    /// A store with `count` person lines, built by `text(index)`.
    private func store(_ count: Int, _ text: (Int) -> String) throws -> TranscriptStore {
        let store = try TranscriptStore.inMemory()
        let id = try store.startSession(Fixtures.grounding())
        let turns = (0..<count).map { NewTurn(speaker: .person, kind: .answer, text: text($0), at: Fixtures.time(Double($0))) }
        try store.commit(TurnCommit(sessionId: id, turns: turns, at: Fixtures.time(Double(count))))
        return store
    }

    /// Both scores for every match, newest first.
    private func scores(_ store: TranscriptStore, _ query: String) throws -> [(ours: Double, sqlite: Double)] {
        try store.read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT alongside_rank(turnFts) AS ours, bm25(turnFts) AS sqlite FROM turnFts WHERE turnFts MATCH ? ORDER BY rowid DESC",
                arguments: [query]
            ).map { ($0["ours"], $0["sqlite"]) }
        }
    }

    @Test func belowTheCapTheScoreIsExactlyBm25() throws {
        let words = ["calm", "rain", "walk", "music", "tired", "sleep", "friend"]
        let store = try store(300) { index in
            (0..<(3 + index % 5)).map { words[(index * 5 + $0 * 3) % words.count] }.joined(separator: " ")
        }
        for query in ["calm", "calm rain", "\"calm music\"", "music OR sleep", "fri*", "calm NOT tired", "walk walk"] {
            let pairs = try scores(store, query)
            #expect(!pairs.isEmpty, "\(query)")
            #expect(pairs.allSatisfy { $0.ours == $0.sqlite }, "\(query)")
        }
    }

    @Test func aboveTheCapTheOrderOfOneWordIsUnchanged() throws {
        let count = Int(SearchRanking.countCap) + 500
        let store = try store(count) { index in
            "calm" + String(repeating: " and then", count: index % 6) + (index % 1_000 == 0 ? " zephyrine" : "")
        }
        let pairs = try scores(store, "calm")
        #expect(pairs.count == count)
        let byOurs = pairs.indices.sorted { (pairs[$0].ours, $0) < (pairs[$1].ours, $1) }
        let bySQLite = pairs.indices.sorted { (pairs[$0].sqlite, $0) < (pairs[$1].sqlite, $1) }
        #expect(byOurs == bySQLite)
        // A rare word still counts for more than a word in every line.
        let hits = try store.search("calm OR zephyrine", limit: 3, window: count)
        #expect(hits.first?.snippet.contains("[zephyrine]") == true)
    }
}
