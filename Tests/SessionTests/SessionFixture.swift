import BundledDialogues
import DialogueCompiler
import DialogueModel
import DialogueRuntime
import Safety
import Session
import Testing
import TranscriptStore

/// A conversation over a bundled script with an in-memory store and the UK help lines.
struct SessionFixture {
    let store: TranscriptStore
    let conversation: Conversation
    let help = HelpLineDirectory.help(for: "GB")

    init(_ id: String, extraRules: String? = nil) throws {
        let source = try #require(BundledDialogues.all.first { $0.name == id }?.source)
        let script = try #require(ScriptCompiler.compile(yaml: source, file: id + ".yaml").script)
        store = try TranscriptStore.inMemory()
        let recorder = SessionRecorder(store: store)
        try recorder.begin(script: script, region: "GB", resuming: nil)
        let extra = try extraRules.map { try SafetyLexicon.parse($0, origin: "test") } ?? []
        conversation = Conversation(script: script, engine: DialogueEngine(script: script, environment: EngineEnvironment(seed: 1)),
                                    router: try SafetyRouter(extraRules: extra), help: help, recorder: recorder)
    }

    /// A fixture whose person answered the first prompt, then typed an urgent line.
    static func atCrisisOptions(_ id: String) throws -> SessionFixture {
        let fixture = try SessionFixture(id)
        try fixture.type("4", CrisisFlowTests.urgent)
        return fixture
    }

    /// Starts the conversation and types `lines` in order; returns the last step.
    @discardableResult
    func type(_ lines: String...) throws -> Conversation.Step {
        var step = Conversation.Step()
        if conversation.engineState.awaiting == nil, conversation.outcome == nil {
            step = try conversation.start(resumeAnswers: nil, recalled: [:])
        }
        for line in lines { step = try conversation.receive(.line(line)) }
        return step
    }

    /// The stored person lines as (kind, text).
    func typed() throws -> [(kind: String, text: String)] {
        let id = try #require(conversation.recorder.sessionId)
        return try store.turns(sessionId: id).filter { $0.speaker == .person }.map { ($0.kind.rawValue, $0.text) }
    }

    /// The stored answers that a resume would replay.
    func answers() throws -> [String] {
        try store.answers(sessionId: try #require(conversation.recorder.sessionId))
    }

    /// The number people are given in the UK.
    var number: String { help.primaryLine?.phone ?? "" }
}
