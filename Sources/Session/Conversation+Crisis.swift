import Safety

extension Conversation {
    /// Answers a line the router flagged, in whatever state the conversation is: store it as one record
    /// (never given to the exercise, never echoed), show the response, then the options or the question.
    func respond(to decision: SafetyGate.Decision, typed: String, before: [SessionOutput] = []) throws -> Step {
        detectedThisSession = true
        let kind: TypedLine.Kind
        switch state {
        case .crisisOptions: kind = .menuChoice
        case .checkIn: kind = .checkInAnswer
        default: kind = .flagged
        }
        try recorder.typed(TypedLine(text: typed, kind: kind, node: node), assessment: decision.assessment, shown: decision.lines)
        var step = Step(output: before + [.blank])
        switch (decision.response, state) {
        case (.askDirectly, .exercise):
            checkInAssessment = decision.assessment
            state = .checkIn
            step.output += decision.lines.map { .say($0, .alert) }
            return step
        case (.askDirectly, .checkIn):
            // An unclear answer to the question itself: the full concern response.
            return try concernAfterCheckIn(step)
        case (.reminder, .exercise) where decision.assessment.level < .urgent,
             (.full, .exercise) where decision.assessment.level < .urgent:
            // A concern ends with its own choices (carry on, /pause); the same prompt comes back.
            step.output += decision.lines.map { .say($0, .alert) }
            step.output += current()
            return step
        default:
            step.output += decision.lines.map { .say($0, .alert) }
            state = .crisisOptions
            step.output += current()
            return step
        }
    }

    /// A reply to the crisis options that the router let through.
    func chooseOption(_ raw: String) throws -> Step {
        try recorder.typed(TypedLine(text: raw, kind: .menuChoice, node: node))
        switch CrisisOptions.choice(raw) {
        case .talkToSomeone:
            let reminder = CrisisResponse.message(level: .urgent, categories: [], help: help, repeated: true)
            return Step(output: reminder.map { .say($0, .alert) } + [.helpLines(help)] + current())
        case .grounding:
            if script.id == Self.groundingExercise {
                state = .exercise
                return Step(output: [.say("This is a grounding exercise already; let's carry on with it together.", .dim)] + current())
            }
            return Step(output: [.say("Let's try a short grounding exercise. Afterwards we'll come back here.", .dim)],
                        detour: Self.groundingExercise)
        case .safetyPlan:
            if let lines = try planGlance() {
                return Step(output: lines.map { .say($0, .plain) } + current())
            }
            if script.id == Self.safetyPlanExercise {
                state = .exercise
                return Step(output: [.say("You are making your safety plan right now; let's carry on with it.", .dim)] + current())
            }
            return Step(output: [.say("You haven't saved a safety plan yet. Let's start one now: it takes a few minutes, "
                                      + "and you can stop at any time. Afterwards we'll come back here.", .dim)],
                        detour: Self.safetyPlanExercise)
        case .carryOn:
            state = .exercise
            return Step(output: [.say("Okay. We'll carry on. You can type /helplines at any moment.", .dim)] + current())
        case nil:
            return Step(output: [.say("Please type a number from 1 to \(CrisisOptions.labels.count).", .dim)])
        }
    }

    /// A reply to the direct question that the router let through: no → a short line and the same prompt;
    /// yes or unclear → the full concern response and the options.
    func answerCheckIn(_ raw: String) throws -> Step {
        let words = raw.lowercased().filter { $0.isLetter || $0 == " " || $0 == "'" }.trimmingCharacters(in: .whitespaces)
        guard CheckInReply.isNo(words) else {
            return try concernAfterCheckIn(Step(output: [.blank]), typed: raw)
        }
        let declined = CrisisResponse.checkInDeclined(help: help)
        gate.noteCheckInDeclined()
        try recorder.typed(TypedLine(text: raw, kind: .checkInAnswer, node: node), shown: declined)
        state = .exercise
        checkInAssessment = nil
        return Step(output: declined.map { .say($0, .dim) } + current())
    }

    private func concernAfterCheckIn(_ step: Step, typed raw: String? = nil) throws -> Step {
        let categories = checkInAssessment?.categories ?? []
        let lines = gate.concernResponse(categories: categories)
        if let raw {
            let event = SafetyAssessment(level: .concern, categories: categories, rules: [CheckInReply.rule], text: raw)
            try recorder.typed(TypedLine(text: raw, kind: .checkInAnswer, node: node), assessment: event, shown: lines)
        }
        var step = step
        step.output += lines.map { .say($0, .alert) }
        state = .crisisOptions
        checkInAssessment = nil
        step.output += current()
        return step
    }

    /// After any detection in this session: the help line, shown on the way out.
    func farewellHelp() -> [SessionOutput] {
        guard detectedThisSession else { return [] }
        return CrisisResponse.message(level: .urgent, categories: [], help: help, repeated: true).map { .say($0, .alert) }
    }
}

/// How a reply to the check-in question reads.
enum CheckInReply {
    /// The rule id stored with a "yes" or an unclear reply.
    static let rule = "check-in.answer"
    /// Replies that clearly say no.
    static let noes: Set<String> = ["n", "no", "nope", "nah", "no i'm not", "no im not", "i'm not", "im not", "not really",
                                    "no i am not", "no not at all", "not at all", "no thanks", "no i'm ok", "no im ok",
                                    "no i'm okay", "no im okay", "no i'm fine", "no im fine", "no i'm alright"]

    /// Whether the (lower-cased, letters-only) reply is a clear no.
    static func isNo(_ words: String) -> Bool {
        noes.contains(words.split(separator: " ").joined(separator: " "))
    }
}
