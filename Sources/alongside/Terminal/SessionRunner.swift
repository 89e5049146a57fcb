import DialogueModel
import Foundation
import LineEditing
import Session
import TranscriptStore

/// Runs a `Conversation` at the keyboard: reads a line, hands it to the conversation, renders what comes
/// back. All decisions (safety first, the states, what is stored) live in the Session library.
final class SessionRunner {
    let conversation: Conversation
    let reader: LineReader
    let console: Console
    /// Runs another exercise in between (grounding, the safety plan) and says how it ended.
    var detour: (String) throws -> SessionOutcome = { _ in .completed }

    init(conversation: Conversation, reader: LineReader, console: Console) {
        self.conversation = conversation
        self.reader = reader
        self.console = console
    }

    /// Starts fresh (or replays `resumeAnswers`) and runs until the conversation ends.
    func run(resumeAnswers: [String]?, recalled: [String: Value]) throws -> SessionOutcome {
        var step = try mapped { try conversation.start(resumeAnswers: resumeAnswers, recalled: recalled) }
        while true {
            let stopped = SessionRendering(console: console, interactive: reader.isInteractive).show(step.output)
            if let outcome = step.outcome { return outcome }
            if stopped == .terminated {
                step = try mapped { try conversation.receive(.terminated) }
                continue
            }
            if let exercise = step.detour {
                let ended = try detour(exercise)
                step = ended == .interrupted ? try mapped { try conversation.receive(.interrupted) } : conversation.returned(from: exercise)
                continue
            }
            let input = TypedInput(reader.readLine(prompt: reader.isInteractive ? console.paint("> ", .prompt) : ""))
            step = try mapped { try conversation.receive(input) }
        }
    }

    private func mapped<T>(_ body: () throws -> T) throws -> T {
        do {
            return try guardStore(body)
        } catch let error as SessionError {
            throw AlongsideError.script(error.description)
        }
    }
}

extension TypedInput {
    /// The session's view of what the line reader gave.
    init(_ input: LineInput) {
        switch input {
        case .line(let text): self = .line(text)
        case .tooLong(let bytes, let start): self = .tooLong(bytes: bytes, start: start)
        case .invalid: self = .invalid
        case .endOfFile: self = .endOfFile
        case .interrupted: self = .interrupted
        case .terminated: self = .terminated
        }
    }
}
