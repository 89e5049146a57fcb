import Foundation
import GRDB

extension TranscriptStore {
    /// The version written in every `session` record of an archive (`"format":1`).
    public static let archiveFormat: Int64 = 1

    /// Everything stored about these sessions (all sessions when nil) as JSON Lines that
    /// `importArchive(_:)` can read back: per session a `session` record, its turns (the same
    /// objects `exportJSONL` writes), then its `safety`, `rating` and `fact` records; plan versions
    /// (`plan` records) come last. The schema is documented in docs/storage.md.
    public func exportArchive(sessionIds: [Int64]?) throws -> String {
        let selected: [SessionRecord] = try read { db in
            guard let sessionIds else {
                return try SessionRecord.order(Column("startedAt"), Column("id")).fetchAll(db)
            }
            let ids = Set(sessionIds)
            let found = try SessionRecord.filter(ids.contains(Column("id")))
                .order(Column("startedAt"), Column("id")).fetchAll(db)
            if let missing = ids.subtracting(found.map(\.id)).min() {
                throw StoreError.notFound("session \(missing)")
            }
            return found
        }
        var out = ""
        for session in selected {
            out += Self.archiveLine(session)
            out += try exportJSONL(sessionIds: [session.id])
            for event in try safetyEvents(sessionId: session.id) { out += Self.archiveLine(event) }
            let (ratings, facts): ([RatingRecord], [FactRecord]) = try read { db in
                (try RatingRecord.filter(Column("sessionId") == session.id).order(Column("at"), Column("id")).fetchAll(db),
                 try FactRecord.filter(Column("sessionId") == session.id).order(Column("at"), Column("id")).fetchAll(db))
            }
            for rating in ratings { out += Self.archiveLine(rating) }
            for fact in facts { out += Self.archiveLine(fact) }
        }
        let plans: [PlanVersionRecord] = try read { db in
            var request = PlanVersionRecord.all()
            if let sessionIds { request = request.filter(sessionIds.contains(Column("sessionId"))) }
            return try request.order(Column("planKind"), Column("version")).fetchAll(db)
        }
        for plan in plans { out += Self.archiveLine(plan) }
        return out
    }

    // MARK: - Lines

    static func isoString(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    private static func archiveLine(_ session: SessionRecord) -> String {
        var line = JSONLine()
        line.add("record", string: "session")
        line.add("session", number: session.id)
        line.add("exercise", string: session.exerciseId)
        line.add("scriptHash", string: session.scriptHash)
        line.add("scriptVersion", string: session.scriptVersion)
        line.add("title", string: session.title)
        line.add("kind", string: session.kind)
        line.add("startedAt", string: isoString(session.startedAt))
        line.add("endedAt", string: session.endedAt.map(isoString))
        line.add("status", string: session.status.rawValue)
        line.add("region", string: session.region)
        line.add("format", number: archiveFormat)
        return line.text + "\n"
    }

    private static func archiveLine(_ event: SafetyEventRecord) -> String {
        var line = JSONLine()
        line.add("record", string: "safety")
        line.add("session", number: event.sessionId)
        line.add("turnSeq", optionalNumber: event.turnSeq.map(Int64.init))
        line.add("level", string: event.level)
        line.add("categories", string: event.categories)
        line.add("rules", string: event.rules)
        line.add("at", string: isoString(event.at))
        return line.text + "\n"
    }

    private static func archiveLine(_ rating: RatingRecord) -> String {
        var line = JSONLine()
        line.add("record", string: "rating")
        line.add("session", number: rating.sessionId)
        line.add("name", string: rating.name)
        line.add("value", number: Int64(rating.value))
        line.add("at", string: isoString(rating.at))
        return line.text + "\n"
    }

    private static func archiveLine(_ fact: FactRecord) -> String {
        var line = JSONLine()
        line.add("record", string: "fact")
        line.add("session", number: fact.sessionId)
        line.add("exercise", string: fact.exerciseId)
        line.add("key", string: fact.key)
        line.add("value", string: fact.value)
        line.add("at", string: isoString(fact.at))
        return line.text + "\n"
    }

    private static func archiveLine(_ plan: PlanVersionRecord) -> String {
        var line = JSONLine()
        line.add("record", string: "plan")
        line.add("session", optionalNumber: plan.sessionId)
        line.add("planKind", string: plan.planKind)
        line.add("version", number: Int64(plan.version))
        line.add("content", string: plan.content)
        line.add("summary", string: plan.summaryOfChanges)
        line.add("at", string: isoString(plan.at))
        return line.text + "\n"
    }
}
