import Foundation
import Listening
import TranscriptStore

/// What one person's review report shows, read from a store: distress check-ins, listening
/// practice and goals. Rendering (`ReportDocument`) is pure; this is the only part that reads.
struct ReportInput: Equatable {
    /// One grounding (or other) session with distress ratings.
    struct Distress: Equatable {
        var date: Date
        var before: Int?
        var after: Int?
    }

    /// One listening practice session: how often each skill was used.
    struct Practice: Equatable {
        var date: Date
        var title: String
        var skills: [String: Int]

        /// Reflections (simple and complex) per question (open and closed); nil without questions.
        var reflectionToQuestion: Double? {
            let reflections = (skills["reflection"] ?? 0) + (skills["complex_reflection"] ?? 0)
            let questions = (skills["open_question"] ?? 0) + (skills["closed_question"] ?? 0)
            return questions == 0 ? (reflections == 0 ? nil : Double(reflections)) : Double(reflections) / Double(questions)
        }
    }

    /// A remembered value, e.g. a goal or its review.
    struct Goal: Equatable {
        var date: Date
        var exercise: String
        var key: String
        var text: String
    }

    /// Whose data this is ("You", or a trainee's export file name).
    var label: String
    var distress: [Distress] = []
    var practice: [Practice] = []
    var goals: [Goal] = []

    /// Reads everything the report needs from `store`, oldest first.
    static func load(from store: TranscriptStore, label: String) throws -> ReportInput {
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
