import Foundation

/// Everything one step of a session adds, written by `TranscriptStore.commit(_:)` in one transaction.
///
/// Commit one of these before showing the next prompt: a crash then loses at most the line
/// being typed.
public struct TurnCommit: Sendable, Equatable {
    /// The session to append to.
    public var sessionId: Int64
    /// The lines, in order; each gets the next `seq` of the session.
    public var turns: [NewTurn]
    /// Safety events raised by these lines.
    public var safetyEvents: [NewSafetyEvent]
    /// Ratings given in this step.
    public var ratings: [NewRating]
    /// Values to remember for later sessions.
    public var facts: [NewFact]
    /// Plan versions saved in this step.
    public var plans: [NewPlanVersion]
    /// A new status for the session, if the step pauses, completes or abandons it.
    public var status: SessionStatus?
    /// When the step happened; becomes `endedAt` if `status` completes or abandons the session.
    public var at: Date

    /// Creates a step to commit.
    public init(
        sessionId: Int64, turns: [NewTurn] = [], safetyEvents: [NewSafetyEvent] = [],
        ratings: [NewRating] = [], facts: [NewFact] = [], plans: [NewPlanVersion] = [],
        status: SessionStatus? = nil, at: Date
    ) {
        self.sessionId = sessionId
        self.turns = turns
        self.safetyEvents = safetyEvents
        self.ratings = ratings
        self.facts = facts
        self.plans = plans
        self.status = status
        self.at = at
    }
}
