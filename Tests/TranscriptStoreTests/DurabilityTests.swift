import Foundation
import Testing
@testable import TranscriptStore

@Suite("Nothing is lost")
struct DurabilityTests {
    @Test func twoStoresCommittingAtOnceLoseNothing() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/alongside.sqlite"
        let stores = [try TranscriptStore.open(path: path).store, try TranscriptStore.open(path: path).store]
        let id = try stores[0].startSession(Fixtures.grounding())
        let perStore = 40
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: stores.count) { index in
            for n in 0..<perStore {
                do {
                    try stores[index].commit(TurnCommit(
                        sessionId: id,
                        turns: [NewTurn(speaker: .person, kind: .answer, text: "store \(index) line \(n)",
                                        at: Fixtures.time(Double(n)))],
                        ratings: [NewRating(name: "r\(index)", value: n % 11, at: Fixtures.time(Double(n)))],
                        at: Fixtures.time(Double(n))))
                } catch {
                    failures.add("\(error)")
                }
            }
        }
        #expect(failures.all.isEmpty)
        let turns = try stores[1].turns(sessionId: id)
        #expect(turns.map(\.seq) == Array(1...(2 * perStore)))
        let expected = Set((0..<2).flatMap { i in (0..<perStore).map { "store \(i) line \($0)" } })
        #expect(Set(turns.map(\.text)) == expected)
        #expect(try stores[0].ratings(exerciseId: nil).count == 2 * perStore)
        // Each store's own lines stay in the order it committed them.
        let mine = turns.map(\.text).filter { $0.hasPrefix("store 0 ") }
        #expect(mine == (0..<perStore).map { "store 0 line \($0)" })
    }

    @Test func aCommittedTurnSurvivesACrash() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/alongside.sqlite"
        let store = try TranscriptStore.open(path: path).store
        let id = try store.startSession(Fixtures.grounding())
        try store.commit(TurnCommit(
            sessionId: id, turns: [NewTurn(speaker: .person, kind: .answer, text: "the last thing I typed",
                                           at: Fixtures.time(1))],
            at: Fixtures.time(1)))
        // Copy the files while the connection is still open: what a `kill -9` leaves on disk.
        let copy = folder + "/crashed.sqlite"
        for suffix in ["", "-wal"] {
            try FileManager.default.copyItem(atPath: path + suffix, toPath: copy + suffix)
        }
        let recovered = try TranscriptStore.open(path: copy).store
        #expect(try recovered.answers(sessionId: id) == ["the last thing I typed"])
        #expect(try recovered.integrityCheck())
    }
}

/// Collects errors from concurrent work.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []
    func add(_ message: String) { lock.withLock { messages.append(message) } }
    var all: [String] { lock.withLock { messages } }
}
