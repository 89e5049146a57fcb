import DialogueRuntime
import Safety
import Session

/// Renders a session's outputs on the console: prompts with their choices or hint, alerts, countdowns.
struct SessionRendering {
    /// How rendering a batch of outputs ended.
    enum Stop: Equatable {
        /// Everything was shown (a countdown may have been cut short by Ctrl-C or a typed line).
        case shown
        /// SIGTERM/SIGHUP arrived during a countdown: the session should be saved and left.
        case terminated
    }

    let console: Console
    let interactive: Bool

    /// Shows `outputs` in order. Once a countdown is cut short (Ctrl-C, or a line typed such as `/pause`),
    /// the remaining countdowns of this batch are skipped so the person reaches the next prompt at once.
    func show(_ outputs: [SessionOutput]) -> Stop {
        var skipping = false
        for output in outputs {
            switch output {
            case .say(let text, let tone): console.say(text, style: Self.style(tone))
            case .prompt(let spec): display(spec)
            case .helpLines(let help): console.say(HelpLineDirectory.renderText(help))
            case .blank: console.write("\n")
            case .pause(let seconds, let label):
                if skipping { continue }
                switch PacedPause.run(seconds: seconds, label: label, console: console, wait: interactive) {
                case .finished: break
                case .skipped:
                    skipping = true
                    console.say("The countdown stopped. Carry on when you're ready, or type /pause to stop here.", style: .dim)
                case .terminated: return .terminated
                }
            }
        }
        return .shown
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

    static func style(_ tone: SessionOutput.Tone) -> Console.Style {
        switch tone {
        case .plain: return .plain
        case .prompt: return .prompt
        case .dim: return .dim
        case .alert: return .alert
        }
    }

    /// Whether the hint adds something the question does not already say.
    static func needsHint(_ spec: PromptSpec) -> Bool {
        guard !spec.hint.isEmpty else { return false }
        let text = spec.text.lowercased()
        switch spec.kind {
        case .list(_, let max): return max > 1 && !mentions(text, "comma")
        case .yesNo: return !mentions(text, "yes")
        case .integer(let min, let max): return !mentions(text, "\(min) to \(max)") && !mentions(text, "\(min)-\(max)")
        default: return true
        }
    }

    /// Whether `text` holds `words`, byte for byte. A plain loop: Foundation's `contains` loads CoreFoundation's
    /// Unicode tables and the standard library's generic `firstRange(of:)` runs unspecialised code, both pages of
    /// memory that a run would otherwise not touch.
    private static func mentions(_ text: String, _ words: String) -> Bool {
        let haystack = Array(text.utf8), needle = Array(words.utf8)
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<start + needle.count].elementsEqual(needle) { return true }
        }
        return false
    }
}
