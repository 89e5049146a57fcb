import Safety

/// Screens lines typed outside an exercise (the menu, the resume offer, a confirmation) with the same
/// router, and gives them the same crisis flow: the full response and the options, or the direct question
/// for a possible risk. The caller only sees the lines that passed, to read as its own answer.
public struct LineScreen {
    /// What a typed line led to.
    public enum Result: Equatable, Sendable {
        /// The line passed the router while the caller's question was open: read it as the answer.
        case accepted(String)
        /// The screen answered (crisis response, options, check-in); show this and read again.
        case answered([SessionOutput])
        /// Show this, run that exercise now (grounding, the safety plan), then read again.
        case detour(String, [SessionOutput])
        /// Ctrl-D or the end of piped input.
        case endOfInput
        /// Ctrl-C or a termination signal (exit 130).
        case interrupted
    }

    private enum Mode { case asking, options, checkIn }

    private var gate: SafetyGate
    private var mode = Mode.asking
    /// Lines from the person's saved safety plan; nil when none is saved.
    public var planGlance: () throws -> [String]? = { nil }
    /// Whether a line typed here was flagged (the shell then shows the help line on the way out).
    public private(set) var detected = false

    /// A screen with `router` and the region's `help` lines.
    public init(router: SafetyRouter, help: RegionHelp) {
        gate = SafetyGate(router: router, role: .person, help: help)
    }

    /// Screens one input.
    public mutating func screen(_ input: TypedInput) throws -> Result {
        let raw: String
        switch input {
        case .line(let line): raw = line
        case .tooLong(_, let start): raw = start
        case .invalid: return .answered([.say("That line had bytes that are not readable text, so it was not kept. Please type it again.", .alert)])
        case .endOfFile: return .endOfInput
        case .interrupted, .terminated: return .interrupted
        }
        if let decision = gate.check(raw) {
            detected = true
            var output: [SessionOutput] = [.blank] + decision.lines.map { .say($0, .alert) }
            if decision.response == .askDirectly && mode == .asking {
                mode = .checkIn
                return .answered(output)
            }
            if decision.response == .askDirectly {
                output = [.blank] + gate.concernResponse().map { .say($0, .alert) }
            }
            mode = .options
            return .answered(output + Self.options)
        }
        if case .tooLong = input { return .answered([.say("That line was very long, so it was not kept. Could you say it more briefly?", .alert)]) }
        switch mode {
        case .asking:
            return .accepted(raw)
        case .checkIn:
            let words = raw.lowercased().filter { $0.isLetter || $0 == " " || $0 == "'" }
            if CheckInReply.isNo(words.trimmingCharacters(in: .whitespaces)) {
                gate.noteCheckInDeclined()
                mode = .asking
                return .answered(CrisisResponse.checkInDeclined(help: gate.help).map { .say($0, .dim) })
            }
            detected = true
            mode = .options
            return .answered([.blank] + gate.concernResponse().map { .say($0, .alert) } + Self.options)
        case .options:
            return try choose(raw)
        }
    }

    private mutating func choose(_ raw: String) throws -> Result {
        switch CrisisOptions.choice(raw) {
        case .talkToSomeone:
            let reminder = CrisisResponse.message(level: .urgent, categories: [], help: gate.help, repeated: true)
            return .answered(reminder.map { .say($0, .alert) } + [.helpLines(gate.help)] + Self.options)
        case .grounding:
            mode = .asking
            return .detour(Conversation.groundingExercise, [.say("Let's try a short grounding exercise. Afterwards we'll come back here.", .dim)])
        case .safetyPlan:
            if let lines = try planGlance() { return .answered(lines.map { .say($0, .plain) } + Self.options) }
            mode = .asking
            return .detour(Conversation.safetyPlanExercise,
                           [.say("You haven't saved a safety plan yet. Let's start one now; you can stop at any time.", .dim)])
        case .carryOn:
            mode = .asking
            return .answered([.say("Okay. You can type /helplines at any moment.", .dim)])
        case nil:
            return .answered([.say("Please type a number from 1 to \(CrisisOptions.labels.count).", .dim)])
        }
    }

    /// The options outside an exercise: the last one goes back to the question that was open.
    static let options = CrisisOptions.lines(continuing: "Go back to where you were")

    /// Whether the screen is waiting for the caller's own answer (not in the options or the check-in).
    public var isAsking: Bool { mode == .asking }
}
