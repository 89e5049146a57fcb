import Foundation
import Listening
import TranscriptStore

/// What one person's review report shows, read from a store: distress check-ins, listening
/// practice and goals. Rendering (`ReportDocument`) is pure; this is the only part that reads.
public struct ReportInput: Equatable, Sendable {
    /// One grounding (or other) session with distress ratings.
    public struct Distress: Equatable, Sendable {
        /// When the session started (for a goal: when it was remembered).
        public var date: Date
        /// Distress before (0-10), if given.
        public var before: Int?
        /// Distress after (0-10), if given.
        public var after: Int?

        /// A session on `date` rated `before` and `after` (either may be missing).
        public init(date: Date, before: Int?, after: Int?) {
            self.date = date
            self.before = before
            self.after = after
        }
    }

    /// One listening practice session: how often each skill was used.
    public struct Practice: Equatable, Sendable {
        /// When the session started (for a goal: when it was remembered).
        public var date: Date
        /// The exercise title.
        public var title: String
        /// How often each skill (raw name) was used.
        public var skills: [String: Int]

        /// A session of `title` on `date` with each skill's count.
        public init(date: Date, title: String, skills: [String: Int]) {
            self.date = date
            self.title = title
            self.skills = skills
        }

        /// Reflections (simple and complex) per question (open and closed); nil without questions.
        public var reflectionToQuestion: Double? {
            let reflections = (skills["reflection"] ?? 0) + (skills["complex_reflection"] ?? 0)
            let questions = (skills["open_question"] ?? 0) + (skills["closed_question"] ?? 0)
            return questions == 0 ? (reflections == 0 ? nil : Double(reflections)) : Double(reflections) / Double(questions)
        }
    }

    /// A remembered value, e.g. a goal or its review.
    public struct Goal: Equatable, Sendable {
        /// When the session started (for a goal: when it was remembered).
        public var date: Date
        /// The exercise that remembered it.
        public var exercise: String
        /// The remembered key, e.g. `goal`.
        public var key: String
        /// The value as plain words.
        public var text: String

        /// A value `key` remembered by `exercise` on `date`, as plain words.
        public init(date: Date, exercise: String, key: String, text: String) {
            self.date = date
            self.exercise = exercise
            self.key = key
            self.text = text
        }
    }

    /// Whose data this is ("You", or a trainee's export file name).
    public var label: String
    /// Sessions with distress ratings, oldest first.
    public var distress: [Distress] = []
    /// Practice sessions, oldest first.
    public var practice: [Practice] = []
    /// Remembered values such as goals and reviews.
    public var goals: [Goal] = []

    /// One person's report data.
    public init(label: String, distress: [Distress] = [], practice: [Practice] = [], goals: [Goal] = []) {
        self.label = label
        self.distress = distress
        self.practice = practice
        self.goals = goals
    }

    /// Reads everything the report needs from `store`, oldest first.
    public static func load(from store: TranscriptStore, label: String) throws -> ReportInput {
        var input = ReportInput(label: label)
        let sessions = try store.sessions().reversed()
        let ratings = Dictionary(grouping: try store.ratings(exerciseId: nil), by: \.sessionId)
        for session in sessions {
            if let list = ratings[session.id] {
                let before = list.first { $0.name == "before" }?.value
                let after = list.last { $0.name == "after" }?.value
                if before != nil || after != nil {
                    input.distress.append(Distress(date: session.startedAt, before: before, after: after))
                }
            }
            let turns = PracticeTurns.read(try store.turns(sessionId: session.id))
            if !turns.isEmpty {
                var counts: [String: Int] = [:]
                // Asking directly about suicide and offering a help line are credited, never counted as
                // questions or fixing moves, as in the session's feedback (see `RiskInquiry`).
                for turn in turns where RiskInquiry.of(turn.text) == nil { counts[turn.skill.rawValue, default: 0] += 1 }
                input.practice.append(Practice(date: session.startedAt, title: session.title, skills: counts))
            }
        }
        for fact in try store.allFacts() {
            input.goals.append(Goal(date: fact.at, exercise: fact.exerciseId, key: fact.key, text: Self.readable(fact.value)))
        }
        return input
    }

    /// A remembered JSON value as plain words.
    static func readable(_ json: String) -> String {
        guard let value = try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed]) else { return json }
        return describe(value)
    }

    private static func describe(_ value: Any) -> String {
        switch value {
        case let text as String: return text
        case let number as NSNumber: return number.stringValue
        case let list as [Any]: return list.map(describe).joined(separator: "; ")
        case let object as [String: Any]:
            return object.keys.sorted().map { "\($0): \(describe(object[$0]!))" }.joined(separator: "; ")
        default: return ""
        }
    }
}
