/// Progress across several practice sessions (oldest first): reflections to questions and complex reflections.
public struct PracticeTrend: Sendable, Equatable {
    /// The sessions' feedback, oldest first.
    public let sessions: [PracticeFeedback]

    /// Creates a trend from sessions' feedback, oldest first.
    public init(sessions: [PracticeFeedback]) {
        self.sessions = sessions
    }

    /// Which way a figure moved from the first to the last session that has it.
    public enum Direction: String, Sendable, Equatable {
        case up = "↑", down = "↓", steady = "→", unknown = "·"
    }

    /// The direction of a figure over the sessions, comparing the first and last known values.
    public static func direction(of values: [Double?]) -> Direction {
        let known = values.compactMap { $0 }
        guard known.count >= 2, let first = known.first, let last = known.last else { return .unknown }
        if abs(last - first) < 0.05 { return .steady }
        return last > first ? .up : .down
    }

    /// A short progress summary, e.g. `Reflections to questions: 0.5 → 0.8 → 1.2  ↑`.
    public func render() -> [String] {
        guard !sessions.isEmpty else { return ["No practice sessions yet."] }
        let ratios = sessions.map(\.reflectionToQuestionRatio)
        let complex = sessions.map(\.percentComplexReflections)
        let fixing = sessions.map { Double($0.fixingMoves) }
        var lines = ["Progress over \(sessions.count) \(sessions.count == 1 ? "session" : "sessions"):"]
        lines.append("Reflections to questions: " + Self.sparkline(ratios) + "  " + Self.series(ratios, PracticeFeedback.decimal)
            + "  " + Self.direction(of: ratios).rawValue)
        lines.append("Complex reflections:      " + Self.sparkline(complex) + "  " + Self.series(complex, PracticeFeedback.percent)
            + "  " + Self.direction(of: complex).rawValue)
        lines.append("Fixing moves:             " + Self.sparkline(fixing) + "  " + Self.series(fixing, { "\(Int($0))" })
            + "  " + Self.direction(of: fixing).rawValue)
        if sessions.count >= 2 {
            lines.append(verdict(ratios: ratios, complex: complex, fixing: fixing))
        }
        return lines
    }

    private func verdict(ratios: [Double?], complex: [Double?], fixing: [Double]) -> String {
        var better: [String] = []
        if Self.direction(of: ratios) == .up { better.append("reflecting more") }
        if Self.direction(of: complex) == .up { better.append("going deeper in your reflections") }
        if Self.direction(of: fixing) == .down { better.append("fixing less") }
        if better.isEmpty {
            return "Steady practice builds these skills; pick one figure to focus on next session."
        }
        return "You are " + better.joined(separator: " and ") + " than when you started. Keep going."
    }

    /// Every session's figure, oldest first; with more than six sessions, the first and the last three.
    private static func series(_ values: [Double?], _ format: (Double) -> String) -> String {
        let shown = values.map { $0.map(format) ?? "–" }
        guard shown.count > 6 else { return shown.joined(separator: " → ") }
        return shown[0] + " → … → " + shown.suffix(3).joined(separator: " → ")
    }

    /// A one-character-per-session bar chart (▁ lowest to █ highest; a space where there is no figure).
    public static func sparkline(_ values: [Double?]) -> String {
        let bars: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        let known = values.compactMap { $0 }
        guard let low = known.min(), let high = known.max() else { return String(repeating: " ", count: values.count) }
        return String(values.map { value -> Character in
            guard let value else { return " " }
            if high == low { return bars[3] }
            return bars[Int(((value - low) / (high - low) * 7).rounded())]
        })
    }
}
