import DialogueModel
import Foundation
import Listening
import TextEncoding
import TranscriptStore

/// What `alongside progress` reports, computed from stored rows (no I/O here): calming exercises with their
/// before/after ratings, goals with their reviews, and listening practice per week with a skills trend.
public struct ProgressReport: Encodable, Equatable, Sendable {
    /// One grounding or breathing session with its distress ratings.
    public struct CalmingSession: Encodable, Equatable, Sendable {
        /// The session id.
        public let session: Int64
        /// The exercise id.
        public let exercise: String
        /// The day it started, `2026-11-30`.
        public let date: String
        /// Distress before (0-10), if given.
        public let before: Int?
        /// Distress after (0-10), if given.
        public let after: Int?
        /// `after - before` when both were given (negative: distress went down).
        public let change: Int?
    }

    /// Grounding and breathing sessions and the average change over those rated before and after.
    public struct Calming: Encodable, Equatable, Sendable {
        /// Sessions with at least one rating, oldest first.
        public let sessions: [CalmingSession]
        /// How many were rated both before and after.
        public let rated: Int
        /// Average rating before, over the sessions rated both times.
        public let averageBefore: Double?
        /// Average rating after, over the same sessions.
        public let averageAfter: Double?
        /// Average change (negative: distress went down).
        public let averageChange: Double?
    }

    /// A goal set with `smart-goal` and the weekly reviews that followed it.
    public struct Goal: Encodable, Equatable, Sendable {
        /// The goal, in the person's words.
        public let goal: String
        /// The day it was set.
        public let setOn: String
        /// Reviews of it, oldest first.
        public let reviews: [Review]
    }

    /// One weekly review's outcome.
    public struct Review: Encodable, Equatable, Sendable {
        /// What the review said about the goal.
        public let outcome: String
        /// The day of the review.
        public let on: String
    }

    /// Practice sessions counted per ISO week, and one skills trend per role-play (oldest session first).
    public struct Practice: Encodable, Equatable, Sendable {
        /// How many practice sessions there were (abandoned ones left out).
        public let sessions: Int
        /// Sessions per ISO week, oldest first.
        public let perWeek: [Week]
        /// One trend per exercise, in the order each was first practised.
        public let trends: [RolePlayTrend]
    }

    /// Sessions in one ISO week: `week` is `2025-W09`, `label` reads "week of 24 Feb" (its Monday).
    public struct Week: Encodable, Equatable, Sendable {
        /// The ISO week, `2025-W09`.
        public let week: String
        /// The week as read: "week of 24 Feb".
        public let label: String
        /// How many sessions fell in the week.
        public let sessions: Int
    }

    /// The skills trend of one role-play or drill: its sessions' figures only, never mixed with another's.
    public struct RolePlayTrend: Encodable, Equatable, Sendable {
        /// The exercise id.
        public let exercise: String
        /// The exercise title.
        public let title: String
        /// How many sessions of the exercise had feedback.
        public let sessions: Int
        /// The trend as text lines.
        public let lines: [String]
    }

    /// Grounding and breathing sessions with their ratings.
    public let grounding: Calming
    /// Goals with their reviews, oldest first.
    public let goals: [Goal]
    /// Listening practice per week and per exercise.
    public let practice: Practice
    /// The newest recovery roadmap version, if one was saved (set by the command after reading the store).
    public var roadmap: RoadmapProgress?
    /// Thought records' feeling intensities, first and second rating (set by the command).
    public var thoughtRecords: ThoughtRecordProgress?
    /// Journal mood over time (set by the command).
    public var journal: JournalProgress?

    /// Builds the report. `facts` maps a key (`goal`, `goal_review`) to its rows (any order);
    /// `skills` maps a practice session id to its trainee turns (see `PracticeTurns.read`).
    public init(sessions: [SessionRecord], ratings: [RatingRecord], facts: [String: [FactRecord]], skills: [Int64: [PracticeTurn]]) {
        let ordered = sessions.sorted { ($0.startedAt, $0.id) < ($1.startedAt, $1.id) }
        var calming: [CalmingSession] = []
        for session in ordered where ["grounding", "breathing"].contains(session.kind) {
            let own = ratings.filter { $0.sessionId == session.id }
            let before = own.first { $0.name == "before" }?.value
            let after = own.last { $0.name == "after" }?.value
            guard before != nil || after != nil else { continue }
            calming.append(CalmingSession(session: session.id, exercise: session.exerciseId, date: Self.day(session.startedAt),
                                          before: before, after: after, change: before.flatMap { b in after.map { $0 - b } }))
        }
        let rated = calming.filter { $0.change != nil }
        grounding = Calming(sessions: calming, rated: rated.count,
                            averageBefore: Self.average(rated.compactMap(\.before)),
                            averageAfter: Self.average(rated.compactMap(\.after)),
                            averageChange: Self.average(rated.compactMap(\.change)))

        let goalFacts = (facts["goal"] ?? []).sorted { ($0.at, $0.id) < ($1.at, $1.id) }
        let reviewFacts = (facts["goal_review"] ?? []).sorted { ($0.at, $0.id) < ($1.at, $1.id) }
        // A review belongs to the newest goal set before it in another session (the goal it recalled).
        var owned: [Int64: [Review]] = [:]
        for review in reviewFacts {
            guard let owner = goalFacts.last(where: { $0.at <= review.at && $0.sessionId != review.sessionId }) else { continue }
            owned[owner.id, default: []].append(Review(outcome: Self.text(ofJSON: review.value), on: Self.day(review.at)))
        }
        goals = goalFacts.map { fact in
            Goal(goal: Self.text(ofJSON: fact.value), setOn: Self.day(fact.at), reviews: owned[fact.id] ?? [])
        }

        practice = Self.practice(ordered, turns: skills)
    }

