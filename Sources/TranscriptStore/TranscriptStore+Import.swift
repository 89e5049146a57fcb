import Foundation
import GRDB

/// What `importArchive(_:)` did.
public struct ImportSummary: Sendable, Equatable {
    /// Sessions added.
    public var sessionsAdded = 0
    /// Sessions already in the store (same exercise, start second and script hash), left as they were.
    public var sessionsSkipped = 0
    /// Turns added.
    public var turns = 0
    /// Ratings, safety events and facts added.
    public var ratings = 0, safetyEvents = 0, facts = 0
    /// Plan versions added (a version with the same kind, content and time is not added twice).
    public var plans = 0
}

extension TranscriptStore {
    /// Adds the sessions of an archive written by `exportArchive` (or a turns-only `exportJSONL`
    /// file) in ONE transaction. Sessions get new ids; a session whose exercise, start time (to the
    /// second), script hash and turn texts are already stored is skipped, so importing a file twice adds nothing.
    ///
    /// A line that does not parse throws `StoreError.invalid` and nothing is imported.
    public func importArchive(_ text: String) throws -> ImportSummary {
        let archive = try ArchiveReader(text)
        return try write { db in
            var summary = ImportSummary()
            var newIds: [Int64: Int64] = [:]
            for session in archive.sessions {
                if let existing = try Self.matchingSession(db, session) {
                    newIds[session.fileId] = existing
                    summary.sessionsSkipped += 1
                    continue
                }
                let id = try Self.insert(db, session)
                newIds[session.fileId] = id
                summary.sessionsAdded += 1
                summary.turns += session.turns.count
                summary.safetyEvents += session.safety.count
                summary.ratings += session.ratings.count
                summary.facts += session.facts.count
            }
            for plan in archive.plans {
                let same = try SQLRequest<Int>(literal: """
                        SELECT COUNT(*) FROM planVersion WHERE planKind = \(plan.kind) AND content = \(plan.content)
                        AND substr(at, 1, 19) = \(Self.secondKey(plan.at))
                        """).fetchOne(db) ?? 0
                if same > 0 { continue }
                let taken = try SQLRequest<Int>(literal: "SELECT COUNT(*) FROM planVersion WHERE planKind = \(plan.kind) AND version = \(plan.version)").fetchOne(db) ?? 0
                let last = try SQLRequest<Int>(literal: "SELECT MAX(version) FROM planVersion WHERE planKind = \(plan.kind)").fetchOne(db) ?? 0
                let version = taken > 0 ? last + 1 : plan.version
                let sessionId = plan.fileSession.flatMap { newIds[$0] }
                try db.execute(
                    literal: """
                        INSERT INTO planVersion (planKind, version, sessionId, content, summaryOfChanges, at)
                        VALUES (\(plan.kind), \(version), \(sessionId), \(plan.content), \(plan.summary), \(plan.at))
                        """)
                summary.plans += 1
            }
            return summary
        }
    }

    /// `YYYY-MM-DD HH:MM:SS` in UTC, the first 19 characters of a stored date.
    static func secondKey(_ date: Date) -> String {
        String(isoString(date).replacingOccurrences(of: "T", with: " ").prefix(19))
    }

    /// A stored session with the same exercise, start second and script hash whose turns have
    /// the same texts in the same order (several sessions can start within one second).
    private static func matchingSession(_ db: Database, _ session: ArchiveReader.Session) throws -> Int64? {
        let new = session.new
        let candidates = try SQLRequest<Int64>(literal: """
                SELECT id FROM session WHERE exerciseId = \(new.exerciseId) AND scriptHash = \(new.scriptHash)
                AND substr(startedAt, 1, 19) = \(secondKey(new.startedAt)) ORDER BY id
                """).fetchAll(db)
        let texts = session.turns.sorted { $0.seq < $1.seq }.map(\.turn.text)
        for id in candidates {
            let stored = try SQLRequest<String>(literal: "SELECT text FROM turn WHERE sessionId = \(id) ORDER BY seq").fetchAll(db)
            if stored == texts { return id }
        }
        return nil
    }

    private static func insert(_ db: Database, _ session: ArchiveReader.Session) throws -> Int64 {
        let new = session.new
        try db.execute(
            literal: """
                INSERT INTO session (exerciseId, scriptHash, scriptVersion, title, kind, startedAt, endedAt, status, region)
                VALUES (\(new.exerciseId), \(new.scriptHash), \(new.scriptVersion), \(new.title), \(new.kind),
                        \(new.startedAt), \(session.endedAt), \(session.status), \(new.region))
                """)
        let id = db.lastInsertedRowID
        for (seq, turn) in session.turns {
            try db.execute(
                literal: """
                    INSERT INTO turn (sessionId, seq, speaker, text, nodeId, at, kind)
                    VALUES (\(id), \(seq), \(turn.speaker), \(turn.text), \(turn.nodeId), \(turn.at), \(turn.kind))
                    """)
        }
        for event in session.safety {
            try db.execute(
                literal: """
                    INSERT INTO safetyEvent (sessionId, turnSeq, level, categories, rules, at)
                    VALUES (\(id), \(event.turnSeq), \(event.level), \(event.categories), \(event.rules), \(event.at))
                    """)
        }
        for rating in session.ratings {
            try db.execute(
                literal: "INSERT INTO rating (sessionId, name, value, at) VALUES (\(id), \(rating.name), \(rating.value), \(rating.at))")
        }
        for (exerciseId, fact) in session.facts {
            try db.execute(
                literal: """
                    INSERT INTO fact (sessionId, exerciseId, key, value, at)
                    VALUES (\(id), \(exerciseId), \(fact.key), \(fact.value), \(fact.at))
                    """)
        }
        return id
    }
}
