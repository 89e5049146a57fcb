import DialogueModel

/// What a person would see and type during a run, flattened into lines for testplans.
struct Transcript: Sendable {
    /// One visible thing.
    struct Entry: Sendable, Equatable {
        /// What sort of line it is.
        enum Kind: Sendable, Equatable {
            case say, prompt, reprompt, option, pause, input, ended, failed
        }

        /// The sort of line.
        var kind: Kind
        /// The text shown (or typed).
        var text: String
        /// For inputs, the plan line that typed it.
        var planLine: Int = 0

        /// Whether `=` and `~` lines can match this entry.
        var isShownLine: Bool {
            switch kind {
            case .say, .prompt, .reprompt, .option, .pause: return true
            case .input, .ended, .failed: return false
            }
        }

        /// The entry written the way a plan would expect it, so it can be pasted into a plan.
        var rendered: String {
            switch kind {
            case .say, .reprompt, .option: return "= \(text)"
            case .prompt: return "? \(text)"
            case .pause: return "= \(text)"
            case .input: return "> \(text)"
            case .ended: return "end: \(text)"
            case .failed: return "(failed: \(text))"
            }
        }
    }

    /// The entries in order.
    var entries: [Entry] = []

    /// Adds the visible lines of engine events.
    mutating func record(_ events: [EngineEvent]) {
        for event in events {
            switch event {
            case .say(let text, _):
                entries.append(Entry(kind: .say, text: text))
            case .prompt(let spec):
                appendPrompt(spec)
            case .reprompt(let words, let spec):
                entries.append(Entry(kind: .reprompt, text: words))
                appendPrompt(spec)
            case .pause(let seconds, let label, _):
                entries.append(Entry(kind: .pause, text: label ?? "(pause \(seconds) s)"))
            case .ended(let node):
                entries.append(Entry(kind: .ended, text: node))
            case .failed(let failure):
                entries.append(Entry(kind: .failed, text: failure.description))
            case .saved, .rating, .remember, .skill:
                break
            }
        }
    }

    /// Adds a typed input.
    mutating func recordInput(_ text: String, planLine: Int) {
        entries.append(Entry(kind: .input, text: text, planLine: planLine))
    }

    /// A prompt and, for choices, its numbered options.
    private mutating func appendPrompt(_ spec: PromptSpec) {
        entries.append(Entry(kind: .prompt, text: spec.text))
        if case .choice(let labels) = spec.kind {
            for (index, label) in labels.enumerated() {
                entries.append(Entry(kind: .option, text: "\(index + 1). \(label)"))
            }
        }
    }

    /// Index of the first input at or after `start`, or the end index.
    func nextInput(from start: Int) -> Int {
        entries[start...].firstIndex { $0.kind == .input } ?? entries.count
    }

    /// The entries in `range`, rendered and indented, at most `limit` lines (with a note when cut).
    func excerpt(_ range: Range<Int>, limit: Int = 10) -> String {
        guard !range.isEmpty else { return "    (nothing was shown here)" }
        var lines = entries[range].prefix(limit).map { "    " + $0.rendered }
        if range.count > limit { lines.append("    … \(range.count - limit) more") }
        return lines.joined(separator: "\n")
    }
}
