import DialogueModel
import Foundation
import ProgressReview
import Session
import Testing
import TranscriptStore

/// `alongside progress` part by part, from rows in an in-memory store: calming ratings, goals and reviews,
/// thought records, journal mood, the recovery roadmap.
@Suite struct ProgressPartsTests {
    static func day(_ n: Int) -> Date { Date(timeIntervalSince1970: 1_795_996_800 + Double(n) * 86_400 + 43_200) }  // noon, from Mon 30 Nov 2026

    /// One finished session of `exercise` on day `n`, with its ratings, facts and plan versions.
    @discardableResult
    static func session(_ store: TranscriptStore, _ exercise: String, kind: String, day n: Int, ratings: [(String, Int)] = [],
                        facts: [(String, String)] = [], plans: [NewPlanVersion] = []) throws -> Int64 {
        let id = try store.startSession(NewSession(exerciseId: exercise, scriptHash: "x", title: exercise, kind: kind, startedAt: day(n)))
        try store.commit(TurnCommit(sessionId: id, ratings: ratings.map { NewRating(name: $0.0, value: $0.1, at: day(n)) },
                                    facts: facts.map { NewFact(key: $0.0, value: $0.1, at: day(n)) }, plans: plans,
                                    status: .completed, at: day(n)))
        return id
    }

    @Test func calmingRatingsAndGoalsWithTheirReviews() throws {
        let store = try TranscriptStore.inMemory()
        try Self.session(store, "grounding-54321", kind: "grounding", day: 0, ratings: [("before", 8), ("after", 5)])
        try Self.session(store, "box-breathing", kind: "breathing", day: 1, ratings: [("before", 6)])
        try Self.session(store, "smart-goal", kind: "goal", day: 2, facts: [("goal", "\"Walk after lunch\"")])
        try Self.session(store, "weekly-review", kind: "reflection", day: 9, facts: [("goal_review", "\"Most days\"")])
        let report = ProgressReport(sessions: try store.sessions(), ratings: try store.ratings(exerciseId: nil),
                                    facts: ["goal": try store.facts(key: "goal"), "goal_review": try store.facts(key: "goal_review")],
                                    skills: [:])
        #expect(report.grounding.sessions.map(\.change) == [-3, nil])
        #expect(report.grounding.rated == 1 && report.grounding.averageChange == -3)
        #expect(report.goals.map(\.goal) == ["Walk after lunch"])
        #expect(report.goals.first?.reviews.map(\.outcome) == ["Most days"])
        let text = report.renderText()
        #expect(text.contains("  On average, over 1 rated session: 8.0 before, 5.0 after (change -3.0)."))
        #expect(text.contains { $0.hasSuffix("box-breathing: 6 → –  (not rated after)") })
        #expect(text.contains { $0.hasSuffix(" review: Most days") })
    }

    @Test func thoughtRecordsShowHowMuchTheFeelingEased() throws {
        let store = try TranscriptStore.inMemory()
        try Self.session(store, "thought-record", kind: "reflection", day: 0,
                         facts: [("emotions", "\"anxious\""), ("intensity_before", "85"), ("intensity_after", "40")])
        try Self.session(store, "thought-record", kind: "reflection", day: 1,
                         facts: [("emotions", "\"low\""), ("intensity_before", "60"), ("intensity_after", "40")])
        let progress = ThoughtRecordProgress(facts: try ThoughtRecordProgress.keys.flatMap { try store.facts(key: $0) })
        #expect(progress.records.map(\.emotions) == ["anxious", "low"])
        #expect(progress.records.map(\.change) == [-45, -20])
        #expect(progress.renderText().contains(
            "  On average, over 2 records: 72.5 at first, 40.0 after the balanced thought (change -32.5); 2 of 2 eased."))
        #expect(ThoughtRecordProgress(facts: []).renderText() == [
            "  No thought records yet. `alongside run thought-record` when something upsets you."])
    }

    @Test func journalMoodIsReadFromJournalSessionsOnly() throws {
        let store = try TranscriptStore.inMemory()
        for (n, mood) in [4, 6, 8].enumerated() { try Self.session(store, "journal", kind: "reflection", day: n, ratings: [("mood", mood)]) }
        try Self.session(store, "weekly-review", kind: "reflection", day: 4, ratings: [("mood", 1)])
        let journal = JournalProgress(sessions: try store.sessions(), ratings: try store.ratings(exerciseId: nil))
        #expect(journal.entries.map(\.mood) == [4, 6, 8])
        #expect(journal.average == 6 && journal.lastSeven == 6 && journal.sevenBefore == nil)
        let text = journal.renderText()
        #expect(text.last(where: { $0.contains("████████") })?.hasSuffix(" 8  ████████") == true)
        #expect(text.contains("  Average mood over 3 entries: 6.0 out of 10."))
    }

    @Test func theRoadmapCountsTheSectionsWithEntries() throws {
        let store = try TranscriptStore.inMemory()
        let content = DocumentVersioning.encode(["where_now": ["tired but trying"], "next_steps": ["see my GP"], "supports": []])
        try Self.session(store, "recovery-roadmap", kind: "plan", day: 0,
                         plans: [NewPlanVersion(planKind: RoadmapProgress.kind, content: content, at: Self.day(0))])
        let document = DocumentSpec(kind: RoadmapProgress.kind, title: "Roadmap", sections: [
            DocumentSection(key: "where_now", title: "Where I am now"), DocumentSection(key: "supports", title: "Who supports me"),
            DocumentSection(key: "next_steps", title: "Next steps"),
        ])
        let roadmap = RoadmapProgress(latest: try #require(try store.latestPlan(kind: RoadmapProgress.kind)), document: document)
        #expect(roadmap.version == 1 && roadmap.sectionsFilled == 2 && roadmap.sections == 3)
        #expect(roadmap.filled == ["Where I am now", "Next steps"])
        #expect(RoadmapProgress.renderText(roadmap).first?.hasSuffix(": 2 of 3 parts filled in.") == true)
        #expect(RoadmapProgress.renderText(nil) == [
            "  No roadmap yet. `alongside run recovery-roadmap` helps you write one, a part at a time."])
    }
}
