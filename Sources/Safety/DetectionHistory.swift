/// Remembers recent detections in one session so that help is shown in full once, then briefly.
///
/// A detection a few lines after another gets a short reminder instead of the full text again, unless
/// it is more serious than what was last shown: "I want to die" (concern) followed by "I have the
/// pills right here" (urgent) shows the full urgent response and its menu.
public struct DetectionHistory: Sendable, Equatable {
    /// How the caller should present a detection.
    public enum Presentation: Sendable, Equatable {
        /// The full crisis response (and, for urgent, the menu of choices).
        case full
        /// A one-line reminder with the number: help was shown a few lines ago at this level or higher.
        case reminder
    }

    /// Lines after a detection during which a new one at the same or a lower level is only a reminder.
    public let reminderTurns: Int
    private var linesSinceShown: Int?
    private var shownLevel: RiskLevel = .none

    /// Creates an empty history; `reminderTurns` is 4 by default.
    public init(reminderTurns: Int = 4) {
        self.reminderTurns = reminderTurns
    }

    /// Records one assessed line; returns how to present it, or `nil` when there is nothing to show.
    public mutating func note(_ level: RiskLevel) -> Presentation? {
        if let count = linesSinceShown { linesSinceShown = count + 1 }
        guard level != .none else { return nil }
        let recent = (linesSinceShown ?? Int.max) <= reminderTurns
        linesSinceShown = 0
        if recent && level <= shownLevel { return .reminder }
        shownLevel = recent ? max(shownLevel, level) : level
        return .full
    }
}
