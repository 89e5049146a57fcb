import BundledDialogues
import DialogueCompiler
import DialogueModel
import DialogueRuntime
import Safety
import Session
import Testing

/// The script checks of `alongside test --crisis-fuzz` and `--random`, on bundled scripts, in process.
@Suite struct WalkAndFuzzTests {
    static func script(_ id: String) throws -> DialogueScript {
        let source = try #require(BundledDialogues.all.first { $0.name == id }?.source)
        return try #require(ScriptCompiler.compile(yaml: source, file: id + ".yaml").script)
    }

    @Test func everyFreeTextPromptOfGroundingShowsTheHelpLine() throws {
        let help = HelpLineDirectory.help(for: "GB")
        let outcome = CrisisFuzz.run(script: try Self.script("grounding-54321"), router: try SafetyRouter(), help: help,
                                     environment: EngineEnvironment(seed: 1))
        #expect(outcome.prompts.count == 5)
        #expect(outcome.failures.isEmpty, "\(outcome.failures)")
    }

    @Test func randomWalksOfBoxBreathingAllEnd() throws {
        let failures = RandomWalker(script: try Self.script("box-breathing"), environment: EngineEnvironment(seed: 1)).run(walks: 20, seed: 7)
        #expect(failures.isEmpty, "\(failures)")
    }

    @Test func aRecordedPlanPinsTheSeedAndTheAnswers() throws {
        let script = try Self.script("grounding-54321")
        var saved: (text: String, answers: Int)?
        let recorder = TestplanRecorder(scriptName: "grounding-54321.yaml") { saved = ($0, $1) }
        let engine = DialogueEngine(script: script, environment: EngineEnvironment(seed: 3))
        let start = engine.startWithPath()
        recorder.started(engine: engine, state: start.state, events: start.events, recalled: [:], entered: start.entered)
        let next = engine.receiveWithPath("4", in: start.state)
        recorder.answered("4", engine: engine, before: start.state, after: next.state, events: next.events, entered: next.entered)
        recorder.finished()
        recorder.finished()
        let plan = try #require(saved)
        #expect(plan.answers == 1)
        #expect(plan.text.contains("seed: 3\n"))
        #expect(plan.text.contains("\n> 4\n"))
    }
}
