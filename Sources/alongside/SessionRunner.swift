import DialogueModel
import DialogueRuntime
import Foundation
import LineEditing
import Listening
import Safety
import TranscriptStore

/// Runs one exercise at the keyboard: every line goes through the safety router first, then the
/// engine; each turn is committed to the store before the next prompt is shown.
final class SessionRunner {
    /// How a run ended.
    enum Outcome: Equatable {
        case completed, paused, quit, interrupted
        case switchTo(String)
    }

    let script: DialogueScript
    let engine: DialogueEngine
    let router: SafetyRouter
    let recorder: TurnRecorder
    let reader: LineReader
    let console: Console
    let help: RegionHelp
    private var state: EngineState
    /// Watches the session from the side (`--record`, `--trace`).
    var observer: SessionObserver?
    private lazy var gate = SafetyGate(router: router, role: SafetyGate.role(for: script.kind), help: help)
    private var lastRating: Int?
    private var practice: [(text: String, skill: ListeningSkill)] = []

    init(script: DialogueScript, engine: DialogueEngine, router: SafetyRouter, recorder: TurnRecorder,
         reader: LineReader, console: Console, help: RegionHelp) {
        self.script = script
        self.engine = engine
        self.router = router
        self.recorder = recorder
        self.reader = reader
        self.console = console
        self.help = help
        self.state = EngineState(node: script.start, variables: [:], rng: 0, finished: false, awaiting: nil, steps: 0)
        if let document = script.document {
            recorder.documentVersion = { [weak self] store, at in
                DocumentVersioning.nextVersion(of: document, variables: self?.state.variables ?? [:],
                                               latest: try store.latestPlan(kind: document.kind), at: at)
            }
        }
    }

    /// Starts fresh, or replays stored answers to pick up where the person stopped.
    func run(resumeAnswers: [String]?, recalled: [String: Value]) throws -> Outcome {
        let events: [EngineEvent]
        if let answers = resumeAnswers {
            (state, events) = engine.replay(answers, recalled: recalled)
            collectSkills(events)
        } else {
            (state, events) = engine.start(recalled: recalled)
        }
        observer?.started(engine: engine, state: state, events: events, recalled: recalled)
        defer { observer?.finished() }
        if resumeAnswers != nil {
            console.say("Picking up where you left off in \"\(script.title)\".", style: .dim)
            for line in Self.context(before: events) { console.say(line) }
            if let prompt = state.awaiting { display(prompt) }
        } else {
            try show(events, answer: nil)
        }
        return try loop()
    }

    private func loop() throws -> Outcome {
        while !state.finished {
            guard let prompt = state.awaiting else {
                throw AlongsideError.script("alongside: the script stopped without a question or an end (node '\(state.node)').")
            }
            switch reader.readLine(prompt: reader.isInteractive ? console.paint("> ", .prompt) : "") {
            case .line(let raw):
                let text = raw.trimmingCharacters(in: .whitespaces)
                if Self.commands.contains(text.lowercased()) {
                    if let outcome = try command(text, prompt: prompt) { return outcome }
                    continue
                }
                // Everything else, an unknown "/word" included, passes the safety router first.
                let (level, outcome) = try checkSafety(raw)
                if let outcome { return outcome }
                if text.hasPrefix("/") {
                    console.say("Unknown command \(TerminalText.safe(text)). Type /help to see the commands.", style: .dim)
                    reshow(prompt)
                    continue
                }
                if level != .none && script.kind.isPractice {
                    // A trainee's own crisis is not a practice reply: it is not scored or answered by the persona.
                    reshow(prompt)
                    continue
                }
                let (next, events) = engine.receive(raw, in: state)
                observer?.answered(raw, engine: engine, before: state, after: next, events: events)
                state = next
                collectSkills(events)
                try show(events, answer: (raw, prompt.node))
            case .tooLong(let bytes, let start):
                console.say("That line was very long (\(bytes) bytes); the limit is \(LineReaders.maxLineBytes / 1024) KB, so it was not kept. Could you say it more briefly?", style: .alert)
                // Not kept, but still screened: what fits under the cap passes the router.
                let (_, outcome) = try checkSafety(start, feedsEngine: false)
                if let outcome { return outcome }
                reshow(prompt)
            case .invalid:
                console.say("That line had bytes that are not readable text (not valid UTF-8), so it was not kept. Please type it again.", style: .alert)
                reshow(prompt)
            case .endOfFile:
                return try leave(.paused)
            case .interrupted, .terminated:
                return try leave(.interrupted)
            }
        }
        return .completed
    }

    /// The in-run commands.
    static let commands: Set<String> = ["/help", "/pause", "/quit", "/helplines"]

    /// Handles `/help`, `/pause`, `/quit`, `/helplines`; returns an outcome when the run should stop.
    private func command(_ text: String, prompt: PromptSpec) throws -> Outcome? {
        switch text.lowercased() {
        case "/help":
            console.say("""
            Commands: /pause saves and leaves (run the exercise again to pick up where you stopped), \
            /quit ends this exercise, /helplines shows people you can talk to. Ctrl-D also saves and leaves.
            """, style: .dim)
        case "/pause": return try leave(.paused)
        case "/quit": return try leave(.quit)
        default: console.say(HelpLineDirectory.renderText(help))
        }
        reshow(prompt)
        return nil
    }

    /// The router runs before the engine on every line. Returns an outcome when the person chose to leave.
    /// `feedsEngine` is false for a line that will not be given to the exercise (stored as flagged, never replayed).
    private func checkSafety(_ text: String, feedsEngine: Bool = true) throws -> (RiskLevel, Outcome?) {
        guard let decision = gate.check(text) else { return (.none, nil) }
        try recorder.safety(decision.assessment, answer: text, node: state.awaiting?.node ?? state.node, shown: decision.lines,
                            answersEngine: feedsEngine && !script.kind.isPractice)
        console.write("\n")
        for line in decision.lines { console.say(line, style: .alert) }
        return (decision.assessment.level, decision.offersMenu ? try urgentMenu() : nil)
    }

