import Foundation

/// The records of an exported archive (JSON Lines), read and checked before anything is written.
///
/// Lines without a `record` key are turns (the format `exportJSONL` has always written); a file of
/// turns only still imports, each session rebuilt from its turns.
struct ArchiveReader {
    /// One session of the file with everything that belongs to it, keyed by its id in the file.
    struct Session {
        var fileId: Int64
        var new: NewSession
        var endedAt: Date?
        var status: SessionStatus
        var turns: [(seq: Int, turn: NewTurn)] = []
        var safety: [(turnSeq: Int?, level: String, categories: String, rules: String, at: Date)] = []
        var ratings: [NewRating] = []
        var facts: [(exerciseId: String, fact: NewFact)] = []
        var described = false
    }

    /// A plan version of the file.
    struct Plan {
        var fileSession: Int64?
        var kind: String
        var version: Int
        var content: String
        var summary: String?
        var at: Date
    }

    private(set) var sessions: [Session] = []
    private(set) var plans: [Plan] = []
    private var index: [Int64: Int] = [:]

    /// Reads every line of `text`; a line that is not a record of the documented schema throws
    /// `StoreError.invalid` naming its line number.
    init(_ text: String) throws {
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty { continue }
            guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else {
                throw Self.bad(number, "is not a JSON object")
            }
            do {
                try read(Fields(object: object))
            } catch let Fields.Missing.key(key) {
                throw Self.bad(number, "has no valid \"\(key)\"")
            }
        }
        for session in sessions where !session.described && session.turns.isEmpty {
            throw StoreError.invalid("The file mentions session \(session.fileId) but holds none of its lines.")
        }
    }

    private static func bad(_ line: Int, _ what: String) -> StoreError {
        .invalid("Line \(line) of the file \(what), so nothing was imported. Import a file made by `alongside transcripts export`.")
    }

    private mutating func read(_ f: Fields) throws {
        let record = f.object["record"] as? String ?? "turn"
        switch record {
        case "session":
            let id = try f.int("session")
            let status = SessionStatus(rawValue: try f.string("status"))
            guard let status else { throw Fields.Missing.key("status") }
            let new = NewSession(
                exerciseId: try f.string("exercise"), scriptHash: try f.string("scriptHash"),
                scriptVersion: f.optionalString("scriptVersion"), title: try f.string("title"),
                kind: try f.string("kind"), region: f.optionalString("region"), startedAt: try f.date("startedAt"))
            let position = slot(id, exercise: new.exerciseId, at: new.startedAt)
            sessions[position].new = new
            sessions[position].status = status
            sessions[position].endedAt = try f.optionalDate("endedAt")
            sessions[position].described = true
        case "turn":
            guard let speaker = Speaker(rawValue: try f.string("speaker")) else { throw Fields.Missing.key("speaker") }
            let at = try f.date("at")
            let position = slot(try f.int("session"), exercise: try f.string("exercise"), at: at)
            let turn = NewTurn(speaker: speaker, kind: TurnKind(rawValue: try f.string("kind")), text: try f.string("text"),
                               nodeId: f.optionalString("node"), at: at)
            sessions[position].turns.append((Int(try f.int("seq")), turn))
        case "safety":
            let position = try existing(f)
            sessions[position].safety.append((f.optionalInt("turnSeq").map(Int.init), try f.string("level"),
                                              try f.string("categories"), try f.string("rules"), try f.date("at")))
        case "rating":
            let value = Int(try f.int("value"))
            guard (0...10).contains(value) else { throw Fields.Missing.key("value") }
            let position = try existing(f)
            sessions[position].ratings.append(NewRating(name: try f.string("name"), value: value, at: try f.date("at")))
        case "fact":
            let position = try existing(f)
            sessions[position].facts.append((try f.string("exercise"),
                                             NewFact(key: try f.string("key"), value: try f.string("value"), at: try f.date("at"))))
        case "plan":
            plans.append(Plan(fileSession: f.optionalInt("session"), kind: try f.string("planKind"),
                              version: Int(try f.int("version")), content: try f.string("content"),
                              summary: f.optionalString("summary"), at: try f.date("at")))
        default:
            throw Fields.Missing.key("record")
        }
    }

    /// The index of the file's session `id`, adding a placeholder (rebuilt from turns) if new.
    private mutating func slot(_ id: Int64, exercise: String, at: Date) -> Int {
        if let position = index[id] { return position }
        let new = NewSession(exerciseId: exercise, scriptHash: "imported", title: exercise, kind: "individual", startedAt: at)
        sessions.append(Session(fileId: id, new: new, endedAt: nil, status: .completed))
        index[id] = sessions.count - 1
        return sessions.count - 1
    }

    private func existing(_ f: Fields) throws -> Int {
        guard let position = index[try f.int("session")] else { throw Fields.Missing.key("session") }
        return position
    }
}

/// Typed access to one decoded JSON object.
struct Fields {
    enum Missing: Error { case key(String) }

    let object: [String: Any]

    func string(_ key: String) throws -> String {
        guard let value = object[key] as? String else { throw Missing.key(key) }
        return value
    }

    func optionalString(_ key: String) -> String? { object[key] as? String }

    func int(_ key: String) throws -> Int64 {
        guard let value = optionalInt(key) else { throw Missing.key(key) }
        return value
    }

    func optionalInt(_ key: String) -> Int64? {
        switch object[key] {
        case let value as Int: return Int64(value)
        case let value as Int64: return value
        case let value as Double where value == value.rounded(): return Int64(value)
        case let value as NSNumber: return value.int64Value
        default: return nil
        }
    }

    func date(_ key: String) throws -> Date {
        guard let text = object[key] as? String, let date = Self.parse(text) else { throw Missing.key(key) }
        return date
    }

    func optionalDate(_ key: String) throws -> Date? {
        guard let value = object[key], !(value is NSNull) else { return nil }
        return try date(key)
    }

    static func parse(_ text: String) -> Date? {
        let plain = ISO8601DateFormatter()
        if let date = plain.date(from: text) { return date }
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return fractional.date(from: text)
    }
}
