import Foundation
import GRDB

extension TranscriptStore {
    /// Safety events of one session (or of all sessions when nil), oldest first.
    public func safetyEvents(sessionId: Int64?) throws -> [SafetyEventRecord] {
        try read { db in
            var request = SafetyEventRecord.all()
            if let sessionId { request = request.filter(Column("sessionId") == sessionId) }
            return try request.order(Column("at"), Column("id")).fetchAll(db)
        }
    }

    /// Ratings from sessions of one exercise (or of all exercises when nil), oldest first.
    public func ratings(exerciseId: String?) throws -> [RatingRecord] {
        try read { db in
            if let exerciseId {
                return try SQLRequest<RatingRecord>(
                    literal: """
                        SELECT rating.* FROM rating JOIN session ON session.id = rating.sessionId
                        WHERE session.exerciseId = \(exerciseId)
                        ORDER BY rating.at, rating.id
                        """
                ).fetchAll(db)
            }
            return try RatingRecord.order(Column("at"), Column("id")).fetchAll(db)
        }
    }

    /// Remembered values with this key from all sessions, newest first.
    public func facts(key: String) throws -> [FactRecord] {
        try read { db in
            try FactRecord.filter(Column("key") == key).order(Column("at").desc, Column("id").desc).fetchAll(db)
        }
    }

    /// The highest version of a plan kind (e.g. `safety-plan`), if one was saved.
    public func latestPlan(kind: String) throws -> PlanVersionRecord? {
        try read { db in
            try PlanVersionRecord.filter(Column("planKind") == kind).order(Column("version").desc).fetchOne(db)
        }
    }

    /// Every saved version of a plan kind, oldest (version 1) first.
    public func planVersions(kind: String) throws -> [PlanVersionRecord] {
        try read { db in
            try PlanVersionRecord.filter(Column("planKind") == kind).order(Column("version")).fetchAll(db)
        }
    }
}
