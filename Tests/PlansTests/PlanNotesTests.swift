import Foundation
import Plans
import Session
import Testing
import TranscriptStore

/// What is shown beside the safety plan and in a hard moment, read from a stored version (in-memory store).
@Suite struct PlanNotesTests {
    static let at = Date(timeIntervalSince1970: 1_796_000_000)

    /// Stores `content` as the newest version of `kind` and reads it back.
    static func stored(_ kind: String, _ content: [String: [String]]) throws -> PlanVersionRecord? {
        let store = try TranscriptStore.inMemory()
        let id = try store.startSession(NewSession(exerciseId: kind, scriptHash: "x", title: kind, kind: "plan", startedAt: at))
        try store.commit(TurnCommit(sessionId: id, plans: [NewPlanVersion(planKind: kind, content: DocumentVersioning.encode(content), at: at)], at: at))
        return try store.latestPlan(kind: kind)
    }

    @Test func theGlanceShowsWhoToReachAndReasonsOnly() throws {
        let plan = try Self.stored("safety-plan", ["warning_signs": ["not sleeping"], "people": ["Sam"], "reasons": ["my cat"]])
        let lines = try #require(SafetyPlanGlance.lines(plan))
        #expect(lines == ["From your safety plan:", "People I can ask for help:", "  - Sam", "My reasons for living:", "  - my cat",
                          "The whole plan: `alongside plan show`."])
    }

    @Test func theGlanceWithoutAPlanIsNothingAndWithEmptyStepsSaysSo() throws {
        #expect(SafetyPlanGlance.lines(nil) == nil)
        let lines = try #require(SafetyPlanGlance.lines(try Self.stored("safety-plan", ["warning_signs": ["not sleeping"]])))
        #expect(lines[1] == "  (these steps are still empty; `alongside run safety-plan` can fill them in)")
    }

    @Test func theBuddyPlanShowsItsFilledSections() throws {
        #expect(BuddyPlanNote.lines(latest: nil).isEmpty)
        let lines = BuddyPlanNote.lines(latest: try Self.stored("buddy-plan", ["buddy": ["Alex"], "reach": ["text", "call"]]))
        #expect(lines == ["", "Your buddy check-in plan:", "   My buddy: Alex", "   How we reach each other: text; call",
                          "(`alongside plan show --kind buddy-plan` shows all of it.)"])
    }

    @Test func notedServicesAreListedUnderStepFive() throws {
        let lines = SupportServicesNote.lines(latest: try Self.stored("support-services", ["services": ["GP surgery"]]))
        #expect(lines == ["", "Services you noted in finding-support (for step 5):", "   - GP surgery",
                          "(`alongside plan show --kind support-services` shows that list on its own.)"])
    }
}
