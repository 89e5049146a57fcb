import DialogueModel
import DialogueRuntime
import Foundation
import Listening
import Safety

/// The conversation loop of one exercise as an explicit state machine.
///
/// Every typed line walks one path: the in-run commands (`/help`, `/pause`, `/quit`, `/helplines`, exact
/// words that carry no risk) are handled first; everything else goes through the safety router, then to
/// the current state (the exercise prompt, the crisis options or the check-in question). Each line is
/// stored as exactly one record of an explicit kind before the reply is shown. No terminal I/O: the shell
/// reads lines, calls `receive(_:)` and renders the outputs.
public final class Conversation {
    /// Where the conversation is.
    public enum State: Equatable, Sendable {
        /// Waiting for an answer to the exercise's prompt.
        case exercise
        /// After a crisis response: talk to someone, ground, look at the plan, or continue.
        case crisisOptions
        /// A possible risk no rule confirms: waiting for the answer to a direct, kind question.
        case checkIn
        /// Over; nothing more is read.
        case ended(SessionOutcome)
    }

    /// What one typed line (or the start) led to.
    public struct Step: Equatable, Sendable {
        /// What to show, in order.
        public var output: [SessionOutput] = []
        /// Another exercise to run now (grounding, the safety plan); call `returned(from:)` afterwards.
        public var detour: String?
        /// Set when the run is over.
        public var outcome: SessionOutcome?

        /// A step showing `output`.
        public init(output: [SessionOutput] = [], detour: String? = nil, outcome: SessionOutcome? = nil) {
            self.output = output
            self.detour = detour
            self.outcome = outcome
        }
    }

    /// The exercise being run.
    public let script: DialogueScript
    /// Its engine.
    public let engine: DialogueEngine
    /// The region's help lines.
    public let help: RegionHelp
    /// Stores one record per typed line.
    public let recorder: SessionRecorder
    /// Watches the session from the side (`--record`, `--trace`).
    public var observer: SessionObserver?
    /// Lines from the person's saved safety plan for the crisis options; nil when none is saved.
    public var planGlance: () throws -> [String]? = { nil }
    /// The longest line the reader keeps, in bytes (named when a longer one arrives).
    public var lineLimit = 16 * 1024
    /// Where the conversation is now.
    public internal(set) var state: State = .exercise
    /// The engine's state.
    public private(set) var engineState: EngineState
    var gate: SafetyGate
    var detectedThisSession = false
    var checkInAssessment: SafetyAssessment?
    private var lastRating: Int?
    private var practice: [PracticeTurn] = []
    /// What the persona said last (for rewrites built from its own words); coach lines are not the persona.
    private var lastPersonaLine: String?

    /// The in-run commands (matched as whole lines; they skip the router because they carry no words).
    public static let commands: Set<String> = ["/help", "/pause", "/quit", "/helplines"]
    /// The exercise a person is offered from the crisis options to ground themselves.
    public static let groundingExercise = "grounding-54321"
    /// The exercise that makes a safety plan.
    public static let safetyPlanExercise = "safety-plan"

    /// A conversation for `script`; `router` screens every line with the region's `help` lines.
    public init(script: DialogueScript, engine: DialogueEngine, router: SafetyRouter, help: RegionHelp, recorder: SessionRecorder) {
        self.script = script
        self.engine = engine
        self.help = help
        self.recorder = recorder
        self.gate = SafetyGate(router: router, role: SafetyGate.role(for: script.kind), help: help)
        self.engineState = EngineState(node: script.start, variables: [:], rng: 0, finished: false, awaiting: nil, steps: 0)
        if let document = script.document {
            recorder.documentVersion = { [weak self] store, at in
                DocumentVersioning.nextVersion(of: document, variables: self?.engineState.variables ?? [:],
                                               latest: try store.latestPlan(kind: document.kind), at: at)
            }
        }
    }

