import Foundation
import Testing
@testable import TranscriptStore

@Suite("Search and delete")
struct SearchAndDeleteTests {
    static let secret = "my neighbour Quintessa keeps the spare key under the blue flowerpot"

    private func storeWithTwoSessions(_ store: TranscriptStore) throws -> (Int64, Int64) {
        let first = try store.startSession(Fixtures.grounding())
        try store.commit(TurnCommit(
            sessionId: first,
            turns: [NewTurn(speaker: .app, kind: .prompt, text: "What can you hear right now?", at: Fixtures.time(1)),
                    NewTurn(speaker: .person, kind: .answer, text: Self.secret, at: Fixtures.time(2))],
            at: Fixtures.time(2)))
        let second = try store.startSession(Fixtures.grounding(at: 100))
        try store.commit(TurnCommit(
            sessionId: second,
            turns: [NewTurn(speaker: .person, kind: .answer, text: "I was panicking on the train", at: Fixtures.time(101))],
            at: Fixtures.time(101)))
        return (first, second)
    }

    @Test func findsASentenceAndAPrefix() throws {
        let store = try TranscriptStore.inMemory()
        let (first, second) = try storeWithTwoSessions(store)

        let phrase = try store.search("\"spare key\"")
        #expect(phrase.count == 1)
        #expect(phrase.first?.sessionId == first)
        #expect(phrase.first?.seq == 2)
        #expect(phrase.first?.speaker == .person)
        #expect(phrase.first?.title == "5-4-3-2-1 grounding")
        #expect(phrase.first?.snippet == "my neighbour Quintessa keeps the [spare key] under the blue flowerpot")

        let prefix = try store.search("panic*")
        #expect(prefix.map(\.sessionId) == [second])
        #expect(prefix.first?.snippet == "I was [panicking] on the train")

        #expect(try store.search("hear").map(\.seq) == [1])
        #expect(try store.search("elephant").isEmpty)
    }

    @Test func wordsAreStemmedAndAccentsIgnored() throws {
        let store = try TranscriptStore.inMemory()
        let id = try store.startSession(Fixtures.grounding())
        try store.commit(TurnCommit(
            sessionId: id,
            turns: [NewTurn(speaker: .person, kind: .answer, text: "Feeling calmer at the café", at: Fixtures.time(1))],
            at: Fixtures.time(1)))
        #expect(try store.search("cafe").first?.snippet == "Feeling calmer at the [café]")
        #expect(try store.search("feel").first?.snippet == "[Feeling] calmer at the café")
        #expect(try store.search("panic").isEmpty)
    }

    @Test func badQueriesAreInvalidWithAClearMessage() throws {
        let store = try TranscriptStore.inMemory()
        _ = try storeWithTwoSessions(store)
        for query in ["\"unclosed", "AND", "text:(", "   "] {
            do {
                _ = try store.search(query)
                Issue.record("expected \(query) to be refused")
            } catch let StoreError.invalid(message) {
                #expect(!message.isEmpty)
                if query != "   " { #expect(message.contains("could not be understood")) }
            }
        }
    }

    @Test func deleteRemovesTheTextFromTheFile() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/alongside.sqlite"
        let store = try TranscriptStore.open(path: path).store
        let (first, second) = try storeWithTwoSessions(store)
        try store.commit(TurnCommit(
            sessionId: first, facts: [NewFact(key: "hiding_place", value: "\"Quintessa\"", at: Fixtures.time(3))],
            at: Fixtures.time(3)))

        #expect(try (fileBytes(path) + fileBytes(path + "-wal")).contains("Quintessa"))
        try store.delete(sessionIds: [first])

        #expect(try store.session(first) == nil)
        #expect(try store.turns(sessionId: first).isEmpty)
        #expect(try store.facts(key: "hiding_place").isEmpty)
        #expect(try store.search("Quintessa").isEmpty)
        #expect(try store.search("panicking").map(\.sessionId) == [second])
        #expect(try store.integrityCheck())
        for file in [path, path + "-wal"] {
            let bytes = try fileBytes(file)
            #expect(!bytes.contains(Self.secret), "sentence still in \(file)")
            #expect(!bytes.contains("Quintessa"), "word still in \(file)")
            #expect(!bytes.contains("flowerpot"), "word still in \(file)")
        }
        #expect(throws: StoreError.notFound("session \(first)")) { try store.delete(sessionIds: [first, second]) }
        #expect(try store.session(second) != nil)
    }

    @Test func deleteAllEmptiesTheStore() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/alongside.sqlite"
        let store = try TranscriptStore.open(path: path).store
        let (first, _) = try storeWithTwoSessions(store)
        try store.commit(TurnCommit(
            sessionId: first, plans: [NewPlanVersion(planKind: "safety-plan", content: "{\"who\":\"Quintessa\"}",
                                                     at: Fixtures.time(5))],
            at: Fixtures.time(5)))
        try store.deleteAll()
        #expect(try store.sessions().isEmpty)
        #expect(try store.latestPlan(kind: "safety-plan") == nil)
        #expect(try store.search("panicking").isEmpty)
        #expect(try store.integrityCheck())
        #expect(!(try fileBytes(path).contains("Quintessa")))
        #expect(!(try fileBytes(path).contains("panicking")))
    }

    /// The raw bytes of a file as Latin-1 text, so any stored UTF-8 sentence shows up verbatim.
    private func fileBytes(_ path: String) throws -> String {
        guard FileManager.default.fileExists(atPath: path) else { return "" }
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return String(decoding: data.map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self)
    }
}
