import LineEditing
import Safety
import Session

/// Asks a question outside an exercise (the menu, the resume offer, a confirmation): every typed line goes
/// through the session's `LineScreen` first, so a crisis line gets the same response and options as in an
/// exercise; only lines that pass come back as the answer.
struct ScreenedQuestion {
    /// What the person gave.
    enum Answer: Equatable {
        case line(String)
        case endOfInput
        case interrupted
    }

    let console: Console
    let reader: LineReader
    private var screen: LineScreen
    /// Runs an exercise in between (grounding, the safety plan) and says how it ended; nil: not offered here.
    var detour: ((String) throws -> SessionOutcome)?

    init(console: Console, reader: LineReader, router: SafetyRouter, help: RegionHelp,
         planGlance: @escaping () throws -> [String]? = { nil }) {
        self.console = console
        self.reader = reader
        screen = LineScreen(router: router, help: help)
        screen.planGlance = planGlance
        self.help = help
    }

    private let help: RegionHelp

    /// Reads until a line passes the screen while `question` is open (shown again after any interlude).
    mutating func ask(_ question: String) throws -> Answer {
        let rendering = SessionRendering(console: console, interactive: reader.isInteractive)
        while true {
            let input = TypedInput(reader.readLine(prompt: reader.isInteractive ? "> " : ""))
            switch try screen.screen(input) {
            case .accepted(let line):
                return .line(line)
            case .answered(let output):
                _ = rendering.show(output)
                if screen.isAsking { console.say(question, style: .prompt) }
            case .detour(let exercise, let output):
                _ = rendering.show(output)
                if let detour, try detour(exercise) == .interrupted { return leaving(.interrupted) }
                console.say(question, style: .prompt)
            case .endOfInput:
                return leaving(.endOfInput)
            case .interrupted:
                return leaving(.interrupted)
            }
        }
    }

    /// After a flagged line here, the help line goes with the person on the way out.
    func leaving(_ answer: Answer) -> Answer {
        if screen.detected {
            console.write("\n")
            for line in CrisisResponse.message(level: .urgent, categories: [], help: help, repeated: true) { console.say(line, style: .alert) }
        }
        return answer
    }
}
