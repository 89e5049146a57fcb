import Foundation
import GRDB
import GRDBSQLite

/// `alongside_rank(turnFts)`: the FTS5 bm25 score (k1 = 1.2, b = 0.75, lower is better), with one
/// change that keeps a search on a very common word fast.
///
/// SQLite's own `bm25` counts, once per query, every line that contains each phrase (for the
/// inverse document frequency): for a word in half a million lines that count alone takes tens of
/// milliseconds, however few lines are ranked. Here the count stops after `countCap` lines; past
/// that the number is estimated from how densely those first matches sit among the rowids. Below
/// the cap the score is exactly bm25's. For a one-phrase query the order never changes (the
/// frequency only scales every score alike); for several phrases, only a phrase matching more
/// than `countCap` lines gets an estimated weight.
enum SearchRanking {
    /// The SQL name of the ranking function.
    static let functionName = "alongside_rank"
    /// Phrase counts stop here and are estimated beyond.
    static let countCap: Int64 = 10_000

    /// Registers `alongside_rank` on this connection (once per connection); throws the SQLite error when
    /// FTS5 refuses it, so a search never runs against a missing function.
    static func register(_ db: Database) throws {
        let api = FTS5.api(db)
        let code = api.pointee.xCreateFunction(UnsafeMutablePointer(mutating: api), functionName, nil, rank, nil)
        guard code == SQLITE_OK else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code),
                                message: "could not register the search ranking function \(functionName) (SQLite code \(code))")
        }
    }
}

/// What one query needs for every row: the per-phrase inverse document frequency and the average
/// line length. Built on the first row and kept as FTS5 auxiliary data until the query ends.
private final class RankStatistics {
    let idf: [Double]
    let averageLength: Double

    init(idf: [Double], averageLength: Double) {
        self.idf = idf
        self.averageLength = averageLength
    }
}

/// Counts matches of one phrase, stopping at the cap; remembers the first and last rowid seen.
private struct PhraseCount {
    var hits: Int64 = 0
    var firstRowid: Int64 = 0
    var lastRowid: Int64 = 0
}

private let countMatch: @convention(c) (
    UnsafePointer<Fts5ExtensionApi>?, OpaquePointer?, UnsafeMutableRawPointer?
) -> Int32 = { api, context, userData in
    guard let api, let userData else { return SQLITE_ERROR }
    let count = userData.assumingMemoryBound(to: PhraseCount.self)
    let rowid = api.pointee.xRowid(context)
    if count.pointee.hits == 0 { count.pointee.firstRowid = rowid }
    count.pointee.lastRowid = rowid
    count.pointee.hits += 1
    return count.pointee.hits >= SearchRanking.countCap ? SQLITE_DONE : SQLITE_OK
}

private let releaseStatistics: @convention(c) (UnsafeMutableRawPointer?) -> Void = { pointer in
    guard let pointer else { return }
    Unmanaged<RankStatistics>.fromOpaque(pointer).release()
}

/// The statistics for this query: exact counts below the cap, an estimate from rowid density above.
private func statistics(_ api: UnsafePointer<Fts5ExtensionApi>, _ context: OpaquePointer?) -> RankStatistics? {
    var rows: Int64 = 0
    var tokens: Int64 = 0
    guard api.pointee.xRowCount(context, &rows) == SQLITE_OK,
        api.pointee.xColumnTotalSize(context, -1, &tokens) == SQLITE_OK
    else { return nil }
    let rowCount = Double(rows)
    var idf: [Double] = []
    for phrase in 0..<api.pointee.xPhraseCount(context) {
        var count = PhraseCount()
        guard api.pointee.xQueryPhrase(context, phrase, &count, countMatch) == SQLITE_OK else { return nil }
        var hits = Double(count.hits)
        if count.hits >= SearchRanking.countCap {
            let span = Double(abs(count.lastRowid - count.firstRowid) + 1)
            hits = min(rowCount, max(hits, hits / span * rowCount))
        }
        let value = log((rowCount - hits + 0.5) / (hits + 0.5))
        idf.append(value <= 0 ? 1e-6 : value)
    }
    return RankStatistics(idf: idf, averageLength: Double(tokens) / rowCount)
}

private let rank: @convention(c) (
    UnsafePointer<Fts5ExtensionApi>?, OpaquePointer?, OpaquePointer?, Int32, UnsafeMutablePointer<OpaquePointer?>?
) -> Void = { api, context, result, _, _ in
    guard let api else { return }
    let stats: RankStatistics
    if let saved = api.pointee.xGetAuxdata(context, 0) {
        stats = Unmanaged<RankStatistics>.fromOpaque(saved).takeUnretainedValue()
    } else {
        guard let made = statistics(api, context) else {
            sqlite3_result_error(result, "alongside_rank could not read the index", -1)
            return
        }
        let pointer = Unmanaged.passRetained(made).toOpaque()
        guard api.pointee.xSetAuxdata(context, pointer, releaseStatistics) == SQLITE_OK else {
            sqlite3_result_error_nomem(result)
            return
        }
        stats = made
    }
    var frequencies = [Double](repeating: 0, count: stats.idf.count)
    var instances: Int32 = 0
    guard api.pointee.xInstCount(context, &instances) == SQLITE_OK else {
        sqlite3_result_error(result, "alongside_rank could not read the matches", -1)
        return
    }
    for index in 0..<instances {
        var phrase: Int32 = 0
        var column: Int32 = 0
        var offset: Int32 = 0
        if api.pointee.xInst(context, index, &phrase, &column, &offset) == SQLITE_OK, Int(phrase) < frequencies.count {
            frequencies[Int(phrase)] += 1
        }
    }
    var length: Int32 = 0
    _ = api.pointee.xColumnSize(context, -1, &length)
    let k1 = 1.2
    let b = 0.75
    // The same arithmetic, in the same order, as SQLite's fts5Bm25Function.
    var score = 0.0
    for (phrase, frequency) in frequencies.enumerated() {
        score += stats.idf[phrase]
            * ((frequency * (k1 + 1.0)) / (frequency + k1 * (1 - b + b * Double(length) / stats.averageLength)))
    }
    sqlite3_result_double(result, -score)
}
