import DialogueModel
import DialogueRuntime
import Foundation
import Safety
import TranscriptStore

/// Turns what happened at one typed line into one store transaction; does nothing when nothing is stored.
public final class SessionRecorder {
    private let store: TranscriptStore?
    private let clock: () -> Date
    /// The session row being written (nil when nothing is stored).
    public private(set) var sessionId: Int64?
    private var finished = false
    /// For scripts with a `document`: the version to store with the final turn, given the store (nil: unchanged).
    public var documentVersion: ((TranscriptStore, Date) throws -> NewPlanVersion?)?

    /// A recorder writing to `store` (nil: a `--no-store` run).
    public init(store: TranscriptStore?, clock: @escaping () -> Date = Date.init) {
        self.store = store
        self.clock = clock
    }

    /// Whether anything is written.
    public var isStoring: Bool { store != nil }

    /// Opens a new session row (or adopts an unfinished one being resumed).
    public func begin(script: DialogueScript, region: String?, resuming: Int64?) throws {
        guard let store else { return }
        if let resuming {
            sessionId = resuming
            try store.finishSession(resuming, status: .active, at: clock())
            return
        }
        sessionId = try store.startSession(NewSession(
            exerciseId: script.id, scriptHash: ScriptHash.of(script), scriptVersion: String(script.version),
            title: script.title, kind: script.kind.rawValue, region: region ?? "international", startedAt: clock()))
    }

    /// Commits one typed line given to the exercise (if any) with everything the engine produced in reply.
    /// `notes` are system lines (distress check-ins) shown right after the event at that index.
    public func turn(answer: TypedLine?, events: [EngineEvent], notes: [Int: [String]] = [:]) throws {
        guard let store, let sessionId else { return }
        let now = clock()
        var commit = TurnCommit(sessionId: sessionId, at: now)
        if let answer { commit.turns.append(Self.turn(answer, at: now)) }
        for (index, event) in events.enumerated() {
            switch event {
            case .say(let text, let node):
                commit.turns.append(NewTurn(speaker: .app, kind: .say, text: text, nodeId: node, at: now))
            case .prompt(let spec):
                commit.turns.append(NewTurn(speaker: .app, kind: .prompt, text: Self.promptText(spec), nodeId: spec.node, at: now))
            case .reprompt(let text, let spec):
                commit.turns.append(NewTurn(speaker: .app, kind: .reprompt, text: text, nodeId: spec.node, at: now))
            case .pause(let seconds, let label, let node):
                commit.turns.append(NewTurn(speaker: .app, kind: .pause, text: "\(label ?? "Pause") (\(seconds) s)", nodeId: node, at: now))
            case .rating(let name, let value, let node):
                commit.ratings.append(NewRating(name: name, value: value, at: now))
                for line in notes[index] ?? [] {
                    commit.turns.append(NewTurn(speaker: .system, kind: .safety, text: line, nodeId: node, at: now))
                }
            case .remember(let key, let value):
                commit.facts.append(NewFact(key: key, value: Self.json(value), at: now))
            case .skill(let name, let confidence, _, let node):
                commit.turns.append(NewTurn(speaker: .system, kind: .skill, text: "\(name) \(String(format: "%.2f", confidence))", nodeId: node, at: now))
            case .ended:
                if let plan = try documentVersion?(store, now) { commit.plans.append(plan) }
                commit.status = .completed
                finished = true
            case .saved, .failed:
                break
            }
        }
        try store.commit(commit)
    }

    /// Commits one typed line not given to the exercise (flagged, a command, a menu choice, a check-in
    /// answer) with its safety event, if the router flagged it, and the lines shown in reply.
    public func typed(_ line: TypedLine, assessment: SafetyAssessment? = nil, shown: [String] = []) throws {
        guard let store, let sessionId else { return }
        let now = clock()
        var commit = TurnCommit(sessionId: sessionId, at: now)
        commit.turns.append(Self.turn(line, at: now))
        if let assessment, assessment.level != .none {
            commit.safetyEvents.append(NewSafetyEvent(level: assessment.level.rawValue, categories: assessment.categories.map(\.rawValue),
                                                      rules: assessment.rules, turnIndex: 0, at: now))
        }
        for text in shown { commit.turns.append(NewTurn(speaker: .system, kind: .safety, text: text, nodeId: line.node, at: now)) }
        try store.commit(commit)
    }

    /// The newest stored version of a plan kind (nil when nothing is stored or nothing was saved).
    public func latestPlan(kind: String) throws -> PlanVersionRecord? {
        try store?.latestPlan(kind: kind)
    }

    /// Marks the session paused, abandoned or completed.
    public func finish(_ status: SessionStatus) throws {
        guard let store, let sessionId, !finished || status == .completed else { return }
        finished = true
        try store.finishSession(sessionId, status: status, at: clock())
    }

    private static func turn(_ line: TypedLine, at date: Date) -> NewTurn {
        NewTurn(speaker: .person, kind: line.kind.turnKind, text: line.text, nodeId: line.node, at: date)
    }

    private static func promptText(_ spec: PromptSpec) -> String {
        if case .choice(let labels) = spec.kind {
            let options = labels.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "  ")
            return spec.text.isEmpty ? options : spec.text + "  " + options
        }
        return spec.text
    }

    /// A value as JSON text (`null` when it cannot be encoded).
    public static func json(_ value: Value) -> String {
        let data = (try? JSONEncoder().encode(value)) ?? Data("null".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
