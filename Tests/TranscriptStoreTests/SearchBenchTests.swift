import Foundation
import Testing
@testable import TranscriptStore

/// The store's own search, timed in process on a large database built by `scripts/bench/search`.
/// Runs only when `ALONGSIDE_SEARCH_BENCH_DB` names that file; prints p50 / p99 per query.
@Suite("Search bench")
struct SearchBenchTests {
    static let path = ProcessInfo.processInfo.environment["ALONGSIDE_SEARCH_BENCH_DB"]

    @Test(.enabled(if: path != nil)) func timesTheQueryAndTheOpening() throws {
        let path = try #require(Self.path)
        let repetitions = Int(ProcessInfo.processInfo.environment["ALONGSIDE_SEARCH_BENCH_REPS"] ?? "") ?? 30
        var openings: [Double] = []
        var store: TranscriptStore?
        for _ in 0..<repetitions {
            let start = DispatchTime.now().uptimeNanoseconds
            store = try TranscriptStore.open(path: path).store
            openings.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        print("search bench: open \(Self.summary(openings))")
        let opened = try #require(store)
        for query in ["feel", "the", "zephyrine", "fa*", "fam*", "wo*", "\"feel tired\"", "feel zephyrine"] {
            var times: [Double] = []
            var count = 0
            for _ in 0..<repetitions {
                let start = DispatchTime.now().uptimeNanoseconds
                count = try opened.search(query).count
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
            print("search bench: \(query) \(Self.summary(times)) (\(count) hits)")
        }
    }

    /// "p50 / p99 ms", the same percentile rule as scripts/bench.
    static func summary(_ values: [Double]) -> String {
        let sorted = values.sorted()
        func pct(_ p: Double) -> Double { sorted[min(sorted.count - 1, Int((p / 100 * Double(sorted.count - 1)).rounded()))] }
        return String(format: "%.2f / %.2f ms", pct(50), pct(99))
    }
}
