import DialogueModel
import Foundation
import Testing
@testable import DialogueRuntime

@Suite("Engine flows")
struct EngineFlowTests {
    /// Four breathing cycles counted with `set`, then a closing rating.
    static let breathing = Build.script(
        variables: ["cycle": .int(0)],
        Build.node("intro", say: ["We'll breathe together for four rounds."], .next("inhale")),
        Build.node("inhale", set: [("cycle", Build.op(Build.variable("cycle"), .plus, Build.int(1)))],
                   Build.pause(4, "Round {cycle}: breathe in", next: "exhale")),
        Build.node("exhale", Build.pause(4, "and out", next: "again")),
        Build.node("again", Build.branch([(Build.op(Build.variable("cycle"), .less, Build.int(4)), "inhale")],
                                         otherwise: "after")),
        Build.node("after", Build.ask("After {cycle} rounds, how tense do you feel now (0-10)?",
                                      .integer(min: 0, max: 10), save: "after", rating: "after", next: "close")),
        Build.node("close", say: ["Well done. You went from {before} to {after}."], .end))

    @Test("a counter loop runs exactly four rounds and interpolates the count")
    func breathingLoop() {
        let engine = DialogueEngine(script: Self.breathing, environment: EngineEnvironment())
        let (state, events) = engine.start()
        let labels = events.compactMap { event -> String? in
            if case .pause(_, let label, _) = event { return label } else { return nil }
        }
        #expect(labels == ["Round 1: breathe in", "and out", "Round 2: breathe in", "and out",
                           "Round 3: breathe in", "and out", "Round 4: breathe in", "and out"])
        #expect(state.variables["cycle"] == .int(4))
        #expect(state.awaiting?.text == "After 4 rounds, how tense do you feel now (0-10)?")
        let (_, closing) = engine.receive("three", in: state)
        #expect(Build.said(closing) == ["Well done. You went from  to 3."])
    }

    static let greetings = Build.script(
        Build.node("hi", say: ["Hello.", "Hi there.", "Welcome.", "Good to see you.", "Hey."], oneOf: true,
                   .next("again")),
        Build.node("again", say: ["One.", "Two.", "Three.", "Four.", "Five."], oneOf: true,
                   Build.ask("Ready?", .yesNo, next: "more")),
        Build.node("more", say: ["Red.", "Green.", "Blue.", "Gold."], oneOf: true, .end))

    @Test("random variants: same seed, same lines; the generator state advances in the engine state")
    func randomVariants() {
        func lines(seed: UInt64) -> [String] {
            Build.said(DialogueEngine(script: Self.greetings, environment: EngineEnvironment(seed: seed))
                .replay(["yes"]).events)
        }
        #expect(lines(seed: 1) == lines(seed: 1))
        #expect(lines(seed: 1).count == 3)
        let seeds: [UInt64] = [1, 2, 3, 4, 5, 6, 7, 8]
        #expect(Set(seeds.map { lines(seed: $0) }).count > 1)
        let (state, _) = DialogueEngine(script: Self.greetings, environment: EngineEnvironment(seed: 1)).start()
        #expect(state.rng != 1)
    }

    @Test("SplitMix64 gives the reference sequence")
    func splitMix() {
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test("replaying stored inputs reaches the identical state, also after reprompts")
    func replay() throws {
        let engine = DialogueEngine(script: Self.breathing, environment: EngineEnvironment(seed: 9))
        var (state, events) = engine.start()
        for input in ["not sure", "12", "2"] {
            let step = engine.receive(input, in: state)
            state = step.state
            events += step.events
        }
        let replayed = engine.replay(["not sure", "12", "2"])
        #expect(replayed.state == state)
        #expect(replayed.events == events)
        #expect(state.finished)
        #expect(state.variables["after"] == .int(2))

        let data = try JSONEncoder().encode(state)
        #expect(try JSONDecoder().decode(EngineState.self, from: data) == state)
    }

    @Test("a state restored mid-conversation continues like the original")
    func resumeFromCodable() throws {
        let engine = DialogueEngine(script: Self.greetings, environment: EngineEnvironment(seed: 42))
        let (state, _) = engine.start()
        let restored = try JSONDecoder().decode(EngineState.self, from: JSONEncoder().encode(state))
        let resumed = engine.receive("yes", in: restored)
        let original = engine.receive("yes", in: state)
        #expect(resumed.state == original.state)
        #expect(resumed.events == original.events)
    }
}
