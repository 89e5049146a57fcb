import DialogueModel
import DialogueRuntime
import Foundation
import Safety
import TranscriptStore

/// Turns what happened in one turn into one store transaction; does nothing for `--no-store` runs.
final class TurnRecorder {
    private let store: TranscriptStore?
    private let clock: () -> Date
    private(set) var sessionId: Int64?
    private var answerAlreadyStored = false
    private var finished = false
    /// For scripts with a `document`: the version to store with the final turn, given the store (nil: unchanged).
    var documentVersion: ((TranscriptStore, Date) throws -> NewPlanVersion?)?

    init(store: TranscriptStore?, clock: @escaping () -> Date = Date.init) {
        self.store = store
        self.clock = clock
    }

    /// Whether anything is written.
    var isStoring: Bool { store != nil }

    /// Opens a new session row (or adopts an unfinished one being resumed).
    func begin(script: DialogueScript, region: String?, resuming: Int64?) throws {
        guard let store else { return }
        if let resuming {
            sessionId = resuming
            try guarded { try store.finishSession(resuming, status: .active, at: clock()) }
            return
        }
        sessionId = try guarded {
            try store.startSession(NewSession(exerciseId: script.id, scriptHash: ScriptHash.of(script), scriptVersion: String(script.version),
                                              title: script.title, kind: script.kind.rawValue, region: region ?? "international",
                                              startedAt: clock()))
        }
    }

    /// Commits the person's answer (if any) with everything the engine produced in reply.
    /// `notes` are system lines (distress check-ins) shown right after the event at that index.
    func turn(answer: (text: String, node: String)?, events: [EngineEvent], notes: [Int: [String]] = [:]) throws {
        guard let store, let sessionId else { return }
        let now = clock()
        var commit = TurnCommit(sessionId: sessionId, at: now)
        if let answer, !answerAlreadyStored {
            commit.turns.append(NewTurn(speaker: .person, kind: .answer, text: answer.text, nodeId: answer.node, at: now))
        }
        answerAlreadyStored = false
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
                if let plan = try guarded({ try documentVersion?(store, now) }) { commit.plans.append(plan) }
                commit.status = .completed
                finished = true
            case .saved, .failed:
                break
            }
        }
        try guarded { try store.commit(commit) }
    }

    /// Commits a safety detection: the line typed, the event and what was shown, in one transaction.
    /// `answersEngine` says whether the line will also be given to the exercise (and so replayed on resume);
    /// a line that is not (a trainee's own crisis in a role-play) is stored with kind `flagged`.
    func safety(_ assessment: SafetyAssessment, answer: String, node: String, shown: [String], answersEngine: Bool = true) throws {
        guard let store, let sessionId else { return }
        let now = clock()
        var commit = TurnCommit(sessionId: sessionId, at: now)
        if node != "safety-menu" {
            commit.turns.append(NewTurn(speaker: .person, kind: answersEngine ? .answer : .flagged, text: answer, nodeId: node, at: now))
            answerAlreadyStored = answersEngine
        }
        commit.safetyEvents.append(NewSafetyEvent(level: assessment.level.rawValue, categories: assessment.categories.map(\.rawValue),
                                                  rules: assessment.rules, turnIndex: commit.turns.isEmpty ? nil : 0, at: now))
        for line in shown { commit.turns.append(NewTurn(speaker: .system, kind: .safety, text: line, nodeId: node, at: now)) }
        try guarded { try store.commit(commit) }
    }

    /// Stores a reply to the safety menu (not replayed into the exercise).
    func menu(_ text: String) throws {
        guard let store, let sessionId else { return }
        let now = clock()
        var commit = TurnCommit(sessionId: sessionId, at: now)
        commit.turns.append(NewTurn(speaker: .person, kind: .menu, text: text, nodeId: "safety-menu", at: now))
        try guarded { try store.commit(commit) }
    }

    /// The newest stored version of a plan kind (nil when nothing is stored or nothing was saved).
    func latestPlan(kind: String) throws -> PlanVersionRecord? {
        guard let store else { return nil }
        return try guarded { try store.latestPlan(kind: kind) }
    }

    /// Marks the session paused, abandoned or completed.
    func finish(_ status: SessionStatus) throws {
        guard let store, let sessionId, !finished || status == .completed else { return }
        finished = true
        try guarded { try store.finishSession(sessionId, status: status, at: clock()) }
    }

    private static func promptText(_ spec: PromptSpec) -> String {
        if case .choice(let labels) = spec.kind {
            let options = labels.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "  ")
            return spec.text.isEmpty ? options : spec.text + "  " + options
        }
        return spec.text
    }

    static func json(_ value: Value) -> String {
        let data = (try? JSONEncoder().encode(value)) ?? Data("null".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    private func guarded<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw AlongsideError.storage("alongside: \(error.description)")
        }
    }
}

/// A short stable fingerprint of a compiled script, stored with each session.
enum ScriptHash {
    static func of(_ script: DialogueScript) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        var content = script
        content.origin = ""
        let data = (try? encoder.encode(content)) ?? Data()
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in data { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        return String(hash, radix: 16)
    }
}

/// Turn kinds the CLI adds to the store's basic ones.
extension TurnKind {
    /// A kind re-prompt after an answer that did not fit.
    static let reprompt: TurnKind = "reprompt"
    /// A timed pause (breathing pacing).
    static let pause: TurnKind = "pause"
    /// The listening skill of a trainee's reply (`reflection 0.82`).
    static let skill: TurnKind = "skill"
    /// A line the router flagged that was not given to the exercise (not replayed on resume).
    static let flagged: TurnKind = "flagged"
    /// A reply to the safety menu (not replayed into the exercise).
    static let menu: TurnKind = "menu"
}
