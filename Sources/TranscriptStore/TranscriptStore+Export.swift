import Foundation
import GRDB

extension TranscriptStore {
    /// The turns of these sessions (all sessions when nil) as JSON Lines, one object per turn,
    /// each line ending in a newline. The schema is documented in docs/storage.md:
    /// `{"session":12,"exercise":"grounding-54321","seq":3,"speaker":"person","kind":"answer","node":"rate_before","text":"7","at":"2026-11-23T12:00:00Z"}`
    public func exportJSONL(sessionIds: [Int64]?) throws -> String {
        let rows: [Row] = try read { db in
            var filter: SQL = ""
            if let sessionIds {
                let ids = Set(sessionIds)
                let found = try Set(SQLRequest<Int64>(literal: "SELECT id FROM session WHERE id IN \(ids)").fetchAll(db))
                if let missing = ids.subtracting(found).min() {
                    throw StoreError.notFound("session \(missing)")
                }
                filter = "WHERE turn.sessionId IN \(ids)"
            }
            return try SQLRequest<Row>(
                literal: """
                    SELECT turn.sessionId, session.exerciseId, turn.seq, turn.speaker, turn.kind, turn.nodeId,
                           turn.text, turn.at
                    FROM turn JOIN session ON session.id = turn.sessionId
                    \(filter)
                    ORDER BY session.startedAt, turn.sessionId, turn.seq
                    """
            ).fetchAll(db)
        }
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return rows.map { row in
            var line = JSONLine()
            line.add("session", number: row["sessionId"] as Int64)
            line.add("exercise", string: row["exerciseId"])
            line.add("seq", number: row["seq"] as Int64)
            line.add("speaker", string: row["speaker"])
            line.add("kind", string: row["kind"])
            line.add("node", string: row["nodeId"])
            line.add("text", string: row["text"])
            line.add("at", string: formatter.string(from: StoreTime.date(row["at"]) ?? Date(timeIntervalSince1970: 0)))
            return line.text + "\n"
        }.joined()
    }
}
