import Foundation
import GRDB

extension TranscriptStore {
    /// Starts a session with status `active` and returns its id.
    public func startSession(_ new: NewSession) throws -> Int64 {
        try write { db in
            try db.execute(
                literal: """
                    INSERT INTO session (exerciseId, scriptHash, scriptVersion, title, kind, startedAt, status, region)
                    VALUES (\(new.exerciseId), \(new.scriptHash), \(new.scriptVersion), \(new.title), \(new.kind),
                            \(new.startedAt), \(SessionStatus.active), \(new.region))
                    """)
            return db.lastInsertedRowID
        }
    }

    /// Writes one step of a session in ONE transaction: its turns (numbered after the session's
    /// last `seq`), safety events, ratings, facts, plan versions and an optional status change.
    ///
    /// Either all of it is stored or none of it is.
    public func commit(_ step: TurnCommit) throws {
        try validate(step)
        try write { db in
            guard
                let exerciseId = try String.fetchOne(
                    db, sql: "SELECT exerciseId FROM session WHERE id = ?", arguments: [step.sessionId])
            else { throw StoreError.notFound("session \(step.sessionId)") }
            var seq = try Int.fetchOne(
                db, sql: "SELECT MAX(seq) FROM turn WHERE sessionId = ?", arguments: [step.sessionId]) ?? 0
            var seqs: [Int] = []
            for turn in step.turns {
                seq += 1
                seqs.append(seq)
                try db.execute(
                    literal: """
                        INSERT INTO turn (sessionId, seq, speaker, text, nodeId, at, kind)
                        VALUES (\(step.sessionId), \(seq), \(turn.speaker), \(turn.text), \(turn.nodeId),
                                \(turn.at), \(turn.kind))
                        """)
            }
            for event in step.safetyEvents {
                let turnSeq = event.turnIndex.map { seqs[$0] }
                try db.execute(
                    literal: """
                        INSERT INTO safetyEvent (sessionId, turnSeq, level, categories, rules, at)
                        VALUES (\(step.sessionId), \(turnSeq), \(event.level),
                                \(event.categories.joined(separator: ",")), \(event.rules.joined(separator: ",")),
                                \(event.at))
                        """)
            }
            for rating in step.ratings {
                try db.execute(
                    literal: """
                        INSERT INTO rating (sessionId, name, value, at)
                        VALUES (\(step.sessionId), \(rating.name), \(rating.value), \(rating.at))
                        """)
            }
            for fact in step.facts {
                try db.execute(
                    literal: """
                        INSERT INTO fact (sessionId, exerciseId, key, value, at)
                        VALUES (\(step.sessionId), \(exerciseId), \(fact.key), \(fact.value), \(fact.at))
                        """)
            }
            for plan in step.plans {
                let last = try Int.fetchOne(
                    db, sql: "SELECT MAX(version) FROM planVersion WHERE planKind = ?", arguments: [plan.planKind])
                try db.execute(
                    literal: """
                        INSERT INTO planVersion (planKind, version, sessionId, content, summaryOfChanges, at)
                        VALUES (\(plan.planKind), \((last ?? 0) + 1), \(step.sessionId), \(plan.content),
                                \(plan.summaryOfChanges), \(plan.at))
                        """)
            }
            if let status = step.status {
                try Self.setStatus(db, sessionId: step.sessionId, status: status, at: step.at)
            }
        }
    }

    /// Sets a session's status; `completed` and `abandoned` also set `endedAt`, `active` and
    /// `paused` clear it.
    public func finishSession(_ id: Int64, status: SessionStatus, at: Date) throws {
        try write { db in try Self.setStatus(db, sessionId: id, status: status, at: at) }
    }

    /// The session with this id, if it exists.
    public func session(_ id: Int64) throws -> SessionRecord? {
        try read { db in try SessionRecord.fetchOne(db, key: id) }
    }

    /// Sessions, newest first, optionally of one exercise, started at or after `since`, at most `limit`.
    public func sessions(exerciseId: String? = nil, since: Date? = nil, limit: Int? = nil) throws -> [SessionRecord] {
        try read { db in
            var request = SessionRecord.all()
            if let exerciseId { request = request.filter(Column("exerciseId") == exerciseId) }
            if let since { request = request.filter(Column("startedAt") >= StoreTime.text(since)) }
            request = request.order(Column("startedAt").desc, Column("id").desc)
            if let limit { request = request.limit(limit) }
            return try request.fetchAll(db)
        }
    }

    /// The most recently started session, if any.
    public func lastSession() throws -> SessionRecord? {
        try sessions(limit: 1).first
    }

    /// The newest session of this exercise that is still active or paused (for resume), if any.
    public func unfinishedSession(exerciseId: String) throws -> SessionRecord? {
        try read { db in
            try SessionRecord
                .filter(Column("exerciseId") == exerciseId)
                .filter([SessionStatus.active, SessionStatus.paused].contains(Column("status")))
                .order(Column("startedAt").desc, Column("id").desc)
                .fetchOne(db)
        }
    }

    /// A session's turns in `seq` order.
    public func turns(sessionId: Int64) throws -> [TurnRecord] {
        try read { db in
            try TurnRecord.filter(Column("sessionId") == sessionId).order(Column("seq")).fetchAll(db)
        }
    }

    /// The person's answers (speaker `person`, kind `answer`) in order, for resuming by replay.
    public func answers(sessionId: Int64) throws -> [String] {
        try read { db in
            try SQLRequest<String>(
                literal: """
                    SELECT text FROM turn
                    WHERE sessionId = \(sessionId) AND speaker = \(Speaker.person) AND kind = \(TurnKind.answer)
                    ORDER BY seq
                    """
            ).fetchAll(db)
        }
    }

    // MARK: - Helpers

    private func validate(_ step: TurnCommit) throws {
        for rating in step.ratings where !(0...10).contains(rating.value) {
            throw StoreError.invalid("The rating \"\(rating.name)\" must be between 0 and 10, not \(rating.value).")
        }
        for event in step.safetyEvents {
            if let index = event.turnIndex, !step.turns.indices.contains(index) {
                throw StoreError.invalid(
                    "A safety event points at turn \(index), but this step has \(step.turns.count) turns.")
            }
        }
    }

    private static func setStatus(_ db: Database, sessionId: Int64, status: SessionStatus, at: Date) throws {
        let endedAt: Date? = status.isFinished ? at : nil
        try db.execute(
            literal: "UPDATE session SET status = \(status), endedAt = \(endedAt) WHERE id = \(sessionId)")
        guard db.changesCount > 0 else { throw StoreError.notFound("session \(sessionId)") }
    }
}
