/// Edit distance with adjacent transpositions (optimal string alignment), for catching misspellings.
enum DamerauLevenshtein {
    /// The distance between `a` and `b`, or `limit + 1` as soon as it is known to exceed `limit`.
    static func distance(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
        let n = a.count, m = b.count
        if abs(n - m) > limit { return limit + 1 }
        if n == 0 || m == 0 { return max(n, m) }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * (m + 1)) { rows in
            var previous2 = 0, previous = m + 1, current = 2 * (m + 1)
            for j in 0...m { rows[previous + j] = j; rows[previous2 + j] = 0 }
            for i in 1...n {
                rows[current] = i
                var rowMin = i
                for j in 1...m {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var d = min(rows[previous + j] + 1, rows[current + j - 1] + 1, rows[previous + j - 1] + cost)
                    if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                        d = min(d, rows[previous2 + j - 2] + 1)
                    }
                    rows[current + j] = d
                    rowMin = min(rowMin, d)
                }
                if rowMin > limit { return limit + 1 }
                (previous2, previous, current) = (previous, current, previous2)
            }
            return rows[previous + m]
        }
    }

    /// The distance between two strings' UTF-8 bytes.
    static func distance(_ a: String, _ b: String, limit: Int = 2) -> Int {
        let x = Array(a.utf8), y = Array(b.utf8)
        return x.withUnsafeBufferPointer { p in y.withUnsafeBufferPointer { q in distance(p, q, limit: limit) } }
    }
}
