import Foundation
import Testing
@testable import TranscriptStore

@Suite("Archive export, import and retention")
struct ArchiveTests {
    /// A store with one full grounding session (turns, a safety event, two ratings, a fact, a plan).
    private func filledStore() throws -> (TranscriptStore, Int64) {
        let store = try TranscriptStore.inMemory()
        let id = try store.startSession(Fixtures.grounding())
        try store.commit(TurnCommit(
            sessionId: id,
            turns: [NewTurn(speaker: .app, kind: .prompt, text: "How strong is the distress, 0 to 10?", nodeId: "rate_before", at: Fixtures.time(1)),
                    NewTurn(speaker: .person, kind: .answer, text: "7", nodeId: "rate_before", at: Fixtures.time(2)),
                    NewTurn(speaker: .person, kind: .answer, text: "I feel hopeless \u{1B}[31mtonight\n", at: Fixtures.time(3))],
            safetyEvents: [NewSafetyEvent(level: "concern", categories: ["hopelessness"], rules: ["hope.none"], turnIndex: 2, at: Fixtures.time(3))],
            ratings: [NewRating(name: "before", value: 7, at: Fixtures.time(2)), NewRating(name: "after", value: 4, at: Fixtures.time(9))],
            facts: [NewFact(key: "goal", value: "{\"text\":\"walk daily\"}", at: Fixtures.time(5))],
            plans: [NewPlanVersion(planKind: "safety-plan", content: "{\"steps\":[]}", summaryOfChanges: "first", at: Fixtures.time(6))],
            status: .completed, at: Fixtures.time(10)))
        return (store, id)
    }

    @Test func archiveHasOneRecordPerRowWithSessionFirst() throws {
        let (store, id) = try filledStore()
        let lines = try store.exportArchive(sessionIds: nil).split(separator: "\n").map(String.init)
        #expect(lines.count == 1 + 3 + 1 + 2 + 1 + 1)
        #expect(lines[0] == """
            {"record":"session","session":\(id),"exercise":"grounding-54321","scriptHash":"sha256:abc","scriptVersion":"1","title":"5-4-3-2-1 grounding","kind":"individual","startedAt":"2026-11-23T12:00:00Z","endedAt":"2026-11-23T12:00:10Z","status":"completed","region":"GB","format":1}
            """)
        // Turn lines are exactly what exportJSONL writes.
        #expect(lines[1...3].joined(separator: "\n") + "\n" == (try store.exportJSONL(sessionIds: [id])))
        #expect(lines[4] == """
            {"record":"safety","session":\(id),"turnSeq":3,"level":"concern","categories":"hopelessness","rules":"hope.none","at":"2026-11-23T12:00:03Z"}
            """)
        #expect(lines.last == """
            {"record":"plan","session":\(id),"planKind":"safety-plan","version":1,"content":"{\\"steps\\":[]}","summary":"first","at":"2026-11-23T12:00:06Z"}
            """)
    }

    @Test func importRoundTripsEverythingAndTwiceAddsNothing() throws {
        let (store, _) = try filledStore()
        let archive = try store.exportArchive(sessionIds: nil)
        try store.deleteAll()
        #expect(try store.sessions().isEmpty)

        let first = try store.importArchive(archive)
        #expect(first == ImportSummary(sessionsAdded: 1, sessionsSkipped: 0, turns: 3, ratings: 2, safetyEvents: 1, facts: 1, plans: 1))
        let session = try #require(try store.sessions().first)
        #expect(session.status == .completed)
        #expect(session.region == "GB")
        #expect(try store.turns(sessionId: session.id).map(\.text) == ["How strong is the distress, 0 to 10?", "7", "I feel hopeless \u{1B}[31mtonight\n"])
        #expect(try store.ratings(exerciseId: "grounding-54321").map(\.value) == [7, 4])
        #expect(try store.safetyEvents(sessionId: session.id).first?.turnSeq == 3)
        #expect(try store.facts(key: "goal").first?.value == "{\"text\":\"walk daily\"}")
        #expect(try store.latestPlan(kind: "safety-plan")?.sessionId == session.id)
        #expect(try store.search("hopeless").first?.sessionId == session.id)
        // Re-exporting gives the same file apart from the new session id.
        #expect(try store.exportArchive(sessionIds: nil).count == archive.count)

        let second = try store.importArchive(archive)
        #expect(second.sessionsAdded == 0 && second.sessionsSkipped == 1 && second.plans == 0)
        #expect(try store.sessions().count == 1)
    }

    @Test func importIntoTheOriginalStoreSkipsSessionsDespiteMilliseconds() throws {
        let store = try TranscriptStore.inMemory()
        var new = Fixtures.grounding()
        new.startedAt = Fixtures.time(0.456)
        let id = try store.startSession(new)
        try store.commit(TurnCommit(sessionId: id, turns: [NewTurn(speaker: .person, kind: .answer, text: "hi", at: Fixtures.time(1))], at: Fixtures.time(1)))
        let summary = try store.importArchive(try store.exportArchive(sessionIds: nil))
        #expect(summary.sessionsSkipped == 1)
        #expect(try store.sessions().count == 1)
    }

    @Test func turnsOnlyFilesStillImport() throws {
        let (store, id) = try filledStore()
        let turnsOnly = try store.exportJSONL(sessionIds: [id])
        let other = try TranscriptStore.inMemory()
        let summary = try other.importArchive(turnsOnly)
        #expect(summary.sessionsAdded == 1 && summary.turns == 3)
        #expect(try other.sessions().first?.exerciseId == "grounding-54321")
    }

    @Test func badLinesImportNothingAndSayWhere() throws {
        let store = try TranscriptStore.inMemory()
        let text = """
            {"record":"session","session":1,"exercise":"x","scriptHash":"h","title":"X","kind":"individual","startedAt":"2026-11-23T12:00:00Z","endedAt":null,"status":"completed","region":null,"format":1}
            not json

            """
        #expect(throws: StoreError.self) { try store.importArchive(text) }
        do {
            _ = try store.importArchive(text)
        } catch let error as StoreError {
            #expect(error.description.hasPrefix("Line 2 of the file is not a JSON object"))
        }
        #expect(try store.sessions().isEmpty)
    }

    @Test func pruneRemovesOnlyOlderSessionsAndTheirText() throws {
        let store = try TranscriptStore.inMemory()
        let old = try store.startSession(Fixtures.grounding(at: 0))
        try store.commit(TurnCommit(sessionId: old, turns: [NewTurn(speaker: .person, kind: .answer, text: "an old worry about rent", at: Fixtures.time(1))], at: Fixtures.time(1)))
        let recent = try store.startSession(Fixtures.grounding(at: 86_400 * 40))
        #expect(try store.pruneSessions(startedBefore: Fixtures.time(86_400 * 30)) == 1)
        #expect(try store.sessions().map(\.id) == [recent])
        #expect(try store.search("rent").isEmpty)
        #expect(try store.pruneSessions(startedBefore: Fixtures.time(86_400 * 30)) == 0)
    }

    @Test func searchMarkersCanBeChosen() throws {
        let (store, _) = try filledStore()
        #expect(try store.search("hopeless", open: "<b>", close: "</b>").first?.snippet.contains("<b>hopeless</b>") == true)
    }
}
