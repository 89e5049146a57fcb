import Foundation
import Testing
@testable import TranscriptStore

@Suite("Sessions and turns")
struct RoundTripTests {
    @Test func sessionWithEverythingRoundTrips() throws {
        let store = try TranscriptStore.inMemory()
        let id = try store.startSession(Fixtures.grounding())
        try store.commit(TurnCommit(
            sessionId: id,
            turns: [
                NewTurn(speaker: .app, kind: .prompt, text: "How tense do you feel, 0 to 10?", nodeId: "rate_before",
                        at: Fixtures.time(1)),
                NewTurn(speaker: .person, kind: .answer, text: "7", nodeId: "rate_before", at: Fixtures.time(5)),
            ],
            ratings: [NewRating(name: "before", value: 7, at: Fixtures.time(5))],
            at: Fixtures.time(5)))
        try store.commit(TurnCommit(
            sessionId: id,
            turns: [NewTurn(speaker: .person, kind: .answer, text: "I want to die", nodeId: "see", at: Fixtures.time(9))],
            safetyEvents: [NewSafetyEvent(level: "urgent", categories: ["suicide"], rules: ["suicide.wish", "x.y"],
                                          turnIndex: 0, at: Fixtures.time(9))],
            facts: [NewFact(key: "support_person", value: "\"Sam\"", at: Fixtures.time(9))],
            plans: [NewPlanVersion(planKind: "safety-plan", content: "{\"steps\":[]}", summaryOfChanges: "first",
                                   at: Fixtures.time(9))],
            status: .completed, at: Fixtures.time(10)))

        let session = try #require(try store.session(id))
        #expect(session.exerciseId == "grounding-54321")
        #expect(session.title == "5-4-3-2-1 grounding")
        #expect(session.region == "GB")
        #expect(session.status == .completed)
        #expect(session.startedAt == Fixtures.time(0))
        #expect(session.endedAt == Fixtures.time(10))

        let turns = try store.turns(sessionId: id)
        #expect(turns.map(\.seq) == [1, 2, 3])
        #expect(turns.map(\.text) == ["How tense do you feel, 0 to 10?", "7", "I want to die"])
        #expect(turns.map(\.speaker) == [.app, .person, .person])
        #expect(turns[0].kind == .prompt)
        #expect(turns[1].nodeId == "rate_before")
        #expect(turns[2].at == Fixtures.time(9))

        let events = try store.safetyEvents(sessionId: id)
        #expect(events.count == 1)
        #expect(events[0].level == "urgent")
        #expect(events[0].turnSeq == 3)
        #expect(events[0].categoryList == ["suicide"])
        #expect(events[0].ruleList == ["suicide.wish", "x.y"])

        let ratings = try store.ratings(exerciseId: "grounding-54321")
        #expect(ratings.map(\.value) == [7])
        #expect(ratings.map(\.name) == ["before"])
        #expect(try store.ratings(exerciseId: "box-breathing").isEmpty)

        let facts = try store.facts(key: "support_person")
        #expect(facts.map(\.value) == ["\"Sam\""])
        #expect(facts.first?.exerciseId == "grounding-54321")

        let plan = try #require(try store.latestPlan(kind: "safety-plan"))
        #expect(plan.version == 1)
        #expect(plan.content == "{\"steps\":[]}")
        #expect(plan.summaryOfChanges == "first")
        #expect(plan.sessionId == id)
        #expect(try store.answers(sessionId: id) == ["7", "I want to die"])
        #expect(try store.integrityCheck())
    }

    @Test func seqKeepsIncreasingAcrossCommitsAndSessionsAreIndependent() throws {
        let store = try TranscriptStore.inMemory()
        let first = try store.startSession(Fixtures.grounding())
        let second = try store.startSession(Fixtures.grounding(at: 60))
        for step in 0..<3 {
            try store.commit(TurnCommit(
                sessionId: first,
                turns: [NewTurn(speaker: .app, kind: .say, text: "line \(step)a", at: Fixtures.time(Double(step))),
                        NewTurn(speaker: .person, kind: .answer, text: "line \(step)b", at: Fixtures.time(Double(step)))],
                at: Fixtures.time(Double(step))))
        }
        try store.commit(TurnCommit(
            sessionId: second, turns: [NewTurn(speaker: .app, kind: .say, text: "hello", at: Fixtures.time(61))],
            at: Fixtures.time(61)))
        #expect(try store.turns(sessionId: first).map(\.seq) == [1, 2, 3, 4, 5, 6])
        #expect(try store.turns(sessionId: first).map(\.text).last == "line 2b")
        #expect(try store.turns(sessionId: second).map(\.seq) == [1])
    }