    /// Practice per week and one trend per exercise, in the order each was first practised.
    /// `turns` maps a session id to its trainee turns (text, skill, the persona's line before).
    private static func practice(_ ordered: [SessionRecord], turns: [Int64: [PracticeTurn]]) -> Practice {
        let practised = ordered.filter { ($0.kind == "practice" || $0.kind == "roleplay") && $0.status != .abandoned }
        var weeks: [String: (label: String, count: Int)] = [:]
        for session in practised {
            let key = week(session.startedAt)
            weeks[key] = (weekLabel(session.startedAt), (weeks[key]?.count ?? 0) + 1)
        }
        var order: [String] = []
        var byExercise: [String: (title: String, feedback: [PracticeFeedback])] = [:]
        for session in practised {
            guard let own = turns[session.id], !own.isEmpty else { continue }
            if byExercise[session.exerciseId] == nil { order.append(session.exerciseId) }
            byExercise[session.exerciseId, default: (session.title, [])].feedback.append(PracticeFeedback(turns: own))
        }
        let trends = order.map { id in
            let entry = byExercise[id]!
            return RolePlayTrend(exercise: id, title: entry.title, sessions: entry.feedback.count,
                                 lines: PracticeTrend(sessions: entry.feedback).render())
        }
        return Practice(sessions: practised.count,
                        perWeek: weeks.keys.sorted().map { Week(week: $0, label: weeks[$0]!.label, sessions: weeks[$0]!.count) },
                        trends: trends)
    }

    /// The report as short, plain lines.
    public func renderText() -> [String] {
        var lines = ["Grounding and breathing"]
        if grounding.sessions.isEmpty {
            lines.append("  No sessions with ratings yet. `alongside run grounding-54321` or `alongside run box-breathing` when you like.")
        } else {
            for item in grounding.sessions.suffix(10) {
                let change = item.change.map { $0 == 0 ? "no change" : ($0 < 0 ? "down \(-$0)" : "up \($0)") } ?? "not rated after"
                lines.append("  \(item.date)  \(item.exercise): \(item.before.map(String.init) ?? "–") → \(item.after.map(String.init) ?? "–")  (\(change))")
            }
            if let change = grounding.averageChange, let before = grounding.averageBefore, let after = grounding.averageAfter {
                lines.append("  On average, over \(grounding.rated) rated \(grounding.rated == 1 ? "session" : "sessions"): "
                             + "\(Self.decimal(before)) before, \(Self.decimal(after)) after (change \(Self.signed(change))).")
            }
        }
        lines += ["", "Goals"]
        if goals.isEmpty { lines.append("  No goals yet. `alongside run smart-goal` helps you shape one.") }
        for goal in goals {
            lines.append("  \(goal.setOn)  \(TerminalText.safe(goal.goal))")
            if goal.reviews.isEmpty { lines.append("      not reviewed yet (`alongside run weekly-review`)") }
            for review in goal.reviews { lines.append("      \(review.on) review: \(TerminalText.safe(review.outcome))") }
        }
        lines += ["", "Recovery roadmap"] + RoadmapProgress.renderText(roadmap)
        lines += ["", "Thought records"] + (thoughtRecords ?? ThoughtRecordProgress(facts: [])).renderText()
        lines += ["", "Journal mood"] + (journal ?? JournalProgress(sessions: [], ratings: [])).renderText()
        lines += ["", "Listening practice"]
        if practice.sessions == 0 {
            lines.append("  No practice sessions yet.")
        } else {
            lines.append("  Sessions: " + practice.perWeek.map { "\($0.label): \($0.sessions)" }.joined(separator: ", "))
            for trend in practice.trends {
                lines.append("  \(TerminalText.safe(trend.title)) (\(trend.exercise)), on its own:")
                lines += trend.lines.map { "    " + $0 }
            }
        }
        return lines
    }

    /// The report as pretty JSON with sorted keys.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(self)) ?? Data("{}".utf8), as: UTF8.self)
    }

    static func average(_ values: [Int]) -> Double? {
        guard !values.isEmpty else { return nil }
        return (Double(values.reduce(0, +)) / Double(values.count) * 10).rounded() / 10
    }

    static func decimal(_ value: Double) -> String { String(format: "%.1f", value) }
    static func signed(_ value: Double) -> String { (value > 0 ? "+" : "") + decimal(value) }

    /// A stored fact value (a `Value` as JSON) as a person reads it; plain JSON strings and lists are read too.
    static func text(ofJSON json: String) -> String {
        let data = Data(json.utf8)
        if let value = try? JSONDecoder().decode(Value.self, from: data) { return value.description }
        if let text = try? JSONDecoder().decode(String.self, from: data) { return text }
        if let items = try? JSONDecoder().decode([String].self, from: data) { return items.joined(separator: ", ") }
        return json
    }

    /// `date` as `2026-11-30` in local time.
    public static func day(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date)
    }

    /// The Monday of `date`'s ISO week, as "week of 30 Nov".
    static func weekLabel(_ date: Date) -> String {
        let calendar = Calendar(identifier: .iso8601)
        let monday = calendar.dateInterval(of: .weekOfYear, for: date)?.start ?? date
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB")
        formatter.dateFormat = "d MMM"
        return "week of " + formatter.string(from: monday)
    }

    static func week(_ date: Date) -> String {
        let calendar = Calendar(identifier: .iso8601)
        let parts = calendar.dateComponents([.yearForWeekOfYear, .weekOfYear], from: date)
        return String(format: "%04d-W%02d", parts.yearForWeekOfYear ?? 0, parts.weekOfYear ?? 0)
    }
}
