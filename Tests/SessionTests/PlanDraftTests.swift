import Foundation
import DialogueRuntime
import Session
import Testing
import TranscriptStore

/// A plan still being made is visible: the unfinished session's answers, replayed into the script.
@Suite struct PlanDraftTests {
    @Test func anUnfinishedSafetyPlanShowsWhatIsFilledInSoFar() throws {
        let fixture = try SessionFixture("safety-plan")
        try fixture.type("not sleeping, pulling away", "/pause")
        let draft = try #require(try PlanDraft.unfinished(script: fixture.conversation.script, store: fixture.store,
                                                          environment: EngineEnvironment(seed: 1)))
        #expect(draft.content["warning_signs"] == ["not sleeping", "pulling away"])
        #expect(draft.session.id == fixture.conversation.recorder.sessionId)
    }

    @Test func nothingTypedYetIsNoDraft() throws {
        let fixture = try SessionFixture("safety-plan")
        try fixture.type("/pause")
        #expect(try PlanDraft.unfinished(script: fixture.conversation.script, store: fixture.store,
                                         environment: EngineEnvironment(seed: 1)) == nil)
    }
}