    /// Starts fresh, or replays stored answers to pick up where the person stopped.
    public func start(resumeAnswers: [String]?, recalled: [String: Value]) throws -> Step {
        guard let answers = resumeAnswers else {
            let path = engine.startWithPath(recalled: recalled)
            engineState = path.state
            observer?.started(engine: engine, state: path.state, events: path.events, recalled: recalled, entered: path.entered)
            collectSkills(path.events)
            return try show(path.events, answer: nil)
        }
        let (state, events) = engine.replay(answers, recalled: recalled)
        engineState = state
        collectSkills(events)
        observer?.started(engine: engine, state: state, events: events, recalled: recalled, entered: [])
        var step = Step(output: [.say("Picking up where you left off in \"\(script.title)\".", .dim)])
        step.output += Self.context(before: events).map { .say($0, .plain) }
        step.output += current()
        return step
    }

    /// Handles one thing the terminal gave.
    public func receive(_ input: TypedInput) throws -> Step {
        guard case .ended = state else { return try handle(input) }
        return Step(outcome: outcome)
    }

    /// Comes back from a detour (grounding, the safety plan) to the same prompt.
    public func returned(from exercise: String) -> Step {
        state = .exercise
        return Step(output: [.blank, .say("Welcome back to \"\(script.title)\". We'll carry on from here; type /helplines any time.", .dim)] + current())
    }

    /// How the run ended, once it has.
    public var outcome: SessionOutcome? {
        if case .ended(let outcome) = state { return outcome }
        return nil
    }

    private func handle(_ input: TypedInput) throws -> Step {
        switch input {
        case .line(let raw):
            let text = raw.trimmingCharacters(in: .whitespaces)
            if Self.commands.contains(text.lowercased()) { return try command(text) }
            if let decision = gate.check(raw) { return try respond(to: decision, typed: raw) }
            switch state {
            case .exercise: return try answer(raw)
            case .crisisOptions: return try chooseOption(raw)
            case .checkIn: return try answerCheckIn(raw)
            case .ended: return Step(outcome: outcome)
            }
        case .tooLong(let bytes, let start):
            var step = Step(output: [.say("That line was very long (\(bytes) bytes); the limit is \(lineLimit / 1024) KB, so it was not kept. "
                                          + "Could you say it more briefly?", .alert)])
            // Not kept, but still screened: what fits under the cap passes the router.
            if let decision = gate.check(start) { return try respond(to: decision, typed: start, before: step.output) }
            step.output += current()
            return step
        case .invalid:
            return Step(output: [.say("That line had bytes that are not readable text (not valid UTF-8), so it was not kept. Please type it again.", .alert)] + current())
        case .endOfFile:
            return try leave(.paused)
        case .interrupted, .terminated:
            return try leave(.interrupted)
        }
    }

    /// `/help`, `/pause`, `/quit`, `/helplines`, in any state.
    private func command(_ text: String) throws -> Step {
        try recorder.typed(TypedLine(text: text, kind: .command, node: node))
        switch text.lowercased() {
        case "/pause": return try leave(.paused)
        case "/quit": return try leave(.quit)
        case "/help":
            return Step(output: [.say("""
            Commands: /pause saves and leaves (run the exercise again to pick up where you stopped), \
            /quit ends this exercise, /helplines shows people you can talk to. Ctrl-D also saves and leaves.
            """, .dim)] + current())
        default:
            return Step(output: [.helpLines(help)] + current())
        }
    }

    /// A line the router let through, at the exercise prompt.
    private func answer(_ raw: String) throws -> Step {
        guard let prompt = engineState.awaiting else { throw SessionError.stalled(node: engineState.node) }
        let text = raw.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("/") {
            try recorder.typed(TypedLine(text: raw, kind: .command, node: prompt.node))
            return Step(output: [.say("That is not a command I know. Type /help to see the commands.", .dim)] + current())
        }
        let before = engineState
        let path = engine.receiveWithPath(raw, in: before)
        engineState = path.state
        observer?.answered(raw, engine: engine, before: before, after: path.state, events: path.events, entered: path.entered)
        collectSkills(path.events)
        return try show(path.events, answer: TypedLine(text: raw, kind: .answer, node: prompt.node))
    }