    /// After an urgent detection: talk to someone, ground, look at the plan, or continue.
    private func urgentMenu() throws -> Outcome? {
        while true {
            for (index, choice) in CrisisResponse.urgentChoices.enumerated() { console.say("  \(index + 1). \(choice)") }
            console.say("What would you like to do? (1-\(CrisisResponse.urgentChoices.count))", style: .prompt)
            let input = reader.readLine(prompt: reader.isInteractive ? "> " : "")
            guard case .line(let raw) = input else { return try leave(input == .endOfFile ? .paused : .interrupted) }
            let assessment = gate.assessOnly(raw)
            if assessment.level != .none {
                try recorder.safety(assessment, answer: raw, node: "safety-menu", shown: [])
            }
            try recorder.menu(raw)
            switch raw.trimmingCharacters(in: .whitespaces).lowercased() {
            case "1":
                for line in CrisisResponse.message(level: .urgent, categories: [], help: help, repeated: true) { console.say(line, style: .alert) }
                console.say(HelpLineDirectory.renderText(help))
            case "2":
                _ = try leave(.paused, quietly: true)
                return .switchTo("grounding-54321")
            case "3":
                for line in SafetyPlanGlance.lines(try recorder.latestPlan(kind: SafetyPlanGlance.kind)) { console.say(line) }
            case "4", "":
                console.say("Okay. We'll carry on. You can type /helplines at any moment.", style: .dim)
                return nil
            default:
                console.say("Please type a number from 1 to \(CrisisResponse.urgentChoices.count).", style: .dim)
            }
        }
    }

    /// Saves the session's status and says how to come back.
    private func leave(_ outcome: Outcome, quietly: Bool = false) throws -> Outcome {
        try recorder.finish(outcome == .quit ? .abandoned : .paused)
        if quietly { return outcome }
        console.write("\n")
        if recorder.isStoring && outcome != .quit {
            console.say("Saved. `alongside run \(script.id)` picks up where you left off.", style: .dim)
        } else if !recorder.isStoring {
            console.say("Nothing was stored (this run was not saved).", style: .dim)
        } else {
            console.say("This exercise has ended. It stays in your transcripts until you delete it.", style: .dim)
        }
        return outcome
    }

    /// Shows engine events and commits the turn (answer + everything shown + next prompt) first.
    private func show(_ events: [EngineEvent], answer: (text: String, node: String)?) throws {
        var checkIns: [Int: [String]] = [:]
        var previous = lastRating
        for (index, event) in events.enumerated() {
            guard case .rating(_, let value, _) = event else { continue }
            checkIns[index] = CrisisResponse.distressCheckIn(rating: value, previous: previous, help: help)
            previous = value
        }
        try recorder.turn(answer: answer, events: events, notes: checkIns)
        for (index, event) in events.enumerated() {
            switch event {
            case .say(let text, _):
                console.say(text)
            case .prompt(let spec):
                display(spec)
            case .reprompt(let text, let spec):
                console.say(text, style: .dim)
                display(spec)
            case .pause(let seconds, let label, _):
                PacedPause.run(seconds: seconds, label: label, console: console, wait: reader.isInteractive)
            case .rating(_, let value, _):
                for line in checkIns[index] ?? [] { console.say(line, style: .alert) }
                lastRating = value
            case .ended:
                try recorder.finish(.completed)
                if script.kind.isPractice, !practice.isEmpty {
                    console.write("\n")
                    for line in PracticeFeedback(utterances: practice).render() { console.say(line) }
                }
            case .failed(let failure):
                throw AlongsideError.script("alongside: \(script.origin): the script failed at run time: \(failure)")
            case .saved, .remember, .skill:
                break
            }
        }
    }

    private func display(_ spec: PromptSpec) {
        if case .choice(let labels) = spec.kind {
            if !spec.text.isEmpty { console.say(spec.text, style: .prompt) }
            for (index, label) in labels.enumerated() { console.say("  \(index + 1). \(label)") }
            return
        }
        guard !spec.text.isEmpty else { return }
        let hint = Self.needsHint(spec) ? " " + console.paint(spec.hint, .dim) : ""
        console.say(console.paint(spec.text, .prompt) + hint)
    }

    private func reshow(_ spec: PromptSpec) { display(spec) }

    /// The lines said just before the last prompt (up to three), so a resumed run has its context.
    static func context(before events: [EngineEvent]) -> [String] {
        guard let last = events.lastIndex(where: { if case .prompt = $0 { return true }; return false }) else { return [] }
        var lines: [String] = []
        for event in events[..<last].reversed() {
            guard case .say(let text, _) = event, lines.count < 3 else { break }
            lines.insert(text, at: 0)
        }
        return lines
    }

    /// Whether the hint adds something the question does not already say.
    static func needsHint(_ spec: PromptSpec) -> Bool {
        guard !spec.hint.isEmpty else { return false }
        let text = spec.text.lowercased()
        switch spec.kind {
        case .list(_, let max): return max > 1 && !text.contains("comma")
        case .yesNo: return !text.contains("yes")
        case .integer(let min, let max): return !text.contains("\(min) to \(max)") && !text.contains("\(min)-\(max)")
        default: return true
        }
    }

    private func collectSkills(_ events: [EngineEvent]) {
        for case .skill(let name, _, let text, _) in events {
            practice.append((text, ListeningSkill(rawValue: name) ?? .other))
        }
    }
}
