import DialogueCompiler
import DialogueRuntime
import Foundation
import Session
import Testing

/// `run --watch`: which answers still fit a new version of a script.
@Suite struct ReplayFitTests {
    static func engine(_ nodes: String) throws -> DialogueEngine {
        let yaml = "id: w\ntitle: W\nkind: other\ndescription: d\nminutes: 1\nstart: a\nnodes:\n" + nodes
        let script = try #require(ScriptCompiler.compile(yaml: yaml, file: "w.yaml").script)
        return DialogueEngine(script: script, environment: EngineEnvironment())
    }

    static let asks = """
      a: { ask: "Name?", save: name, next: b }
      b: { ask: "Tension?", expect: { integer: [0, 10] }, save: t, next: c }
      c: { ask: "More?", next: d }
      d: { end: true }
    """

    @Test func answersThatStillFitAreAllReplayed() throws {
        let fit = ReplayFit(["Sam", "4", "no"], engine: try Self.engine(Self.asks))
        #expect(fit == ReplayFit(fitting: ["Sam", "4", "no"], problem: nil))
    }

    @Test func anAnswerTheNewQuestionRejectsStopsTheReplayThere() throws {
        let changed = Self.asks.replacingOccurrences(of: "expect: { integer: [0, 10] }", with: "expect: yes_no")
        let fit = ReplayFit(["Sam", "4", "no"], engine: try Self.engine(changed))
        #expect(fit.fitting == ["Sam"])
        #expect(fit.problem == "answer 2 (\"4\") no longer fits the question at 'b'")
    }

    @Test func aShorterVersionSaysWhereItEnds() throws {
        let shorter = Self.asks.replacingOccurrences(of: "next: c }", with: "next: d }")
        let fit = ReplayFit(["Sam", "4", "no"], engine: try Self.engine(shorter))
        #expect(fit.fitting == ["Sam", "4"])
        #expect(fit.problem == "the new version ends before answer 3 (\"no\")")
    }
}
