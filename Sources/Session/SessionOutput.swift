import DialogueRuntime
import Safety

/// One thing the session wants shown; the shell renders it (wrapping, colour, countdowns).
public enum SessionOutput: Equatable, Sendable {
    /// How a line should look.
    public enum Tone: Equatable, Sendable { case plain, prompt, dim, alert }

    /// A line of text.
    case say(String, Tone)
    /// A question from the exercise (with its numbered choices or hint).
    case prompt(PromptSpec)
    /// A timed pause (a countdown on a terminal).
    case pause(seconds: Int, label: String?)
    /// The region's help lines in full.
    case helpLines(RegionHelp)
    /// An empty line.
    case blank

    /// The text of a `say`, nil for anything else (handy in tests).
    public var text: String? {
        if case .say(let text, _) = self { return text }
        return nil
    }
}

extension Array where Element == SessionOutput {
    /// All the text said, one string per line (prompts as their question), for tests and transcripts.
    public var texts: [String] {
        compactMap { output in
            switch output {
            case .say(let text, _): return text
            case .prompt(let spec): return spec.text
            default: return nil
            }
        }
    }
}