    /// Shows engine events and commits the turn (answer + everything shown + next prompt) first.
    private func show(_ events: [EngineEvent], answer: TypedLine?) throws -> Step {
        var checkIns: [Int: [String]] = [:]
        var previous = lastRating
        for (index, event) in events.enumerated() {
            guard case .rating(_, let value, _) = event else { continue }
            checkIns[index] = CrisisResponse.distressCheckIn(rating: value, previous: previous, help: help)
            previous = value
        }
        if let failure = events.lazy.compactMap({ event -> RuntimeFailure? in
            if case .failed(let failure) = event { return failure } else { return nil }
        }).first {
            throw SessionError.scriptFailed(origin: script.origin, failure: "\(failure)")
        }
        try recorder.turn(answer: answer, events: events, notes: checkIns)
        var step = Step()
        for (index, event) in events.enumerated() {
            switch event {
            case .say(let text, _): step.output.append(.say(text, .plain))
            case .prompt(let spec): step.output.append(.prompt(spec))
            case .reprompt(let text, let spec): step.output += [.say(text, .dim), .prompt(spec)]
            case .pause(let seconds, let label, _): step.output.append(.pause(seconds: seconds, label: label))
            case .rating(_, let value, _):
                step.output += (checkIns[index] ?? []).map { .say($0, .alert) }
                lastRating = value
            case .ended:
                state = .ended(.completed)
                step.outcome = .completed
                if script.kind.isPractice, !practice.isEmpty {
                    step.output.append(.blank)
                    step.output += PracticeFeedback(turns: practice).render().map { .say($0, .plain) }
                }
                step.output += farewellHelp()
                observer?.finished()
            case .saved, .remember, .skill, .failed:
                break
            }
        }
        if step.outcome == nil, engineState.awaiting == nil { throw SessionError.stalled(node: engineState.node) }
        return step
    }

    /// Saves the session's status and says how to come back (and, after any detection, where help is).
    func leave(_ outcome: SessionOutcome) throws -> Step {
        try recorder.finish(outcome == .quit ? .abandoned : .paused)
        state = .ended(outcome)
        observer?.finished()
        var step = Step(output: [.blank], outcome: outcome)
        step.output += farewellHelp()
        if !recorder.isStoring {
            step.output.append(.say("Nothing was stored (this run was not saved).", .dim))
        } else if outcome == .quit {
            step.output.append(.say("This exercise has ended. It stays in your transcripts until you delete it.", .dim))
        } else {
            step.output.append(.say("Saved. `alongside run \(script.id)` picks up where you left off.", .dim))
        }
        return step
    }

    /// The node a typed line is recorded at.
    var node: String {
        switch state {
        case .crisisOptions: return "crisis-options"
        case .checkIn: return "check-in"
        default: return engineState.awaiting?.node ?? engineState.node
        }
    }

    /// What to show again so the person knows what is being asked now.
    func current() -> [SessionOutput] {
        switch state {
        case .exercise: return engineState.awaiting.map { [.prompt($0)] } ?? []
        case .crisisOptions: return CrisisOptions.lines
        case .checkIn: return CrisisResponse.checkInQuestion(help: help).map { .say($0, .prompt) }
        case .ended: return []
        }
    }

    /// The lines said just before the last prompt (up to three), so a resumed run has its context.
    public static func context(before events: [EngineEvent]) -> [String] {
        guard let last = events.lastIndex(where: { if case .prompt = $0 { return true }; return false }) else { return [] }
        var lines: [String] = []
        for event in events[..<last].reversed() {
            guard case .say(let text, _) = event, lines.count < 3 else { break }
            lines.insert(text, at: 0)
        }
        return lines
    }

    private func collectSkills(_ events: [EngineEvent]) {
        for event in events {
            switch event {
            case .say(let text, _) where !text.hasPrefix("Coach:"):
                lastPersonaLine = text
            case .skill(let name, _, let text, _):
                practice.append(PracticeTurn(text: text, skill: ListeningSkill(rawValue: name) ?? .other, seeker: lastPersonaLine))
            default:
                break
            }
        }
    }
}
