/// The last few assessments of a conversation, kept by the caller and passed to
/// `SafetyRouter.assess(_:role:window:)` so that risk spread over several lines is seen.
///
/// "I want to die" followed by "I have the pills right here" is urgent, though neither line is alone.
public struct ConversationWindow: Sendable, Equatable {
    /// What the router remembers about one line.
    struct Turn: Sendable, Equatable {
        /// Suicide or self-harm concern that a means cue would make urgent.
        var concernRules: [String] = []
        /// Stated intents that any cue would make urgent.
        var intentRules: [String] = []
        /// Means or possession cues.
        var meansRules: [String] = []
        /// Time or imminence cues.
        var timeRules: [String] = []
        /// Categories of the concern and intent rules.
        var categories: [RiskCategory] = []
    }

    /// How many recent lines are remembered.
    public let size: Int
    private(set) var turns: [Turn] = []

    /// Creates an empty window remembering `size` lines (5 by default).
    public init(size: Int = 5) {
        self.size = max(0, size)
    }

    /// Number of lines currently remembered.
    public var count: Int { turns.count }

    /// Forgets everything, e.g. at the start of a new session.
    public mutating func reset() { turns.removeAll() }

    /// True when a recent line held suicide or self-harm concern or a stated intent.
    var hasRecentConcern: Bool { turns.contains { !$0.concernRules.isEmpty || !$0.intentRules.isEmpty } }

    /// True when a recent line held a stated intent.
    var hasRecentIntent: Bool { turns.contains { !$0.intentRules.isEmpty } }

    /// True when a recent line held a means or possession cue.
    var hasRecentMeans: Bool { turns.contains { !$0.meansRules.isEmpty } }

    /// True when a recent line held a time or imminence cue.
    var hasRecentTime: Bool { turns.contains { !$0.timeRules.isEmpty } }

    /// Categories of the most recent concern, for an escalated line that has none of its own.
    var recentConcernCategories: [RiskCategory] {
        turns.last { !$0.concernRules.isEmpty || !$0.intentRules.isEmpty }?.categories ?? []
    }

    /// Remembers one line, dropping the oldest beyond `size`.
    mutating func record(_ turn: Turn) {
        guard size > 0 else { return }
        turns.append(turn)
        if turns.count > size { turns.removeFirst(turns.count - size) }
    }
}