    @Test func unfinishedSessionIsTheNewestActiveOrPausedOne() throws {
        let store = try TranscriptStore.inMemory()
        let old = try store.startSession(Fixtures.grounding(at: 0))
        let paused = try store.startSession(Fixtures.grounding(at: 100))
        let done = try store.startSession(Fixtures.grounding(at: 200))
        try store.finishSession(paused, status: .paused, at: Fixtures.time(150))
        try store.finishSession(done, status: .completed, at: Fixtures.time(250))

        #expect(try store.unfinishedSession(exerciseId: "grounding-54321")?.id == paused)
        #expect(try store.session(paused)?.endedAt == nil)
        try store.finishSession(paused, status: .abandoned, at: Fixtures.time(300))
        #expect(try store.unfinishedSession(exerciseId: "grounding-54321")?.id == old)
        #expect(try store.unfinishedSession(exerciseId: "box-breathing") == nil)
        #expect(try store.lastSession()?.id == done)
        #expect(try store.sessions().map(\.id) == [done, paused, old])
        #expect(try store.sessions(since: Fixtures.time(100), limit: 1).map(\.id) == [done])
    }

    @Test func planVersionsCountUpPerKind() throws {
        let store = try TranscriptStore.inMemory()
        let id = try store.startSession(Fixtures.grounding())
        for n in 1...3 {
            try store.commit(TurnCommit(
                sessionId: id,
                plans: [NewPlanVersion(planKind: "safety-plan", content: "{\"n\":\(n)}", at: Fixtures.time(Double(n)))],
                at: Fixtures.time(Double(n))))
        }
        #expect(try store.planVersions(kind: "safety-plan").map(\.version) == [1, 2, 3])
        #expect(try store.latestPlan(kind: "safety-plan")?.content == "{\"n\":3}")
        #expect(try store.latestPlan(kind: "recovery-roadmap") == nil)
    }

    @Test func badStepsAreRefusedAndNothingIsWritten() throws {
        let store = try TranscriptStore.inMemory()
        let id = try store.startSession(Fixtures.grounding())
        let turn = NewTurn(speaker: .person, kind: .answer, text: "11", at: Fixtures.time(1))
        #expect(throws: StoreError.invalid("The rating \"before\" must be between 0 and 10, not 11.")) {
            try store.commit(TurnCommit(sessionId: id, turns: [turn],
                                        ratings: [NewRating(name: "before", value: 11, at: Fixtures.time(1))],
                                        at: Fixtures.time(1)))
        }
        #expect(throws: StoreError.notFound("session 999")) {
            try store.commit(TurnCommit(sessionId: 999, turns: [turn], at: Fixtures.time(1)))
        }
        #expect(throws: StoreError.notFound("session 999")) {
            try store.finishSession(999, status: .completed, at: Fixtures.time(1))
        }
        #expect(try store.turns(sessionId: id).isEmpty)
        #expect(StoreError.notFound("session 999").description == "There is no session 999 in the transcript store.")
    }

    @Test func exportWritesOneJSONObjectPerTurn() throws {
        let store = try TranscriptStore.inMemory()
        let id = try store.startSession(Fixtures.grounding())
        try store.commit(TurnCommit(
            sessionId: id,
            turns: [NewTurn(speaker: .app, kind: .say, text: "Breathe \"slowly\"\nnow", at: Fixtures.time(0)),
                    NewTurn(speaker: .person, kind: .answer, text: "7", nodeId: "rate_before", at: Fixtures.time(3600))],
            at: Fixtures.time(3600)))
        let other = try store.startSession(Fixtures.grounding(at: 10))
        try store.commit(TurnCommit(
            sessionId: other, turns: [NewTurn(speaker: .app, kind: .say, text: "other", at: Fixtures.time(11))],
            at: Fixtures.time(11)))

        let jsonl = try store.exportJSONL(sessionIds: [id])
        #expect(jsonl == """
            {"session":\(id),"exercise":"grounding-54321","seq":1,"speaker":"app","kind":"say","node":null,"text":"Breathe \\"slowly\\"\\nnow","at":"2026-11-23T12:00:00Z"}
            {"session":\(id),"exercise":"grounding-54321","seq":2,"speaker":"person","kind":"answer","node":"rate_before","text":"7","at":"2026-11-23T13:00:00Z"}

            """)
        for line in jsonl.split(separator: "\n") {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["exercise"] as? String == "grounding-54321")
        }
        #expect(try store.exportJSONL(sessionIds: nil).split(separator: "\n").count == 3)
        #expect(throws: StoreError.notFound("session 4242")) { try store.exportJSONL(sessionIds: [4242]) }
    }

    @Test func defaultPathFollowsEnvironmentThenXDGThenHome() {
        #expect(TranscriptStore.defaultPath(environment: ["ALONGSIDE_DB": "/x/a.sqlite", "XDG_DATA_HOME": "/d"],
                                            home: "/home/p") == "/x/a.sqlite")
        #expect(TranscriptStore.defaultPath(environment: ["XDG_DATA_HOME": "/d"], home: "/home/p")
                == "/d/alongside/alongside.sqlite")
        #expect(TranscriptStore.defaultPath(environment: ["XDG_DATA_HOME": "relative"], home: "/home/p")
                == "/home/p/.local/share/alongside/alongside.sqlite")
        #expect(TranscriptStore.defaultPath(environment: [:], home: "/home/p")
                == "/home/p/.local/share/alongside/alongside.sqlite")
    }
}
